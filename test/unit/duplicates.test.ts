import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkArticlesFolder } from '../../src/content-model/articles-folder.ts';
import { duplicateArticles } from '../../src/content-model/duplicates.ts';
import { siteArticleSchema } from '../../src/content-model/site-schema.ts';

const article = (file: string, title: string, day: string, body: string) => ({ file, title, day, body, titleLine: 2, bodyLine: 8 });

describe('duplicateArticles', () => {
	it('warns on the second of two articles with the same title and day, naming both', () => {
		const [problem, ...rest] = duplicateArticles([
			article('a.md', '新丰县发布登革热防控通告', '2024-03-05', '正文一。'),
			article('b.md', ' 新丰县发布登革热防控通告', '2024-03-05', '正文二。'),
		]);
		expect(rest).toEqual([]);
		expect(problem).toMatchObject({ file: 'b.md', line: 2, severity: 'warning', message: expect.stringContaining('與 a.md 的標題和日期相同') });
	});

	it('warns on the same body under another title, whatever its spacing', () => {
		expect(
			duplicateArticles([article('a.md', '甲', '2024-03-05', '第一段。\n\n第二段。\n'), article('b.md', '乙', '2024-03-06', '第一段。\n第二段。')]),
		).toEqual([expect.objectContaining({ file: 'b.md', line: 8, message: '正文與 a.md 相同，會發佈兩次' })]);
	});

	it('leaves alone a title repeated on another day and different reports', () => {
		expect(
			duplicateArticles([article('a.md', '每日疫情通报', '2024-03-05', '新增 1 例。'), article('b.md', '每日疫情通报', '2024-03-06', '新增 2 例。')]),
		).toEqual([]);
	});
});

describe('the articles folder check', () => {
	let folder = '';
	afterEach(() => rmSync(folder, { recursive: true, force: true }));

	it('warns, naming both files, when a copy of an article is renamed and published beside it', () => {
		folder = mkdtempSync(join(tmpdir(), 'duplicates-'));
		cpSync(resolve('test/fixtures/sample-site/articles'), folder, { recursive: true });
		const original = readFileSync(join(folder, '2020/02/08-fuan-mask-production.md'), 'utf8');
		writeFileSync(join(folder, '2020/02/08-fuan-mask-production-1.md'), original);
		const { problems } = checkArticlesFolder(folder, siteArticleSchema());
		expect(problems).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/的標題、日期和正文都相同，會發佈兩次$/) })]);
		// Files are checked in name order, so the warning is on one and names the other.
		expect(`${problems[0]!.file} ${problems[0]!.message}`).toContain('content/articles/2020/02/08-fuan-mask-production.md');
		expect(`${problems[0]!.file} ${problems[0]!.message}`).toContain('content/articles/2020/02/08-fuan-mask-production-1.md');
	});

	it('leaves two files of one id to the error about them', () => {
		folder = mkdtempSync(join(tmpdir(), 'duplicates-'));
		cpSync(resolve('test/fixtures/sample-site/articles'), folder, { recursive: true });
		const original = readFileSync(join(folder, '2020/02/08-fuan-mask-production.md'), 'utf8');
		writeFileSync(join(folder, '2020/02/08-fuan-mask-production.mdx'), original);
		const { problems } = checkArticlesFolder(folder, siteArticleSchema());
		expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/^文章 id「2020\/02\/08-fuan-mask-production」與/)]);
	});
});
