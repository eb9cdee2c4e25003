/** What the reader asked for: the query as typed, chosen county and topic ids and years, and the order. Mirrors the page URL. */
export interface SearchState {
	q: string;
	county: string[];
	topic: string[];
	year: string[];
	sort: 'relevance' | 'newest';
}

/** The filters a reader can choose values of, as the URL and the search index name them. */
export const FACETS = ['county', 'topic', 'year'] as const;

/** The search state in a URL query string (?q=口罩&county=fuan), ignoring anything unknown. */
export function stateFromParams(params: URLSearchParams): SearchState {
	return {
		q: params.get('q')?.trim() ?? '',
		county: params.getAll('county'),
		topic: params.getAll('topic'),
		year: params.getAll('year').filter((year) => /^\d{4}$/.test(year)),
		sort: params.get('sort') === 'newest' ? 'newest' : 'relevance',
	};
}

/** The URL query string for a search state, so a search can be shared or bookmarked; empty parts are left out. */
export function paramsFromState(state: SearchState): URLSearchParams {
	const params = new URLSearchParams();
	if (state.q) params.set('q', state.q);
	for (const facet of FACETS) for (const value of state[facet]) params.append(facet, value);
	if (state.sort === 'newest') params.set('sort', 'newest');
	return params;
}

/** Whether there is anything to search for: a query or at least one filter. */
export function isEmpty(state: SearchState): boolean {
	return state.q === '' && FACETS.every((facet) => state[facet].length === 0);
}

/**
 * The state with each county or topic id that an entry had before (its formerIds, which `currentOf` gives the current
 * id of) made the current one, once: a link or bookmark to ?county=<old id> searches the jurisdiction it became.
 */
export function withCurrentIds(state: SearchState, currentOf: (facet: 'county' | 'topic', id: string) => string | undefined): SearchState {
	const current = (facet: 'county' | 'topic') => [...new Set(state[facet].map((id) => currentOf(facet, id) ?? id))];
	return { ...state, county: current('county'), topic: current('topic') };
}

/** Whether the reader narrowed the search by a county, topic or year. */
export function hasFilters(state: SearchState): boolean {
	return FACETS.some((facet) => state[facet].length > 0);
}

/** The same search without its filters: where a filtered search finds nothing, the reader is offered the query alone. */
export function withoutFilters(state: SearchState): SearchState {
	return { ...state, county: [], topic: [], year: [] };
}
