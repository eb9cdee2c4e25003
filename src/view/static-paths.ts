import type { PaginateFunction } from 'astro';
import type { Article } from '../content-model/query.ts';
import { editions } from '../core/editions.ts';
import { articleVersion, cacheKey, siteVersion } from './cache-key.ts';

/** Articles per listing page (county, topic, series and date archives). */
const PAGE_SIZE = 20;

/**
 * getStaticPaths entries for a page that exists once per edition, crossed with each item (an article, a county…).
 * With `version` (everything the page shows of its item) each entry gets a cacheKey, so an unchanged page is reused.
 */
export function perEdition<T, P extends Record<string, string>>(items: readonly T[], params: (item: T) => P, version?: (item: T) => unknown) {
	return editions.flatMap((edition) =>
		items.map((item) => ({
			params: { edition: edition.path, ...params(item) },
			props: { edition, item },
			...(version && { cacheKey: cacheKey(siteVersion(), edition.path, version(item)) }),
		})),
	);
}

/** getStaticPaths entries for a page that exists once per edition. */
export function everyEdition() {
	return editions.map((edition) => ({ params: { edition: edition.path }, props: { edition } }));
}

/**
 * Paginated listings (20 a page, page 1 at the bare URL, then /2/, /3/…) of each group, in each edition. Each page's
 * cacheKey covers its articles and its place in the listing, so adding one article re-renders only the pages it moves.
 */
export function paginatedPerEdition<T>(
	paginate: PaginateFunction,
	groups: readonly T[],
	params: (group: T) => Record<string, string>,
	articles: (group: T) => Article[],
) {
	return editions.flatMap((edition) =>
		groups.flatMap((group) =>
			paginate(articles(group), { params: { edition: edition.path, ...params(group) }, props: { edition, item: group }, pageSize: PAGE_SIZE }).map((entry) => {
				const { currentPage, lastPage, total, data } = entry.props.page;
				return { ...entry, cacheKey: cacheKey(siteVersion(), edition.path, params(group), currentPage, lastPage, total, data.map(articleVersion)) };
			}),
		),
	);
}
