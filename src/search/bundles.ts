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
}

/** The manifest the search page reads first: the edition's bundles, newest first. */
export interface BundleManifest {
	bundles: SearchBundle[];
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
