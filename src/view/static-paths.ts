import type { PaginateFunction } from 'astro';
import type { Article } from '../content-model/query.ts';
import { editionPath, scripts, type Script } from '../core/scripts.ts';
import { articleVersion, cacheKey, siteVersion } from './cache-key.ts';

/** Articles per listing page (county, topic, series and date archives). */
const PAGE_SIZE = 20;

/**
 * getStaticPaths entries for a page that exists once per edition, crossed with each item (an article, a county…).
 * With `version` (everything the page shows of its item) each entry gets a cacheKey, so an unchanged page is reused.
 */
export function perEdition<T, P extends Record<string, string>>(items: readonly T[], params: (item: T) => P, version?: (item: T) => unknown) {
	return scripts.flatMap((script: Script) =>
		items.map((item) => ({
			params: { edition: editionPath(script), ...params(item) },
			props: { script, item },
			...(version && { cacheKey: cacheKey(siteVersion(), script, version(item)) }),
		})),
	);
}

/** getStaticPaths entries for a page that exists once per edition. */
export function editions() {
	return scripts.map((script: Script) => ({ params: { edition: editionPath(script) }, props: { script } }));
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
	return scripts.flatMap((script: Script) =>
		groups.flatMap((group) =>
			paginate(articles(group), { params: { edition: editionPath(script), ...params(group) }, props: { script, item: group }, pageSize: PAGE_SIZE }).map(
				(entry) => {
					const { currentPage, lastPage, total, data } = entry.props.page;
					return { ...entry, cacheKey: cacheKey(siteVersion(), script, params(group), currentPage, lastPage, total, data.map(articleVersion)) };
				},
			),
		),
	);
}
