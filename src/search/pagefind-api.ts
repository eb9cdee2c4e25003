// The part of Pagefind's browser API (pagefind.js, loaded at run time from the built bundle) that the search page uses.

export type FilterCounts = Record<string, Record<string, number>>;

/** Filters as Pagefind takes them: for each filter, any of the values. */
export type PagefindFilters = Record<string, { any: string[] }>;

export interface PagefindResultData {
	url: string;
	/** The indexed text of the page (with its words spaced apart, see words.ts). */
	content: string;
	meta: Record<string, string | undefined>;
}

export interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
	results: PagefindResult[];
	/** Result counts per filter value under the search's filters. */
	filters: FilterCounts;
}

export interface PagefindOptions {
	baseUrl?: string;
	/** Run in the page instead of a web worker: saves the worker's download and start-up, and searches here are small. */
	noWorker?: boolean;
	/** A filter value given to every page of the bundle, so a search can ask for the results of one bundle. */
	mergeFilter?: Record<string, string>;
}

export interface PagefindApi {
	options(options: PagefindOptions): Promise<void>;
	search(term: string | null, options: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch | null>;
	filters(): Promise<FilterCounts>;
	mergeIndex(bundle: string, options: PagefindOptions): Promise<void>;
}

/** Loads Pagefind from a bundle the build wrote next to the site (never from another origin); that bundle is searched first. */
export async function loadPagefind(bundle: string, options: PagefindOptions): Promise<PagefindApi> {
	const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindApi;
	await pagefind.options({ ...options, noWorker: true });
	return pagefind;
}
