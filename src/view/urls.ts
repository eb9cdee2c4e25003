import { getRelativeLocaleUrl } from 'astro:i18n';
import { editionPath, type Script } from '../core/scripts.ts';

/** The site-relative URL of a page in an edition, with the base path and a trailing slash: /zh-hant/counties/fuan/. */
export function editionUrl(script: Script, path = ''): string {
	return getRelativeLocaleUrl(script, path);
}

/** The site-relative URL of a file in an edition (no trailing slash): /zh-hant/counties/fuan/rss.xml. */
export function editionFileUrl(script: Script, file: string): string {
	return `${editionUrl(script)}${file}`;
}

/** The path of an article inside an edition, from its id (its file path): articles/2020/02/08-fuan-mask-production. */
export const articlePath = (id: string) => `articles/${id}`;
export const countyPath = (id: string) => `counties/${id}`;
export const topicPath = (id: string) => `topics/${id}`;
export const seriesPath = (id: string) => `series/${id}`;

/** The same page in the other edition: swaps the edition segment after the base path. */
export function alternateUrl(pathname: string, to: Script): string {
	return pathname.replace(/\/zh-han[st](?=\/|$)/, `/${editionPath(to)}`);
}
