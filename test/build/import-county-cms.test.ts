import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProject, runScript, runScriptAsync } from '../../scripts/lib/build-site.ts';
import { importFixtures } from '../helpers/import-fixtures.ts';

/** A county health bureau's old CMS as `wget -r` leaves it (GBK pages, a home page, attachments beside a notice). */
const mirror = mkdtempSync(join(tmpdir(), 'county-cms-'));
cpSync(join(importFixtures, 'county-cms'), mirror, { recursive: true });
const root = createProject((content) => {
	cpSync(join(importFixtures, 'site'), content, { recursive: true });
	mkdirSync(join(content, 'articles'));
});
afterAll(() => [mirror, root].forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const articlesDir = join(root, 'content/articles');
const articles = () =>
	readdirSync(articlesDir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.md'))
		.sort();
const importMirror = (...extra: string[]) =>
	runScriptAsync(root, 'scripts/import.ts', [mirror, '--topic', 'community', '--old-url', 'http://www.zrx.gov.cn', ...extra]);
const first = '2020/01/28-zherong-zhe-rong-xian-xin-xing-guan.md';
const third = '2020/02/06-zherong-zhe-rong-xian-xin-xing-guan.md';
const notice = '2013/04/22-zherong-zhe-rong-xian-wei-sheng-ju.md';

describe('npm run import on a county’s old CMS, then again after an article was deleted', () => {
	it('writes numbered notices sharing their opening as two articles, passes over the home page, and brings a notice’s attachment', async () => {
		const run = await importMirror();
		expect(run.status, run.output).toBe(0);
		expect(articles()).toEqual([notice, first, third]);
		expect(run.output).toContain(`略過 ${join(mirror, 'www.zrx.gov.cn/wsj/index.html')}：目錄頁（一列列日期和連結），不是報道`);
		const text = readFileSync(join(articlesDir, notice), 'utf8');
		expect(text).toContain('title: 柘荣县卫生局关于开展2013年爱国卫生月活动的通知');
		expect(text).toContain('附件：1.[2013年爱国卫生月活动安排表.doc](./files/2013年爱国卫生月活动安排表.doc)');
		expect(readFileSync(join(articlesDir, '2013/04/files/2013年爱国卫生月活动安排表.doc'), 'utf8')).toContain('schedule');
		// The mirror lacks the second: its text stays, and the log says so.
		expect(text).toContain('2.卫生死角清理登记表.xls');
		expect(run.output).toMatch(/注意：附件 \.\/P020130422512345678902\.xls 在存下來的網站裡找不到/);
		expect(existsSync(join(articlesDir, '.imported.yaml'))).toBe(true);
		// The attachment's link is one the check accepts, and the importer's record is no article.
		expect(runScript(root, 'scripts/check.ts')).toMatchObject({ status: 0, output: expect.stringContaining('0 個錯誤') });
	});

	it('skips what it imported before naming the file as it stands, and does not bring back an article deleted since unless asked', async () => {
		rmSync(join(articlesDir, first));
		const again = await importMirror();
		expect(again.status, again.output).toBe(0);
		expect(articles()).toEqual([notice, third]);
		expect(again.output).toContain(`略過 content/articles/${third}：已經匯入過，是 content/articles/${third}`);
		expect(existsSync(join(root, `content/articles/${third}`))).toBe(true);
		expect(again.output).toContain(
			`略過 content/articles/${first}：以前匯入過（content/articles/${first}），後來被刪除了，不再寫入；要再匯入，加 --again（記錄在 content/articles/.imported.yaml）`,
		);
		const asked = await importMirror('--again');
		expect(asked.status, asked.output).toBe(0);
		expect(articles()).toEqual([notice, first, third]);
	});
});
