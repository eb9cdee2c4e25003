import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { checkArticleFile } from '../../src/content-model/article-file.ts';
import { articleSchema } from '../../src/content-model/schema.ts';
import { stateFromParams, withCurrentIds } from '../../src/search/search-state.ts';

// A county became a city (撤縣設市: longnanxian → longnanshi, formerIds: [longnanxian]) and a topic was renamed: every
// article written before still names the old ids, and each was an unknown-id error that stopped the build.

const schema = articleSchema({
	counties: [
		{ id: 'longnanshi', names: ['龍南市', '龍南'], formerIds: ['longnanxian'] },
		{ id: 'ganxian', names: ['贛縣', '贛縣'] },
	],
	topics: [
		{ id: 'epidemic-control', names: ['疫情防控'], formerIds: ['covid'] },
		{ id: 'food-safety', names: ['食品安全'] },
	],
	series: [{ id: 'spring', names: ['春季'], formerIds: ['spring-2020'] }],
});
const location = { dir: resolve('content/articles'), contentRoot: resolve('content'), displayDir: 'content/articles' };
const article = (frontmatter: string) => new TextEncoder().encode(`---\n${frontmatter}\n---\n\n正文。\n`);

describe('an article naming an old jurisdiction, topic or series id', () => {
	it('is filed under the entry that has the id in its formerIds', () => {
		const data = schema.parse({ title: '標題', date: '2020-02-08', county: 'longnanxian', topics: ['covid', 'food-safety'], series: 'spring-2020' });
		expect(data.county).toEqual({ collection: 'counties', id: 'longnanshi' });
		expect(data.topics.map((t) => t.id)).toEqual(['epidemic-control', 'food-safety']);
		expect(data.series).toEqual({ collection: 'series', id: 'spring' });
	});

	it('is warned of on its line with the old and the new id and the fix, not refused', () => {
		const check = checkArticleFile(
			'2020/02/08-longnanxian-test.md',
			article('title: 標題\ndate: 2020-02-08\ncounty: longnanxian\ntopics:\n  - food-safety\n  - covid\nseries: spring'),
			schema,
			location,
		);
		expect(check.problems.filter((p) => p.severity === 'error')).toEqual([]);
		expect(check.problems.map((p) => [p.line, p.severity, `${p.message}（${p.hint}）`])).toEqual([
			[4, 'warning', expect.stringMatching(/^county 寫的「longnanxian」是舊的 id，現在是「longnanshi」.*（把「longnanxian」改成「longnanshi」）$/)],
			[7, 'warning', expect.stringMatching(/^topics 寫的「covid」是舊的 id，現在是「epidemic-control」.*（把「covid」改成「epidemic-control」）$/)],
		]);
		expect(check.problems.every((p) => p.file === 'content/articles/2020/02/08-longnanxian-test.md')).toBe(true);
	});

	it('an id that is no entry’s, now or before, is still an error', () => {
		const result = schema.safeParse({ title: '標題', date: '2020-02-08', county: 'longnan', topics: ['covid'] });
		expect(result.success).toBe(false);
	});
});

describe('the search page’s filters in the URL', () => {
	const currentOf = (facet: 'county' | 'topic', id: string) =>
		({ county: { longnanxian: 'longnanshi' }, topic: { covid: 'epidemic-control' } })[facet][id as never] as string | undefined;

	it('choose the entry an old id became, once', () => {
		const state = withCurrentIds(stateFromParams(new URLSearchParams('county=longnanxian&county=longnanshi&topic=covid&county=ganxian')), currentOf);
		expect(state.county).toEqual(['longnanshi', 'ganxian']);
		expect(state.topic).toEqual(['epidemic-control']);
	});
});
