// The part of Pagefind's browser API (pagefind.js, loaded at run time from the built bundle) that the search page uses.

export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
}

export interface PagefindSearch {
	results: Array<{ id: string; data(): Promise<PagefindResultData> }>;
	filters: FilterCounts;
}

export interface PagefindApi {
	options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
	search(term: string | null, options: { filters?: Record<string, { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch | null>;
	filters(): Promise<FilterCounts>;
}

/** Loads the Pagefind bundle that the build wrote next to the site (never from another origin). */
export async function loadPagefind(bundle: string, baseUrl: string): Promise<PagefindApi> {
	const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindApi;
	await pagefind.options({ baseUrl, excerptLength: 36 });
	return pagefind;
}
