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

// The paths of pages inside an edition, in a module of their own so that the config (which has no astro:i18n) reads them too.
export { articlePath, countyPath, seriesPath, topicPath } from './page-paths.ts';
export const archivePath = (year: string, month: string) => `archive/${year}/${month}`;

/** The same page in another edition: swaps the page's edition segment (the first, after the base path) for the other's. */
export function alternateUrl(pathname: string, from: Edition, to: Edition): string {
	return pathname.replace(`/${from.path}/`, `/${to.path}/`);
}
