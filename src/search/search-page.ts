// Runs in the reader's browser on /<edition>/search/. Converting the query is the only conversion done in the
// browser; everything indexed and every label was converted at build time.
import { ArchiveSearch, BUNDLE_FILTER, ResultList, type ArchiveQuery } from './archive-search.ts';
import { sameBundles, type BundleManifest } from './bundles.ts';
import { convertQuery, type QueryMap } from './convert-query.ts';
import { excerpt, matches } from './excerpt.ts';
import { loadPagefind, type FilterCounts, type PagefindApi, type PagefindResult, type PagefindResultData } from './pagefind-api.ts';
import { FACETS, hasFilters, isEmpty, paramsFromState, stateFromParams, withCurrentIds, withoutFilters, type SearchState } from './search-state.ts';
import { SPELLING_META, writtenSpelling } from './spelling.ts';
import { joinWords, queryPhrases, queryWords, searchableQuery } from './words.ts';
import { printedDates } from './date-queries.ts';

export interface SearchConfig {
	/** URL of the edition's search folder, which holds the manifest, the query map, Pagefind's library and a folder per bundle. */
	folder: string;
	manifest: string;
	library: string;
	queryMap: string;
	baseUrl: string;
	labels: {
		count: string;
		countSince: string;
		none: string;
		noMatch: string;
		/** Where a search with filters finds nothing: none match the query under these filters, not none anywhere. */
		noMatchFiltered: string;
		clearFilters: string;
		failed: string;
		more: string;
		older: string;
		year: string;
		month: string;
	};
}

const PAGE_SIZE = 10;
// Characters of article text in an excerpt: about three lines on a phone.
const EXCERPT_LENGTH = 60;

/** Wires the search page: state from the URL, cross-script queries, results newest bundle first, facets with counts. */
export async function startSearchPage(): Promise<void> {
	const form = document.querySelector<HTMLFormElement>('[data-search]');
	const configElement = document.getElementById('search-config');
	if (!form || !configElement?.textContent) return;
	const config = JSON.parse(configElement.textContent) as SearchConfig;
	const status = form.querySelector<HTMLElement>('[data-status]')!;
	form.hidden = false;

	let pagefind: PagefindApi;
	let published: Published;
	try {
		const [manifest, queryMap, library] = await Promise.all([fetchJson(config.manifest), fetchJson(config.queryMap), loadPagefind(config.library)]);
		pagefind = library;
		published = await openSearch(config, pagefind, manifest as BundleManifest, queryMap as QueryMap, false);
		addYears(form, published.manifest.bundles, config.labels.year);
	} catch {
		status.textContent = config.labels.failed;
		return;
	}
	// An old id in a link or bookmark (a county that became a city) chooses the entry that has it in its formerIds.
	const currentOf = (facet: string, id: string) => form.querySelector<HTMLInputElement>(`input[name="${facet}"][data-former-ids~="${CSS.escape(id)}"]`)?.value;
	writeState(form, withCurrentIds(stateFromParams(new URLSearchParams(location.search)), currentOf));
	const lang = document.documentElement.lang;
	const panel = form.querySelector<HTMLDetailsElement>('details.filters')!;
	const list = form.querySelector<HTMLOListElement>('[data-results]')!;
	const more = form.querySelector<HTMLButtonElement>('[data-more]')!;
	const partial = form.querySelector<HTMLElement>('[data-partial]')!;
	const clearFilters = form.querySelector<HTMLElement>('[data-clear-filters]')!;
	let latest = 0;
	// The first search runs on the manifest just fetched; every later one first asks whether it is still the deployed one.
	let fresh = true;
	let reopening: Promise<boolean> | undefined;

	/**
	 * Whether a deploy replaced the search files since the page opened them: a rebuilt bundle's old page list, chunks
	 * and fragments are gone (Pagefind searches on without a chunk it cannot fetch, so the results would be short or
	 * none). When the manifest changed, the page opens the new deploy's search and says true, and the caller searches again.
	 */
	const reopenedAfterDeploy = (): Promise<boolean> =>
		(reopening ??= (async () => {
			try {
				const manifest = (await fetchJson(config.manifest, 'no-cache')) as BundleManifest;
				if (sameBundles(manifest, published.manifest)) return false;
				const years = readState(form).year;
				published = await openSearch(config, pagefind, manifest, (await fetchJson(config.queryMap, 'no-cache')) as QueryMap, true);
				addYears(form, manifest.bundles, config.labels.year);
				for (const box of form.querySelectorAll<HTMLInputElement>('input[name="year"]')) box.checked = years.includes(box.value);
				return true;
			} finally {
				reopening = undefined;
			}
		})());

	/** Nothing shown rather than a count over a list cut short: a search file could not be fetched and no new deploy explains it. */
	const showFailure = () => {
		status.textContent = config.labels.failed;
		list.replaceChildren();
		more.hidden = true;
		partial.hidden = true;
		list.setAttribute('aria-busy', 'false');
	};

	/** Runs a step of the search; if a file it needs fails, searches again on a new deploy's files, or says search failed. */
	const guarded = async (step: () => Promise<void>, stale: () => boolean): Promise<void> => {
		try {
			await step();
		} catch {
			if (stale()) return;
			const reopened = await reopenedAfterDeploy().catch(() => false);
			if (stale()) return;
			if (reopened) {
				fresh = true;
				await run();
			} else showFailure();
		}
	};

	const run = async (): Promise<void> => {
		const ticket = ++latest;
		const stale = () => ticket !== latest;
		list.setAttribute('aria-busy', 'true');
		const checkDeploy = !fresh;
		fresh = false;
		await guarded(async () => {
			if (checkDeploy) await reopenedAfterDeploy();
			if (!stale()) await search(stale);
		}, stale);
	};

	/** The search of the form's state on the open deploy's files: results newest bundle first, ten at a time, and the facet counts. */
	const search = async (stale: () => boolean): Promise<void> => {
		const { archive, map } = published;
		const state = readState(form);
		const params = paramsFromState(state);
		history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
		keepOnEditionSwitch(params);
		const typed = searchableQuery(state.q);
		let query = archiveQuery(form, state, queryPhrases(convertQuery(typed, map), lang));
		partial.hidden = true;
		clearFilters.hidden = true;
		// Facet counts need every bundle and every filter's page lists, so they are fetched only once the filters panel is open.
		const counts = async () => {
			if (!panel.open) return;
			const found = await archive.counts(query, [...FACETS]);
			if (!stale()) showCounts(form, found);
		};
		if (isEmpty(state) || (state.q && query.phrases.length === 0)) {
			// A query with nothing search can look for (an emoji, punctuation) finds nothing, and says so.
			status.textContent = state.q ? config.labels.noMatch.replace('{query}', state.q) : '';
			list.replaceChildren();
			more.hidden = true;
			await counts();
			if (!stale()) list.setAttribute('aria-busy', 'false');
			return;
		}
		let found = new ResultList(archive, query);
		await found.fill(PAGE_SIZE);
		if (stale()) return;
		// A day typed as residents say it (3月5号, 2024-03-05) that no article writes so is searched as articles print it.
		const printed = printedDates(typed);
		if (found.results.length === 0 && printed !== typed) {
			query = archiveQuery(form, state, queryPhrases(convertQuery(printed, map), lang));
			found = new ResultList(archive, query);
			await found.fill(PAGE_SIZE);
			if (stale()) return;
		}
		const needles = query.phrases.map(joinWords);
		let shown = 0;
		const showMore = async () => {
			await found.fill(shown + PAGE_SIZE);
			const page = await Promise.all(found.results.slice(shown, shown + PAGE_SIZE).map((result) => result.data()));
			if (stale()) return;
			list.append(...page.map((data) => resultItem(data, needles)));
			shown += page.length;
			status.textContent = countText(config, found);
			more.hidden = shown >= found.results.length && found.exhausted;
			more.textContent = shown < found.results.length ? config.labels.more : config.labels.older;
		};
		list.replaceChildren();
		more.onclick = async () => {
			list.setAttribute('aria-busy', 'true');
			// Older results come from the same deploy's files as the first ones, or the search starts again on the new ones.
			await guarded(async () => {
				if (await reopenedAfterDeploy()) {
					fresh = true;
					await run();
					return;
				}
				await showMore();
				if (!stale()) list.setAttribute('aria-busy', 'false');
			}, stale);
		};
		await showMore();
		if (stale()) return;
		if (found.results.length === 0) {
			status.textContent = state.q ? noMatchText(config, state) : config.labels.none;
			if (state.q && hasFilters(state)) showClearFilters(clearFilters, state);
			if (state.q) await showLooserMatches(form, archive, query, queryWords(convertQuery(searchableQuery(state.q), map), lang), stale);
		}
		await counts();
		if (!stale()) list.setAttribute('aria-busy', 'false');
	};

	let timer: ReturnType<typeof setTimeout> | undefined;
	form.querySelector('input[type="search"]')!.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(run, 250);
	});
	form.addEventListener('change', (event) => {
		if (!(event.target instanceof HTMLInputElement && event.target.type === 'search')) void run();
	});
	panel.addEventListener('toggle', () => {
		if (panel.open) void run();
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(timer);
		void run();
	});
	await run();
}

/** One deploy's search: its manifest, its bundles searched through Pagefind (newest first) and its query map. */
interface Published {
	manifest: BundleManifest;
	archive: ArchiveSearch;
	map: QueryMap;
}

/** Sets Pagefind up on a deploy's bundles, the newest first; `again` when it was set up on an earlier deploy's. */
async function openSearch(config: SearchConfig, pagefind: PagefindApi, manifest: BundleManifest, map: QueryMap, again: boolean): Promise<Published> {
	const newest = manifest.bundles[0]!;
	if (again) await pagefind.destroy();
	await pagefind.options({
		basePath: `${config.folder}${newest.name}/`,
		baseUrl: config.baseUrl,
		noWorker: true,
		mergeFilter: { [BUNDLE_FILTER]: newest.name },
	});
	// Its downloads run while the page gets ready and cuts the query into phrases (the first word segmenter takes a
	// while); a file it cannot fetch fails the first search, which handles it.
	pagefind.init().catch(() => {});
	return { manifest, archive: new ArchiveSearch(pagefind, config.folder, config.baseUrl, manifest.bundles), map };
}

/** A JSON file of the search folder; `no-cache` asks the server whether a deploy changed it instead of taking the browser's copy. */
async function fetchJson(url: string, cache: RequestCache = 'default'): Promise<unknown> {
	const response = await fetch(url, { cache });
	if (!response.ok) throw new Error(`${response.status} fetching ${url}`);
	return response.json();
}

/** "共 N 篇快訊" once every bundle that can hold results was searched, else "2022年10月以來共 N 篇快訊". */
function countText(config: SearchConfig, found: ResultList): string {
	const count = String(found.results.length);
	if (found.exhausted || !found.oldest) return config.labels.count.replace('{count}', count);
	const [year, month] = found.oldest.from.split('-');
	const since = config.labels.month.replace('{year}', year!).replace('{month}', String(Number(month)));
	return config.labels.countSince.replace('{since}', since).replace('{count}', count);
}

/** "找不到包含「…」的快訊", or with filters on, that none match under them: other counties or years may have some. */
function noMatchText(config: SearchConfig, state: SearchState): string {
	return (hasFilters(state) ? config.labels.noMatchFiltered : config.labels.noMatch).replace('{query}', state.q);
}

/** The link that searches for the same query without the filters (a plain link, so it can be opened or shared as any other). */
function showClearFilters(paragraph: HTMLElement, state: SearchState): void {
	const params = paramsFromState(withoutFilters(state));
	paragraph.querySelector('a')!.href = `${location.pathname}?${params}`;
	paragraph.hidden = false;
}

/**
 * Where no article contains the query as written, the articles that contain each of its dictionary words, under
 * their own heading; nothing when the query has no word of two characters or more besides itself.
 */
async function showLooserMatches(form: HTMLFormElement, archive: ArchiveSearch, exact: ArchiveQuery, words: string[], stale: () => boolean): Promise<void> {
	if (words.length === 0 || words.join('|') === exact.phrases.join('|')) return;
	const looser = new ResultList(archive, { ...exact, phrases: words, sort: 'relevance' });
	await looser.fill(PAGE_SIZE);
	const page = await Promise.all(looser.results.slice(0, PAGE_SIZE).map((result: PagefindResult) => result.data()));
	if (stale() || page.length === 0) return;
	const section = form.querySelector<HTMLElement>('[data-partial]')!;
	section.querySelector('ol')!.replaceChildren(...page.map((data) => resultItem(data, words.map(joinWords))));
	section.hidden = false;
}

/** The reader's state as a search of the archive: the county and topic ids in the URL become the names the index holds. */
function archiveQuery(form: HTMLFormElement, state: SearchState, phrases: string[]): ArchiveQuery {
	const filters: Record<string, string[]> = {};
	for (const facet of FACETS) {
		filters[facet] = state[facet]
			.map((value) => form.querySelector<HTMLInputElement>(`input[name="${facet}"][value="${CSS.escape(value)}"]`)?.dataset.filterValue)
			.filter((value): value is string => value !== undefined);
	}
	return { phrases, filters, sort: state.sort };
}

/** The edition switch leads to the same search, query and filters included. */
function keepOnEditionSwitch(params: URLSearchParams): void {
	for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-edition]')) {
		link.search = params.size ? `?${params}` : '';
	}
}

/** The year facet lists the years the bundles cover, newest first (replacing those of an earlier deploy's manifest). */
function addYears(form: HTMLFormElement, bundles: BundleManifest['bundles'], yearLabel: string): void {
	const years = [...new Set(bundles.flatMap((bundle) => [bundle.to.slice(0, 4), bundle.from.slice(0, 4)]))].sort().reverse();
	const facet = form.querySelector('[data-facet="year"] ul')!;
	const template = form.querySelector<HTMLTemplateElement>('[data-facet="year"] template')!;
	facet.replaceChildren();
	for (const year of years) {
		const item = template.content.cloneNode(true) as DocumentFragment;
		const box = item.querySelector('input')!;
		box.value = year;
		box.dataset.filterValue = year;
		item.querySelector('[data-name]')!.textContent = yearLabel.replace('{year}', year);
		facet.append(item);
	}
}

function readState(form: HTMLFormElement): SearchState {
	return stateFromParams(new URLSearchParams([...new FormData(form)].map(([key, value]) => [key, String(value)])));
}

function writeState(form: HTMLFormElement, state: SearchState): void {
	form.querySelector<HTMLInputElement>('input[name="q"]')!.value = state.q;
	form.querySelector<HTMLSelectElement>('select[name="sort"]')!.value = state.sort;
	for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
		box.checked = state[box.name as (typeof FACETS)[number]]?.includes(box.value) ?? false;
	}
	if (FACETS.some((facet) => state[facet].length)) form.querySelector('details')?.setAttribute('open', '');
}

function showCounts(form: HTMLFormElement, counts: FilterCounts): void {
	for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
		const count = counts[box.name]?.[box.dataset.filterValue ?? ''] ?? 0;
		box.parentElement!.querySelector('[data-count]')!.textContent = `(${count})`;
	}
}

/** Text with the given ranges in <mark>, as DOM nodes (the text is never parsed as HTML). */
function marked(text: string, marks: Array<[number, number]>): Node[] {
	const nodes: Node[] = [];
	let at = 0;
	for (const [start, end] of marks) {
		nodes.push(document.createTextNode(text.slice(at, start)));
		const mark = document.createElement('mark');
		mark.textContent = text.slice(start, end);
		nodes.push(mark);
		at = end;
	}
	nodes.push(document.createTextNode(text.slice(at)));
	return nodes;
}

function resultItem(data: PagefindResultData, needles: string[]): HTMLLIElement {
	const item = document.createElement('li');
	item.className = 'result';
	const heading = document.createElement('h3');
	const link = document.createElement('a');
	link.href = data.url;
	// The index holds variants folded to one form (spelling.ts): matches are found in that text and shown in the page's own.
	const title = data.meta.title ? joinWords(data.meta.title) : data.url;
	link.append(...marked(writtenSpelling(title, data.meta[`${SPELLING_META}-title`]), matches(title, needles)));
	heading.append(link);
	const meta = document.createElement('p');
	meta.className = 'muted';
	meta.textContent = (['date', 'county'] as const)
		.map((key) => writtenSpelling(joinWords(data.meta[key] ?? ''), data.meta[`${SPELLING_META}-${key}`]))
		.filter(Boolean)
		.join(' · ');
	// The index holds the text with its words spaced apart; the excerpt is cut from it as the article wrote it, after
	// the headline, which is shown above it.
	const text = joinWords(data.content);
	const written = writtenSpelling(text, data.meta[SPELLING_META]);
	const after = text.startsWith(title) ? text.length - text.slice(title.length).trimStart().length : 0;
	const cut = excerpt(text.slice(after), needles, EXCERPT_LENGTH, written.slice(after));
	const shown = document.createElement('p');
	shown.append(...(cut.cutBefore ? ['…'] : []), ...marked(cut.text, cut.marks), ...(cut.cutAfter ? ['…'] : []));
	item.append(heading, meta, shown);
	return item;
}
