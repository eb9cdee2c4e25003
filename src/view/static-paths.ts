import type { Article } from '../content-model/query.ts';
import { editions } from '../core/editions.ts';
import { dayOf } from '../core/dates.ts';
import { buildSitePart, rendersYear } from '../core/site-parts.ts';
import { articleVersion, cacheKey, publishedPageKeys, siteVersion } from './cache-key.ts';
import { stablePages, type PageKey } from './stable-pages.ts';
import { editionUrl } from './urls.ts';

/** Whether this build renders the pages around the articles (home, listings, feeds…): a shard renders only article pages. */
const rendersSitePages = () => buildSitePart().kind !== 'shard';

/** The year an article belongs to for shards: the year of its publication date. */
const yearOf = (article: Article) => dayOf(article.data.date).slice(0, 4);

/**
 * The articles whose pages this build renders: all of them in a whole build, none in the assembly (the shards bring
 * them), and in a shard those of its years, cut from every article's year the same way in every job.
 */
function articlesOfThisBuild(articles: readonly Article[]): readonly Article[] {
	const renders = rendersYear(buildSitePart(), articles.map(yearOf));
	return articles.filter((article) => renders(yearOf(article)));
}

/**
 * The entries of pages this build renders: all of them, except in a build of changes, which leaves out every page the
 * last whole build published with the same cacheKey (it stays as published; src/integrations/changes.ts).
 */
function changedPages<E extends { cacheKey?: string }>(entries: E[]): E[] {
	if (buildSitePart().kind !== 'changes') return entries;
	const published = publishedPageKeys() ?? new Set();
	return entries.filter((entry) => entry.cacheKey === undefined || !published.has(entry.cacheKey));
}

/** Each edition crossed with each item, as getStaticPaths entries, with a cacheKey when `version` is given. */
function crossEditions<T, P extends Record<string, string>>(items: readonly T[], params: (item: T) => P, version?: (item: T) => unknown) {
	return changedPages(
		editions.flatMap((edition) =>
			items.map((item) => ({
				params: { edition: edition.path, ...params(item) },
				props: { edition, item },
				...(version && { cacheKey: cacheKey(siteVersion(), edition.path, version(item)) }),
			})),
		),
	);
}

/**
 * getStaticPaths entries for a page that exists once per edition, crossed with each item (a county, a topic…).
 * With `version` (everything the page shows of its item) each entry gets a cacheKey, so an unchanged page is reused.
 */
function perEdition<T, P extends Record<string, string>>(items: readonly T[], params: (item: T) => P, version?: (item: T) => unknown) {
	return rendersSitePages() ? crossEditions(items, params, version) : [];
}

/** getStaticPaths entries for the article pages this build renders (articlesOfThisBuild), in every edition, with a cacheKey from `version`. */
export function perArticle<P extends Record<string, string>>(
	articles: readonly Article[],
	params: (article: Article) => P,
	version: (article: Article) => unknown,
) {
	return crossEditions(articlesOfThisBuild(articles), params, version);
}

/** An id an article had before it was renamed (its formerIds), whose page leads to the article. */
export interface FormerId {
	former: string;
	article: Article;
}

/**
 * getStaticPaths entries for the pages at the former ids of the articles this build renders, in every edition, with a
 * cacheKey from `version` of the article they lead to: a shard renders them with their article.
 */
export function perFormerId(articles: readonly Article[], version: (article: Article) => unknown) {
	const formerIds = articlesOfThisBuild(articles).flatMap((article) => article.data.formerIds.map((former): FormerId => ({ former, article })));
	return crossEditions(
		formerIds,
		({ former }) => ({ id: former }),
		({ former, article }) => ['former', former, version(article)],
	);
}

/** getStaticPaths entries for a page that exists once per edition. */
export function everyEdition() {
	if (!rendersSitePages()) return [];
	return editions.map((edition) => ({ params: { edition: edition.path }, props: { edition } }));
}

/** A listing of articles (a county's, a topic's, a month's…), for paginatedPerEdition. */
export interface Listing<T> {
	/** The route's params for a group, besides the edition and the page. */
	params: (group: T) => Record<string, string>;
	/** The listing's path inside an edition (counties/fuan), which its pages' links extend with /2/, /3/… */
	path: (group: T) => string;
	/** The group's articles, newest first. */
	articles: (group: T) => Article[];
	/** Whether an article is pinned to the top of the top page (a county's urgent bulletins). */
	pinned?: (article: Article) => boolean;
	/**
	 * What the top page shows of the group besides its articles (a city's districts with their counts), the same in
	 * every edition: part of the top page's cacheKey, so a change to it renders the top page again; undefined for nothing.
	 */
	topShows?: (group: T) => unknown;
	/**
	 * The ids a group had before it was renamed or took another in (a jurisdiction's or topic's formerIds), with the
	 * route's params and the listing's path at such an id: each of the listing's pages there leads to the top page of
	 * the listing now. Not to the same page: pages are numbered from the oldest, so a merged listing's page 3 holds
	 * other articles than the old listing's page 3 held (a merged group's listing has at least the pages the one it
	 * took in had, so every old page is written).
	 */
	former?: {
		ids: (group: T) => readonly string[];
		params: (id: string) => Record<string, string>;
		path: (id: string) => string;
	};
}

/** One page of a listing, as the layout shows it. */
export interface ListingPage {
	/** Newest first (on the top page, the pinned ones first). */
	articles: Article[];
	/** The URL of the page of newer articles (rel="prev"), and of older ones (rel="next"). */
	newer?: string;
	older?: string;
	/** The first and last day of an older page's articles (YYYY-MM-DD); the top page has none. */
	days?: { from: string; to: string };
	/** Whether this is the top page (the bare URL), which alone shows what `topShows` covers. */
	top: boolean;
}

/**
 * Listing pages of each group in each edition, cut by stablePages: the top page at the bare URL, older pages at /1/,
 * /2/… from the oldest, each with a cacheKey covering its articles and its links, so a new article re-renders only the
 * top page (and, when it completes a block, the new older page and the one before it).
 */
export function paginatedPerEdition<T>(groups: readonly T[], listing: Listing<T>) {
	if (!rendersSitePages()) return [];
	const entries = groups.flatMap((group) => {
		const path = listing.path(group);
		const pages = stablePages(listing.articles(group), listing.pinned ?? (() => false));
		return editions.flatMap((edition) => {
			const url = (key: PageKey | undefined) => (key === undefined ? undefined : editionUrl(edition, key === 'top' ? path : `${path}/${key}`));
			return pages.map(({ key, articles, newer, older }) => {
				const page: ListingPage = {
					articles,
					newer: url(newer),
					older: url(older),
					days: key === 'top' ? undefined : { from: dayOf(articles.at(-1)!.data.date), to: dayOf(articles[0]!.data.date) },
					top: key === 'top',
				};
				const shown = key === 'top' ? listing.topShows?.(group) : undefined;
				const shows = shown === undefined ? [] : [shown];
				const pageParam = key === 'top' ? undefined : String(key);
				// The same page at each former id of the group: a page that leads to the top page, in the edition's script.
				const moved = (listing.former?.ids(group) ?? []).map((id) => {
					const formerPath = listing.former!.path(id);
					const movedTo = url('top')!;
					const props: { edition: typeof edition; item: T; movedTo: string } = { edition, item: group, movedTo };
					return {
						params: { edition: edition.path, ...listing.former!.params(id), page: pageParam },
						props,
						cacheKey: cacheKey(siteVersion(), edition.path, formerPath, key, 'moved', movedTo),
					};
				});
				return [
					{
						params: { edition: edition.path, ...listing.params(group), page: pageParam },
						props: { edition, item: group, page },
						cacheKey: cacheKey(siteVersion(), edition.path, path, key, page.newer, page.older, articles.map(articleVersion), ...shows),
					},
					...moved,
				];
			});
		});
	});
	return changedPages(entries.flat());
}

/**
 * getStaticPaths entries for a page that exists once per edition for each item (a county's feed) and again at each of
 * the item's former ids (formerIds), where it is the same page: a feed reader follows no page that leads elsewhere.
 */
export function perEditionWithFormerIds<T extends { data: { formerIds: readonly string[] } }, P extends Record<string, string>>(
	items: readonly T[],
	params: (id: string) => P,
	id: (item: T) => string,
) {
	const at = items.flatMap((item) => [id(item), ...item.data.formerIds].map((address) => ({ address, item })));
	return perEdition(at, ({ address }) => params(address)).map((entry) => ({ ...entry, props: { edition: entry.props.edition, item: entry.props.item.item } }));
}
