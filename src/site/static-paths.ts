import type { PaginateFunction } from 'astro';
import { editionPath, scripts, type Script } from '../editions/scripts.ts';

/** Articles per listing page (county, topic, series and date archives). */
export const PAGE_SIZE = 20;

/** getStaticPaths entries for a page that exists once per edition, crossed with each item (an article, a county…). */
export function perEdition<T, P extends Record<string, string>>(items: readonly T[], params: (item: T) => P) {
	return scripts.flatMap((script: Script) => items.map((item) => ({ params: { edition: editionPath(script), ...params(item) }, props: { script, item } })));
}

/** getStaticPaths entries for a page that exists once per edition. */
export function editions() {
	return scripts.map((script: Script) => ({ params: { edition: editionPath(script) }, props: { script } }));
}

/** Paginated listings (20 a page, page 1 at the bare URL, then /2/, /3/…) of each group, in each edition. */
export function paginatedPerEdition<T, A>(
	paginate: PaginateFunction,
	groups: readonly T[],
	params: (group: T) => Record<string, string>,
	articles: (group: T) => A[],
) {
	return scripts.flatMap((script: Script) =>
		groups.flatMap((group) =>
			paginate(articles(group), { params: { edition: editionPath(script), ...params(group) }, props: { script, item: group }, pageSize: PAGE_SIZE }),
		),
	);
}
