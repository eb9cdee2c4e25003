import type { SitemapItem } from '@astrojs/sitemap';
import { editions } from '../core/editions.ts';

// @astrojs/sitemap finds each page's alternates in other locales by comparing every URL with every other (its
// createGetI18nLinks): 4 s of a 10,000-article build of changes, and of every whole build, for 24,000 URLs. Every page
// of this site exists in every edition under the same path (src/view/static-paths.ts), so the alternates of a page are
// its path in each edition, found without looking at the others.

/** URLs in the order @astrojs/sitemap sorts them, which its alternates follow. */
const bySitemapOrder = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/**
 * A sitemap entry with the page in every edition as its alternates (hreflang), as @astrojs/sitemap's i18n option writes
 * them, and an article's last change (`lastModified` by id) as its lastmod.
 */
export function sitemapEntry(item: SitemapItem, base: string, lastModified: ReadonlyMap<string, string>): SitemapItem {
	const url = new URL(item.url);
	const edition = editions.find((candidate) => url.pathname.startsWith(`${base}${candidate.path}/`));
	const rest = edition && url.pathname.slice(`${base}${edition.path}/`.length);
	const links =
		rest === undefined
			? undefined
			: editions.map((other) => ({ url: new URL(`${base}${other.path}/${rest}`, url).href, lang: other.tag })).sort((a, b) => bySitemapOrder(a.url, b.url));
	const id = /\/articles\/(.+)\/$/.exec(url.pathname)?.[1];
	const lastmod = id && lastModified.get(id);
	return { ...item, ...(links && links.length > 1 && { links }), ...(lastmod && { lastmod }) };
}
