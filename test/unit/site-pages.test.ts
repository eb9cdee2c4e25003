import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkArticlesFolder } from '../../src/content-model/articles-folder.ts';
import { siteArticleSchema } from '../../src/content-model/site-schema.ts';
import { alertLinkProblems, brokenPageLinks, missingPage, type SitePages } from '../../src/content-model/site-pages.ts';

const pages: SitePages = {
	articles: new Set(['2020/02/08-fuan-mask-production']),
	counties: new Set(['fuan']),
	topics: new Set(['epidemic-control']),
	series: new Set(['ningde-counties-in-action']),
};

describe('pages of the site', () => {
	it.each([
		'',
		'archive',
		'archive/2020/02',
		'search',
		'counties',
		'counties/fuan',
		'counties/fuan/2',
		'topics/epidemic-control/rss.xml',
		'series/ningde-counties-in-action',
		'articles/2020/02/08-fuan-mask-production/',
		'/counties/fuan/#top',
	])('finds %s', (path) => expect(missingPage(path, pages)).toBeUndefined());

	it.each([
		['counties/sham-shui-po', 'counties.yaml 裡沒有 counties id「sham-shui-po」'],
		['series/hk-roundup', 'series.yaml 裡沒有 series id「hk-roundup」'],
		['topics/masks', 'topics.yaml 裡沒有 topics id「masks」'],
		['articles/2021/03/01-x', '沒有文章 2021/03/01-x'],
		['about', '本站沒有 about 這個頁面'],
	])('says why %s is missing', (path, reason) => expect(missingPage(path, pages)).toBe(reason));

	it('warns about an alert left over from another region, on the line of its link', () => {
		const yaml = '- id: sample-site\n  level: info\n  message: 本站為示範網站\n  link: series/old-series\n  start: 2020-02-08\n';
		expect(alertLinkProblems([{ id: 'sample-site', link: 'series/old-series' }], yaml, 'content/alerts.yaml', pages)).toEqual([
			expect.objectContaining({
				file: 'content/alerts.yaml',
				line: 4,
				severity: 'warning',
				message: expect.stringContaining('series.yaml 裡沒有 series id「old-series」'),
			}),
		]);
		expect(alertLinkProblems([{ id: 'ok', link: 'counties/fuan' }, { id: 'none' }], yaml, 'content/alerts.yaml', pages)).toEqual([]);
	});

	it('refuses body links to pages the site does not have, as the final check of the build would', () => {
		const body = '見[福安](/zh-hant/counties/fuan/)與[深水埗](/zh-hans/counties/sham-shui-po/)。\n\n[口罩](/zh-hant/topics/masks/)';
		expect(brokenPageLinks(body, 10, pages, 'content/articles/a.md').map((p) => [p.line, p.message])).toEqual([
			[10, '連結 /zh-hans/counties/sham-shui-po/ 找不到頁面：counties.yaml 裡沒有 counties id「sham-shui-po」'],
			[12, '連結 /zh-hant/topics/masks/ 找不到頁面：topics.yaml 裡沒有 topics id「masks」'],
		]);
		expect(brokenPageLinks(body, 10, pages, 'content/articles/a.md').map((p) => p.severity)).toEqual(['error', 'error']);
	});

	it('stops the build before rendering at a dead site link, naming the article and the line', () => {
		const folder = mkdtempSync(join(tmpdir(), 'site-links-'));
		try {
			cpSync(resolve('test/fixtures/sample-site/articles'), folder, { recursive: true });
			const file = join(folder, '2020/02/08-fuan-mask-production.md');
			const text = readFileSync(file, 'utf8');
			writeFileSync(file, `${text.trimEnd()}\n\n見[市政府公告](/zh-hant/no-such-page/)。\n`);
			const { problems } = checkArticlesFolder(folder, siteArticleSchema());
			expect(problems).toEqual([
				expect.objectContaining({
					file: 'content/articles/2020/02/08-fuan-mask-production.md',
					line: text.trimEnd().split('\n').length + 2,
					severity: 'error',
					message: '連結 /zh-hant/no-such-page/ 找不到頁面：本站沒有 no-such-page 這個頁面',
				}),
			]);
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	});
});
