import { describe, expect, it } from 'vitest';
import { taxonomyFiles } from '../../src/content-model/taxonomies.ts';
import { lostTaxonomyIds, type TaxonomyListings } from '../../src/content-model/lost-taxonomy-ids.ts';

// A county office that ran the site for a year renamed a county when it became a city (撤縣設市: longnanxian →
// longnanshi), merged a township into another and renamed a topic: every old address and feed broke, and nothing said so.

const county = (id: string, formerIds?: string[]) => ({ id, name: `${id}市`, short: id, level: 'county', order: 1, ...(formerIds && { formerIds }) });

describe('formerIds on a jurisdiction, topic or series', () => {
	it('is read, and empty when not written', () => {
		const parsed = taxonomyFiles.counties.schema.parse([county('longnanshi', ['longnanxian']), county('ganxian')]);
		expect(parsed.map((entry) => entry.formerIds)).toEqual([['longnanxian'], []]);
		const topics = taxonomyFiles.topics.schema.parse([{ id: 'epidemic-control', name: '疫情防控', order: 1, formerIds: ['covid'] }]);
		expect(topics[0]!.formerIds).toEqual(['covid']);
	});

	it('refuses an id an entry has now, or one claimed by two entries, on its line in the list', () => {
		const messages = (entries: unknown[]) => {
			const result = taxonomyFiles.counties.schema.safeParse(entries);
			return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
		};
		expect(messages([county('longnanshi', ['ganxian']), county('ganxian')])).toEqual([
			expect.stringMatching(/^0\.formerIds\.0: formerIds 裡的「ganxian」是現有一項的 id/),
		]);
		expect(messages([county('longnanshi', ['longnanxian']), county('ganxian', ['longnanxian'])])).toEqual([
			expect.stringMatching(/^1\.formerIds\.0: formerIds 裡的「longnanxian」已經寫在「longnanshi」的 formerIds 裡/),
		]);
		expect(messages([county('longnanshi', ['Longnan Xian'])])).toHaveLength(1);
	});
});

describe('npm run check against the last build’s listings', () => {
	const text = '- id: ganxian\n  name: 贛縣\n- id: longnanshi\n  name: 龍南市\n';
	const listings = (current: TaxonomyListings['current'], published = ['ganxian', 'longnanxian']): TaxonomyListings => ({
		kind: 'counties',
		file: 'content/counties.yaml',
		text,
		published,
		current,
	});

	it('warns of a published jurisdiction gone, on the one new entry with the line to add', () => {
		const [problem, ...rest] = lostTaxonomyIds(
			listings([
				{ id: 'ganxian', formerIds: [] },
				{ id: 'longnanshi', formerIds: [] },
			]),
			'縣區',
		);
		expect(rest).toEqual([]);
		expect(problem).toMatchObject({ file: 'content/counties.yaml', line: 3, severity: 'warning' });
		expect(problem!.message).toBe(
			'上次建置發佈的縣區「longnanxian」已不在 content/counties.yaml 裡：發佈後它的頁面和訂閱源會變成 404，分享出去的連結、書籤和訂閱都會失效',
		);
		expect(problem!.hint).toContain('在它下面加一行「formerIds: [longnanxian]」');
	});

	it('warns on the file, naming the id and the fix, when it cannot tell which entry took it over', () => {
		const problems = lostTaxonomyIds(listings([{ id: 'ganxian', formerIds: [] }]), '縣區');
		expect(problems).toMatchObject([{ file: 'content/counties.yaml' }]);
		expect(problems[0]!.line).toBeUndefined();
		expect(problems[0]!.hint).toContain('在接手的那一項加一行「formerIds: [longnanxian]」');
	});

	it('says nothing once the id is in formerIds, or when nothing was built', () => {
		expect(
			lostTaxonomyIds(
				listings([
					{ id: 'ganxian', formerIds: [] },
					{ id: 'longnanshi', formerIds: ['longnanxian'] },
				]),
				'縣區',
			),
		).toEqual([]);
		expect(lostTaxonomyIds(listings([{ id: 'longnanshi', formerIds: [] }], []), '縣區')).toEqual([]);
	});
});
