import { getRelativeLocaleUrl } from 'astro:i18n';
import type { Edition } from '../core/editions.ts';

/** The site-relative URL of a page in an edition, with the base path and a trailing slash: /zh-hant/counties/fuan/. */
export function editionUrl(edition: Edition, path = ''): string {
	return getRelativeLocaleUrl(edition.tag, path);
}

/** The site-relative URL of a file in an edition (no trailing slash): /zh-hant/counties/fuan/rss.xml. */
export function editionFileUrl(edition: Edition, file: string): string {
	return `${editionUrl(edition)}${file}`;
}

/** The path of an article inside an edition, from its id (its file path): articles/2020/02/08-fuan-mask-production. */
export const articlePath = (id: string) => `articles/${id}`;
export const countyPath = (id: string) => `counties/${id}`;
export const topicPath = (id: string) => `topics/${id}`;
export const seriesPath = (id: string) => `series/${id}`;
export const archivePath = (year: string, month: string) => `archive/${year}/${month}`;

/** The same page in another edition: swaps the page's edition segment (the first, after the base path) for the other's. */
export function alternateUrl(pathname: string, from: Edition, to: Edition): string {
	return pathname.replace(`/${from.path}/`, `/${to.path}/`);
}
