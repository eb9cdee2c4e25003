import { posix } from 'node:path';
import { editorMessage } from './editor-messages.ts';
import { siteExamples } from './site-examples.ts';
import { markdownLinks } from './links.ts';
import type { Problem } from './problems.ts';
import { editionPage } from '../core/editions.ts';
import { readTaxonomy } from './taxonomies.ts';
import { DataFileError } from './yaml-file.ts';

/** The ids a site publishes pages for: articles and the entries of the data files. */
export interface SitePages {
	articles: ReadonlySet<string>;
	counties: ReadonlySet<string>;
	topics: ReadonlySet<string>;
	series: ReadonlySet<string>;
}

const FIXED_PAGES = new Set(['', 'archive', 'search', 'counties', 'topics', 'rss.xml', 'articles.json', 'offline', 'feed.xsl', 'manifest.webmanifest']);
const LISTED = /^(counties|topics|series)\/([^/]+)(?:\/(?:\d+|rss\.xml))?$/;
const ARCHIVE_MONTH = /^archive\/\d{4}\/\d{2}(?:\/\d+)?$/;

/**
 * Why a page of the site, written without the edition (`series/ningde-counties-in-action`), does not exist; undefined
 * when it does. A page is found from the ids alone, so an alert or a link left over from another region is caught.
 */
export function missingPage(path: string, pages: SitePages): string | undefined {
	const page = posix
		.normalize(path.split(/[?#]/)[0]!)
		.replace(/^\/+|\/+$/g, '')
		.replace(/^\.$/, '');
	if (FIXED_PAGES.has(page) || ARCHIVE_MONTH.test(page)) return undefined;
	const listed = LISTED.exec(page);
	if (listed) {
		const [, kind, id] = listed as unknown as [string, keyof Omit<SitePages, 'articles'>, string];
		if (pages[kind].has(id)) return undefined;
		return kind === 'counties'
			? editorMessage({ zh: '{file} 裡沒有 counties id「{id}」', en: 'counties id "{id}" is not in {file}' }, { id, file: siteExamples().countiesFile })
			: editorMessage({ zh: '{kind}.yaml 裡沒有 {kind} id「{id}」', en: '{kind} id "{id}" is not in {kind}.yaml' }, { kind, id });
	}
	if (page.startsWith('articles/')) {
		const id = page.slice('articles/'.length);
		return pages.articles.has(id) ? undefined : editorMessage({ zh: '沒有文章 {id}', en: 'there is no article {id}' }, { id });
	}
	return editorMessage({ zh: '本站沒有 {page} 這個頁面', en: 'no page of the site is at {page}' }, { page });
}

/** Warnings for alerts whose link points to no page of the site, on the line of the alert's link. */
export function alertLinkProblems(
	alerts: ReadonlyArray<{ id: string; link?: string | undefined }>,
	yamlText: string,
	file: string,
	pages: SitePages,
): Problem[] {
	const lines = yamlText.split(/\r?\n/);
	return alerts.flatMap((alert) => {
		if (!alert.link) return [];
		const reason = missingPage(alert.link, pages);
		if (!reason) return [];
		const line = lines.findIndex((text) => /^\s*-?\s*link\s*:/.test(text) && text.includes(alert.link!)) + 1;
		return [
			{
				file,
				...(line > 0 ? { line } : {}),
				severity: 'warning' as const,
				message: editorMessage(
					{ zh: '通告「{id}」連到 {link}：{reason}', en: 'alert "{id}" links to {link}: {reason}' },
					{ id: alert.id, link: alert.link, reason },
				),
				hint: editorMessage({
					zh: '把連結改成本站的頁面，或刪除這則通告（它在結束日期前顯示在每一頁）',
					en: 'point the link at a page of this site, or remove the alert (it is shown on every page until its end date)',
				}),
			},
		];
	});
}

/** The pages of a site with these articles and the data files' entries; undefined while a data file has an error (reported on its own). */
export function sitePages(articles: ReadonlySet<string>): SitePages | undefined {
	try {
		const ids = (name: 'counties' | 'topics' | 'series') => new Set(readTaxonomy(name).map((entry) => entry.id));
		return { articles, counties: ids('counties'), topics: ids('topics'), series: ids('series') };
	} catch (error) {
		if (error instanceof DataFileError) return undefined;
		throw error;
	}
}

/**
 * Errors for links in an article body to a page of the site that does not exist (a county, topic or series the data
 * files lack, a page no site has): the build's final check refuses the page that holds one, so the check names the line
 * first. Links to articles are checked by brokenArticleLinks, which knows renamed ones.
 */
export function brokenPageLinks(body: string, firstLine: number, pages: SitePages, file: string): Problem[] {
	const problems: Problem[] = [];
	body.split('\n').forEach((text, index) => {
		for (const href of markdownLinks(text)) {
			const page = editionPage(href)?.page;
			if (page === undefined || page.startsWith('articles/')) continue;
			const reason = missingPage(page, pages);
			if (reason) {
				problems.push({
					file,
					line: firstLine + index,
					severity: 'error',
					message: editorMessage({ zh: '連結 {href} 找不到頁面：{reason}', en: 'link {href} points to no page: {reason}' }, { href, reason }),
					hint: editorMessage({ zh: '用 content/ 資料檔裡的 id，或刪除這個連結', en: 'use an id from the data files in content/, or remove the link' }),
				});
			}
		}
	});
	return problems;
}
