// Runs in the reader's browser: searches an edition's bundles (bundles.ts) newest first through one Pagefind instance,
// merging each older bundle with Pagefind's mergeIndex only when the reader gets to it. Any bundle listed in the
// manifest is searched the same way, whatever built it (a year of the archive, a build shard, a bundle of recent news).
import type { SearchBundle } from './bundles.ts';
import type { FilterCounts, PagefindApi, PagefindFilters, PagefindResult } from './pagefind-api.ts';

/** The filter each bundle gives its pages when merged (Pagefind's mergeFilter), so a search can keep to one bundle. */
export const BUNDLE_FILTER = 'bundle';

export interface ArchiveQuery {
	/** Phrases that must all appear as written, as spaced index words (words.ts); none to search by filters alone. */
	phrases: string[];
	/** Values by filter name: any value of one filter, and every filter, must match. */
	filters: Record<string, string[]>;
	sort: 'relevance' | 'newest';
}

/** Pagefind's form of the filters, leaving out filters without values. */
function pagefindFilters(filters: Record<string, string[]>): PagefindFilters {
	return Object.fromEntries(Object.entries(filters).flatMap(([name, values]) => (values.length ? [[name, { any: values }]] : [])));
}

/** Pagefind searches a quoted term as a phrase: its words, consecutive, in this order (no prefix or fuzzy matching). */
const exactly = (phrase: string) => `"${phrase}"`;

/** One bundle's results; `last` when no older bundle can hold results of the query. */
export interface BundleResults {
	bundle: SearchBundle;
	results: PagefindResult[];
	last: boolean;
}

export class ArchiveSearch {
	/** Each bundle's merge, once started: a search that needs a bundle waits for the same merge. */
	private readonly merges = new Map<string, Promise<void>>();

	/**
	 * `pagefind` was loaded from the first bundle of `bundles` (the newest) with that bundle's name as its mergeFilter;
	 * `folder` is the URL of the folder holding every bundle, `baseUrl` what result URLs are relative to.
	 */
	constructor(
		private readonly pagefind: PagefindApi,
		private readonly folder: string,
		private readonly baseUrl: string,
		private readonly bundles: SearchBundle[],
	) {
		this.merges.set(bundles[0]!.name, Promise.resolve());
	}

	private merge(bundle: SearchBundle): Promise<void> {
		let merged = this.merges.get(bundle.name);
		// A merged bundle would otherwise take its result URLs as relative to the folder above its own "pagefind".
		if (!merged)
			this.merges.set(
				bundle.name,
				(merged = this.pagefind.mergeIndex(`${this.folder}${bundle.name}/`, { baseUrl: this.baseUrl, mergeFilter: { [BUNDLE_FILTER]: bundle.name } })),
			);
		return merged;
	}

	/** Merges every bundle (before counting results over the whole archive). */
	async mergeAll(): Promise<void> {
		await Promise.all(this.bundles.map((bundle) => this.merge(bundle)));
	}

	/** The bundles that can hold results of the query, newest first: a year filter rules out the others. */
	private bundlesFor(query: ArchiveQuery): SearchBundle[] {
		const years = query.filters.year ?? [];
		return this.bundles.filter((bundle) => years.length === 0 || years.some((year) => bundle.from.slice(0, 4) <= year && year <= bundle.to.slice(0, 4)));
	}

	/**
	 * The query's results bundle by bundle, newest bundle first. Bundles are merged when reached, in batches that
	 * double (1, 1, 2, 4…): a search loads its words' postings from every merged bundle at once, so a rare or absent
	 * term reaches the oldest bundle in a few round trips, while a common one stops after the first.
	 */
	async *results(query: ArchiveQuery): AsyncGenerator<BundleResults> {
		const bundles = this.bundlesFor(query);
		for (let start = 0, size = 1; start < bundles.length; start += size, size = start < 2 ? 1 : size * 2) {
			const batch = bundles.slice(start, start + size);
			await Promise.all(batch.map((bundle) => this.merge(bundle)));
			for (const bundle of batch) yield { bundle, results: await this.inBundle(query, bundle), last: bundle === bundles.at(-1) };
		}
	}

	private async search(term: string | null, filters: Record<string, string[]>, newest = false): Promise<PagefindResult[]> {
		const found = await this.pagefind.search(term, { filters: pagefindFilters(filters), sort: newest ? { date: 'desc' } : undefined });
		return found?.results ?? [];
	}

	/**
	 * The results of one merged bundle: pages containing every phrase, newest first, or for relevance ordered by
	 * Pagefind's score for the phrases' words (which counts title matches and how often the words occur), newest first among equals.
	 */
	private async inBundle(query: ArchiveQuery, bundle: SearchBundle): Promise<PagefindResult[]> {
		const filters = { ...query.filters, [BUNDLE_FILTER]: [bundle.name] };
		const [first, ...rest] = query.phrases;
		if (first === undefined) return this.search(null, filters, true);
		// All at once: the searches share the chunks they load, so they cost one round trip.
		const [scored, newest, ...others] = await Promise.all([
			query.sort === 'relevance' ? this.search(query.phrases.join(' '), filters) : Promise.resolve([]),
			this.search(exactly(first), filters, true),
			...rest.map((phrase) => this.search(exactly(phrase), filters)),
		]);
		const inAll = others.map((results) => new Set(results.map((result) => result.id)));
		const found = newest!.filter((result) => inAll.every((ids) => ids.has(result.id)));
		if (query.sort === 'newest') return found;
		const scores = new Map(scored!.map((result) => [result.id, result.score]));
		return found
			.map((result, i) => ({ result, i, score: scores.get(result.id) ?? 0 }))
			.sort((a, b) => b.score - a.score || a.i - b.i)
			.map(({ result }) => result);
	}

	/** How many results the query has in every bundle. */
	private async total(query: ArchiveQuery): Promise<number> {
		let total = 0;
		for await (const { results } of this.results(query)) total += results.length;
		return total;
	}

	/**
	 * For each facet (a filter the reader can choose values of), the number of results per value under the query's
	 * other filters: a county's count under the chosen topic. Merges every bundle first.
	 */
	async counts(query: ArchiveQuery, facets: string[]): Promise<FilterCounts> {
		await this.mergeAll();
		// Loads every filter's page lists once; a search counts only the filters it has loaded.
		const values = await this.pagefind.filters();
		const counts: FilterCounts = {};
		for (const facet of facets) {
			const others = { ...query.filters, [facet]: [] };
			if (query.phrases.length <= 1) {
				const term = query.phrases[0] === undefined ? null : exactly(query.phrases[0]);
				const found = await this.pagefind.search(term, { filters: pagefindFilters(others) });
				counts[facet] = found?.filters[facet] ?? {};
			} else {
				// Pagefind counts the results of one phrase; results with every phrase are counted value by value.
				const names = Object.keys(values[facet] ?? {});
				const totals = await Promise.all(names.map((value) => this.total({ ...query, sort: 'newest', filters: { ...others, [facet]: [value] } })));
				counts[facet] = Object.fromEntries(names.map((value, i) => [value, totals[i]!]));
			}
		}
		return counts;
	}
}

/** One query's results as the reader pages through them: bundles are searched, newest first, only as far as needed. */
export class ResultList {
	readonly results: PagefindResult[] = [];
	/** The oldest bundle searched so far. */
	oldest: SearchBundle | undefined;
	/** Whether every bundle that can hold results has been searched. */
	exhausted = false;
	private readonly source: AsyncGenerator<BundleResults>;

	constructor(archive: ArchiveSearch, query: ArchiveQuery) {
		this.source = archive.results(query);
	}

	/** Searches older bundles until there are at least `count` results or no bundle is left. */
	async fill(count: number): Promise<void> {
		while (this.results.length < count && !this.exhausted) {
			const next = await this.source.next();
			if (next.done) this.exhausted = true;
			else {
				this.results.push(...next.value.results);
				this.oldest = next.value.bundle;
				// Known as soon as the last bundle is searched, so the page neither offers older results nor says "since" when none are left.
				this.exhausted = next.value.last;
			}
		}
	}
}
