import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkArticlesFolder, currentArticles } from '../../src/content-model/articles-folder.ts';
import { formerIdOf, formerIdProblems } from '../../src/content-model/former-ids.ts';
import { lostArticles, type CurrentArticle } from '../../src/content-model/lost-articles.ts';
import { siteArticleSchema } from '../../src/content-model/site-schema.ts';
import { scanPage } from '../../src/publish/page-scan.ts';

// A renamed or deleted bulletin (an outside operator's `git mv …/10-lukou-norovirus-school.md …/10-lukou-nuo-ru-bing-du.md`)
// made its published address a plain 404, and nothing said so.

describe('an id written in formerIds', () => {
	it('is read from the id, the old file’s path or an address of its page', () => {
		expect(formerIdOf('2025/09/10-lukou-norovirus-school')).toBe('2025/09/10-lukou-norovirus-school');
		expect(formerIdOf('content/articles/2025/09/10-lukou-norovirus-school.md')).toBe('2025/09/10-lukou-norovirus-school');
		expect(formerIdOf('https://example.gov.cn/bulletins/zh-hant/articles/2025/09/10-lukou-norovirus-school/')).toBe('2025/09/10-lukou-norovirus-school');
		expect(formerIdOf('/zh-hans/articles/2025/09/10-lukou-norovirus-school/')).toBe('2025/09/10-lukou-norovirus-school');
		expect(formerIdOf('2025/09/../10-x')).toBeUndefined();
		expect(formerIdOf('2025/09/10 諾如病毒')).toBeUndefined();
	});

	it('is refused by the schema unless written as the id, with the id to write', () => {
		const schema = siteArticleSchema();
		const good = { title: '福安市公佈口罩供應點', date: '2020-02-08', county: 'fuan', topics: ['medical-supplies'] };
		expect(schema.parse({ ...good, formerIds: ['2020/02/07-fuan-old'] }).formerIds).toEqual(['2020/02/07-fuan-old']);
		expect(schema.parse(good).formerIds).toEqual([]);
		const messages = (formerIds: unknown) => {
			const result = schema.safeParse({ ...good, formerIds });
			return result.success ? [] : result.error.issues.map((issue) => issue.message);
		};
		expect(messages(['content/articles/2020/02/07-fuan-old.md'])).toEqual(['「content/articles/2020/02/07-fuan-old.md」要寫成文章 id：2020/02/07-fuan-old']);
		expect(messages('2020/02/07-fuan-old')).toEqual(['必須是文章 id 的清單，例如 [2020/02/08-fuan-mask-production]']);
		// Hugo's name for the same list is taken for it.
		const aliases = schema.safeParse({ ...good, aliases: ['2020/02/07-fuan-old'] });
		expect(aliases.success ? '' : aliases.error.issues[0]!.message).toContain('是不是「formerIds」');
	});
});

describe('formerIdProblems', () => {
	const claim = (file: string, id: string, ...formerIds: Array<[string, number]>) => ({
		file,
		id,
		formerIds: formerIds.map(([former, line]) => ({ id: former, line })),
	});

	it('accepts ids claimed once, by the article they were renamed to', () => {
		expect(formerIdProblems([claim('a.md', '2025/09/10-new', ['2025/09/10-old', 6]), claim('b.md', '2025/09/11-b')])).toEqual([]);
	});

	it('refuses an id claimed twice, one an article still has, and an article’s own, naming both files and lines', () => {
		const problems = formerIdProblems([
			claim('content/articles/2025/09/10-new.md', '2025/09/10-new', ['2025/09/10-old', 6], ['2025/09/11-b', 7], ['2025/09/10-new', 8]),
			claim('content/articles/2025/09/11-b.md', '2025/09/11-b'),
			claim('content/articles/2025/09/12-c.md', '2025/09/12-c', ['2025/09/10-old', 5]),
		]);
		expect(problems.map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual([
			'content/articles/2025/09/10-new.md:7 formerIds 裡的 2025/09/11-b 是 content/articles/2025/09/11-b.md 現在的 id，舊網址不能同時屬於兩篇文章',
			'content/articles/2025/09/10-new.md:8 formerIds 裡的 2025/09/10-new 是這篇文章現在的 id',
			'content/articles/2025/09/12-c.md:5 formerIds 裡的 2025/09/10-old 已經寫在 content/articles/2025/09/10-new.md 第 6 行，舊網址只能轉到一篇文章',
		]);
		expect(problems.every((p) => p.severity === 'error')).toBe(true);
	});
});

describe('the articles folder check of formerIds', () => {
	let folder = '';
	afterEach(() => rmSync(folder, { recursive: true, force: true }));

	it('names the line of each formerIds entry', () => {
		folder = mkdtempSync(join(tmpdir(), 'former-ids-'));
		cpSync(resolve('test/fixtures/sample-site/articles'), folder, { recursive: true });
		const file = join(folder, '2020/02/08-fuan-mask-production.md');
		writeFileSync(
			file,
			readFileSync(file, 'utf8').replace(
				'authors: [鄭玉良]\n',
				'authors: [鄭玉良]\nformerIds:\n  - 2020/02/08-fuan-old\n  - 2020/02/08-fuan-video-conference\n',
			),
		);
		const { problems } = checkArticlesFolder(folder, siteArticleSchema());
		expect(problems).toEqual([
			expect.objectContaining({
				file: 'content/articles/2020/02/08-fuan-mask-production.md',
				line: 11,
				severity: 'error',
				message: expect.stringContaining('2020/02/08-fuan-video-conference 是 content/articles/2020/02/08-fuan-video-conference.md 現在的 id'),
			}),
		]);
	});
});

describe('lostArticles: what the last build published and the content no longer has', () => {
	const published = [
		{ id: '2025/09/10-lukou-norovirus-school', title: '蘆淞區一學校發生諾如病毒感染', date: '2025-09-10', summary: '9月10日，一所學校報告諾如病毒感染。' },
		{ id: '2025/09/10-lukou-norovirus-school', title: '芦淞区一学校发生诺如病毒感染', date: '2025-09-10', summary: '9月10日，一所学校报告诺如病毒感染。' },
		{ id: '2025/09/11-gone', title: '已撤回的快訊', date: '2025-09-11', summary: '這篇已經刪除。' },
		{ id: '2025/09/12-kept', title: '留下的快訊', date: '2025-09-12', summary: '還在。' },
	];
	const renamed: CurrentArticle = {
		file: 'content/articles/2025/09/10-lukou-nuo-ru-bing-du.md',
		id: '2025/09/10-lukou-nuo-ru-bing-du',
		title: '芦淞区一学校发生诺如病毒感染',
		day: '2025-09-10',
		summary: '9月10日，一所学校报告诺如病毒感染。',
		formerIds: [],
		line: 2,
	};
	const kept: CurrentArticle = {
		...renamed,
		file: 'content/articles/2025/09/12-kept.md',
		id: '2025/09/12-kept',
		title: '留下的快訊',
		day: '2025-09-12',
		summary: '還在。',
	};

	it('gives the renamed file the exact formerIds line to add, and the deleted one its 404 and the way to withdraw', () => {
		const problems = lostArticles(published, [renamed, kept]);
		expect(problems).toEqual([
			expect.objectContaining({
				file: 'content/articles/2025/09/10-lukou-nuo-ru-bing-du.md',
				line: 2,
				severity: 'warning',
				hint: '在前置資料加一行「formerIds: [2025/09/10-lukou-norovirus-school]」，舊網址就會轉到這篇',
			}),
			expect.objectContaining({ file: 'content/articles/2025/09/11-gone.md', severity: 'warning', message: expect.stringContaining('會變成 404') }),
		]);
		expect(problems[1]!.hint).toContain('撤回快訊');
	});

	it('finds the renamed file by its summary when its title changed too, and extends a formerIds list it has', () => {
		const retitled = { ...renamed, title: '芦淞区学校诺如病毒感染情况', formerIds: ['2025/09/09-older'], line: 8 };
		expect(lostArticles(published.slice(0, 2), [retitled])).toEqual([
			expect.objectContaining({ line: 8, hint: '把 formerIds 改成「formerIds: [2025/09/09-older, 2025/09/10-lukou-norovirus-school]」，舊網址就會轉到這篇' }),
		]);
	});

	it('never takes another report for the renamed one by a summary alone, as template-style daily bulletins share theirs', () => {
		const daily = (day: string) => ({
			id: `2025/09/${day.slice(8)}-daily-${day.slice(8)}`,
			title: `${day} 每日疫情通報`,
			date: day,
			summary: '今日本區疫情平穩，請市民做好個人防護。',
		});
		const next: CurrentArticle = { ...renamed, ...daily('2025-09-12'), file: 'content/articles/2025/09/12-daily-12.md', day: '2025-09-12' };
		// The bulletin of the 11th was deleted; the 12th's has the same summary on another day.
		expect(lostArticles([daily('2025-09-11')], [next])).toEqual([
			expect.objectContaining({ file: 'content/articles/2025/09/11-daily-11.md', message: expect.stringContaining('會變成 404') }),
		]);
		// Two of the same day share it: neither is named.
		const morning = { ...next, ...daily('2025-09-11'), title: '上午通報', file: 'content/articles/2025/09/11-am.md', id: '2025/09/11-am', day: '2025-09-11' };
		const evening = { ...morning, title: '下午通報', file: 'content/articles/2025/09/11-pm.md', id: '2025/09/11-pm' };
		expect(lostArticles([daily('2025-09-11')], [morning, evening])).toEqual([
			expect.objectContaining({ file: 'content/articles/2025/09/11-daily-11.md', message: expect.stringContaining('會變成 404') }),
		]);
	});

	it('quotes a deleted article’s title in the site’s script, not the first edition’s', () => {
		const gone = [
			{ id: '2025/09/11-gone', title: '已撤回的快訊', date: '2025-09-11', summary: '', script: 'zh-Hant' as const },
			{ id: '2025/09/11-gone', title: '已撤回的快讯', date: '2025-09-11', summary: '', script: 'zh-Hans' as const },
		];
		expect(lostArticles(gone, [], undefined, 'zh-Hans')[0]!.message).toContain('（「已撤回的快讯」）');
		expect(lostArticles(gone, [], undefined, 'zh-Hant')[0]!.message).toContain('（「已撤回的快訊」）');
	});

	it('says nothing once the id is claimed, nor when nothing was built', () => {
		expect(lostArticles(published.slice(0, 2), [{ ...renamed, formerIds: ['2025/09/10-lukou-norovirus-school'] }])).toEqual([]);
		expect(lostArticles([], [renamed])).toEqual([]);
	});

	it('reads the articles of a checked folder, a file with errors holding its id', () => {
		const folder = mkdtempSync(join(tmpdir(), 'lost-'));
		try {
			cpSync(resolve('test/fixtures/sample-site/articles'), folder, { recursive: true });
			renameSync(join(folder, '2020/02/08-fuan-mask-production.md'), join(folder, '2020/02/08-fuan-kou-zhao.md'));
			const broken = join(folder, '2020/02/08-fuan-video-conference.md');
			writeFileSync(broken, readFileSync(broken, 'utf8').replace(/^county: .*\n/m, ''));
			const current = currentArticles(checkArticlesFolder(folder, siteArticleSchema()), folder);
			const lost = lostArticles(
				[
					{ id: '2020/02/08-fuan-mask-production', title: '福安:葉其發調研我市民企民用口罩生產線情況', date: '2020-02-08', summary: '' },
					{ id: '2020/02/08-fuan-video-conference', title: '福安召開視頻會議', date: '2020-02-08', summary: '' },
				],
				current,
			);
			expect(lost.map((p) => `${p.file}:${p.line} ${p.hint}`)).toEqual([
				'content/articles/2020/02/08-fuan-kou-zhao.md:2 在前置資料加一行「formerIds: [2020/02/08-fuan-mask-production]」，舊網址就會轉到這篇',
			]);
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	});
});

describe('the final check of a page at a former id', () => {
	it('accepts a meta refresh to a page of the site and checks its target like a link, and nothing else', () => {
		expect(scanPage('<meta http-equiv="refresh" content="0;url=/zh-hant/articles/2025/09/10-new/">', '/_astro/')).toEqual({
			executable: [],
			targets: ['/zh-hant/articles/2025/09/10-new/'],
		});
		for (const content of ['0;url=https://evil.example/', '0;url=//evil.example/', '0; URL=/x/../../etc', '0;url=javascript:alert(1)', '0'])
			expect(scanPage(`<meta http-equiv="refresh" content="${content}">`, '/_astro/').executable).toEqual(['<meta http-equiv="refresh">']);
		expect(scanPage('<meta http-equiv="refresh" content="0;url=/zh-hant/">', '/bulletins/_astro/', '/bulletins/').executable).toEqual([
			'<meta http-equiv="refresh">',
		]);
	});
});
