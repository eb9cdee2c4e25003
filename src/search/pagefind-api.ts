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

interface PagefindSearch {
	results: PagefindResult[];
	/** Result counts per filter value under the search's filters. */
	filters: FilterCounts;
}

interface PagefindOptions {
	/** The bundle Pagefind searches first (its page list, postings, fragments and WebAssembly). */
	basePath?: string;
	baseUrl?: string;
	/** Run in the page instead of a web worker: saves the worker's download and start-up, and searches here are small. */
	noWorker?: boolean;
	/** A filter value given to every page of the bundle, so a search can ask for the results of one bundle. */
	mergeFilter?: Record<string, string>;
}

export interface PagefindApi {
	options(options: PagefindOptions): Promise<void>;
	/** Starts loading the first bundle (its entry, page list and WebAssembly) without waiting for a search. */
	init(): Promise<void>;
	/** Forgets the bundles loaded and the options, so the library can be set up again for another deploy's bundles. */
	destroy(): Promise<void>;
	search(term: string | null, options: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch | null>;
	filters(): Promise<FilterCounts>;
	mergeIndex(bundle: string, options: PagefindOptions): Promise<void>;
}

/**
 * Loads Pagefind's library from the edition's search folder (the build copies it there from the bundles, which all
 * hold the same file, so the page can fetch it before it knows which bundle is the newest); never from another origin.
 */
export async function loadPagefind(library: string): Promise<PagefindApi> {
	return (await import(/* @vite-ignore */ library)) as PagefindApi;
}
