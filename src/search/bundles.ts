/** File name of the query map inside an edition's search folder. */
export const QUERY_MAP_FILE = 'query-map.json';

/** File name of the manifest inside an edition's search folder: its bundles, newest first. */
export const MANIFEST_FILE = 'bundles.json';

/** Pagefind's library inside an edition's search folder: the same file every bundle holds, at an address known in advance. */
export const LIBRARY_FILE = 'pagefind.js';

// An edition's articles are indexed in several Pagefind bundles by publication period, newest first, so a first
// search downloads the page list and postings of recent articles only and older periods are merged in the browser
// (Pagefind's mergeIndex) when the reader asks for them. Periods are calendar periods, so an article never moves to
// another bundle when others are added, and a build (or a build shard) can write the bundles of its own periods.

/** One search bundle: the articles published from `from` to `to` (inclusive, YYYY-MM-DD), in folder `name` of the edition's search folder. */
export interface SearchBundle {
	name: string;
	from: string;
	to: string;
	/** How many articles it holds. */
	pages: number;
	/**
	 * The key its files were made under (src/integrations/search-bundle-key.ts), where the build that wrote it knew it:
	 * a later build with the same key takes the published bundle's files instead of making them again.
	 */
	key?: string;
}

/** The manifest the search page reads first: the edition's bundles, newest first. */
export interface BundleManifest {
	bundles: SearchBundle[];
}

/**
 * Whether two manifests list the same bundles made the same way: a page left open across a deploy that rebuilt, added
 * or removed a bundle holds page lists and chunk names the new deploy no longer has.
 */
export function sameBundles(a: BundleManifest, b: BundleManifest): boolean {
	const listed = (manifest: BundleManifest) => manifest.bundles.map(({ name, from, to, pages, key }) => [name, from, to, pages, key ?? null]);
	return JSON.stringify(listed(a)) === JSON.stringify(listed(b));
}

interface Period {
	name: string;
	from: string;
	to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
/** Months `first` to `last` of a year: a quarter (2022-q4) or one month (2022-12). */
const months = (year: number, first: number, last: number): Period => ({
	name: first === last ? `${year}-${pad(first)}` : `${year}-q${last / 3}`,
	from: `${year}-${pad(first)}-01`,
	to: `${year}-${pad(last)}-${pad(lastDay(year, last))}`,
});

/** A year, its quarters or its months, in order: the coarsest that keeps every period at or under `limit` articles where it can. */
function periodsOf(year: number, dates: string[], limit: number): Period[] {
	const count = (period: Period) => dates.filter((date) => date >= period.from && date <= period.to).length;
	if (dates.length <= limit) return [{ name: String(year), from: `${year}-01-01`, to: `${year}-12-31` }];
	return [1, 2, 3, 4].flatMap((quarter) => {
		const first = quarter * 3 - 2;
		const whole = months(year, first, first + 2);
		return count(whole) <= limit ? [whole] : [first, first + 1, first + 2].map((month) => months(year, month, month));
	});
}

/**
 * The bundles for articles published on `dates` (YYYY-MM-DD, one per article), newest first: one per calendar year,
 * split into quarters, and a quarter into months, when it holds more than `limit` articles. Periods without articles
 * get no bundle; a month over the limit stays one bundle.
 */
export function planBundles(dates: string[], limit: number): SearchBundle[] {
	const years = [...new Set(dates.map((date) => Number(date.slice(0, 4))))].sort((a, b) => b - a);
	return years.flatMap((year) => {
		const inYear = dates.filter((date) => date.startsWith(`${year}-`));
		return periodsOf(year, inYear, limit)
			.map((period) => ({ ...period, pages: inYear.filter((date) => date >= period.from && date <= period.to).length }))
			.filter((bundle) => bundle.pages > 0)
			.reverse();
	});
}

/** The bundle an article published on `date` belongs to. */
export function bundleOf(date: string, bundles: SearchBundle[]): SearchBundle | undefined {
	return bundles.find((bundle) => date >= bundle.from && date <= bundle.to);
}

/** A bundle with the URLs of the articles it holds. */
export interface BundleMembers extends SearchBundle {
	urls: string[];
}

/** An edition's bundles as the last whole build wrote them, and the date (with the time of issue, if any) of its newest article. */
export interface WholeBuildBundles {
	bundles: BundleMembers[];
	newest: string;
}

/** Name of the bundle that holds the articles a build of changes added since the last whole build. */
export const RECENT_BUNDLE = 'recent';

/**
 * The bundles of a build of changes: the last whole build's bundles, each with the articles it held (a corrected one
 * indexed again with the same members), after one bundle of the articles added since, newest first; so a new bulletin
 * indexes a bundle of its own instead of its period's, until the next whole build folds it in. Undefined where an added
 * article is older than the whole build's newest (the recent bundle, searched first, would list it before newer ones)
 * or one the whole build held is gone: only planning afresh places those.
 */
export function bundlesSinceWholeBuild(whole: WholeBuildBundles, pages: ReadonlyArray<{ url: string; date: string }>): BundleMembers[] | undefined {
	const current = new Set(pages.map((page) => page.url));
	if (whole.bundles.some((bundle) => bundle.urls.some((url) => !current.has(url)))) return undefined;
	const held = new Set(whole.bundles.flatMap((bundle) => bundle.urls));
	const added = pages.filter((page) => !held.has(page.url)).sort((a, b) => a.date.localeCompare(b.date));
	if (added.length === 0) return whole.bundles;
	if (added[0]!.date < whole.newest) return undefined;
	const [from, to] = [added[0]!.date.slice(0, 10), added.at(-1)!.date.slice(0, 10)];
	return [{ name: RECENT_BUNDLE, from, to, pages: added.length, urls: added.map((page) => page.url) }, ...whole.bundles];
}
