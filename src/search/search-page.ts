// Runs in the reader's browser on /<edition>/search/. Converting the query is the only conversion done in the
// browser; everything indexed and every label was converted at build time.
import { convertQuery, type QueryMap } from './convert-query.ts';
import { loadPagefind, type FilterCounts, type PagefindApi, type PagefindResultData } from './pagefind-api.ts';
import { isEmpty, paramsFromState, stateFromParams, type SearchState } from './search-state.ts';
import { joinWords, queryWords } from './words.ts';

export interface SearchConfig {
	bundle: string;
	baseUrl: string;
	queryMap: string;
	labels: { count: string; none: string; failed: string };
}

const PAGE_SIZE = 10;

/** Wires the search page: state from the URL, cross-script queries, facets with counts, results ten at a time. */
export async function startSearchPage(): Promise<void> {
	const form = document.querySelector<HTMLFormElement>('[data-search]');
	const configElement = document.getElementById('search-config');
	if (!form || !configElement?.textContent) return;
	const config = JSON.parse(configElement.textContent) as SearchConfig;
	const status = form.querySelector<HTMLElement>('[data-status]')!;
	form.hidden = false;

	let pagefind: PagefindApi;
	let map: QueryMap;
	try {
		[pagefind, map] = await Promise.all([loadPagefind(config.bundle, config.baseUrl), fetch(config.queryMap).then((r) => r.json() as Promise<QueryMap>)]);
	} catch {
		status.textContent = config.labels.failed;
		return;
	}
	writeState(form, stateFromParams(new URLSearchParams(location.search)));
	let latest = 0;
	// Facet counts need every filter's page lists (77 kB at 10,000 articles), so they are fetched only once the
	// filters panel is open; a search's own filters are fetched with it.
	const panel = form.querySelector<HTMLDetailsElement>('details.filters')!;
	let totals: Promise<FilterCounts> | undefined;
	const counts = () => (panel.open ? (totals ??= pagefind.filters()) : undefined);

	const list = form.querySelector<HTMLElement>('[data-results]')!;
	const run = async () => {
		list.setAttribute('aria-busy', 'true');
		const state = readState(form);
		history.replaceState(null, '', `${location.pathname}${paramsFromState(state).size ? `?${paramsFromState(state)}` : ''}`);
		const ticket = ++latest;
		const allCounts = await counts();
		if (isEmpty(state)) {
			if (allCounts) showCounts(form, allCounts);
			status.textContent = '';
			await renderResults(form, []);
			list.setAttribute('aria-busy', 'false');
			return;
		}
		const search = await pagefind.search(state.q ? queryWords(convertQuery(state.q, map), document.documentElement.lang) : null, {
			filters: filterNames(form, state),
			sort: state.sort === 'newest' || !state.q ? { date: 'desc' } : undefined,
		});
		if (!search || ticket !== latest) return;
		if (allCounts) showCounts(form, search.filters);
		status.textContent = search.results.length ? config.labels.count.replace('{count}', String(search.results.length)) : config.labels.none;
		await renderResults(form, search.results);
		if (ticket === latest) list.setAttribute('aria-busy', 'false');
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
		void run();
	});
	await run();
}

function readState(form: HTMLFormElement): SearchState {
	return stateFromParams(new URLSearchParams([...new FormData(form)].map(([key, value]) => [key, String(value)])));
}

function writeState(form: HTMLFormElement, state: SearchState): void {
	form.querySelector<HTMLInputElement>('input[name="q"]')!.value = state.q;
	form.querySelector<HTMLSelectElement>('select[name="sort"]')!.value = state.sort;
	for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
		box.checked = (box.name === 'county' ? state.county : state.topic).includes(box.value);
	}
	if (state.county.length || state.topic.length) form.querySelector('details')?.setAttribute('open', '');
}

/** Pagefind filters by the names the edition indexed; the URL carries ids, so ids are looked up on the checkboxes. */
function filterNames(form: HTMLFormElement, state: SearchState): Record<string, { any: string[] }> {
	const filters: Record<string, { any: string[] }> = {};
	for (const name of ['county', 'topic'] as const) {
		const values = state[name].map((id) => form.querySelector<HTMLInputElement>(`input[name="${name}"][value="${CSS.escape(id)}"]`)?.dataset.filterValue);
		const known = values.filter((v): v is string => v !== undefined);
		if (known.length) filters[name] = { any: known };
	}
	return filters;
}

function showCounts(form: HTMLFormElement, counts: FilterCounts): void {
	for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
		const count = counts[box.name]?.[box.dataset.filterValue ?? ''] ?? 0;
		box.parentElement!.querySelector('[data-count]')!.textContent = `(${count})`;
	}
}

async function renderResults(form: HTMLFormElement, results: Array<{ data(): Promise<PagefindResultData> }>): Promise<void> {
	const list = form.querySelector<HTMLOListElement>('[data-results]')!;
	const more = form.querySelector<HTMLButtonElement>('[data-more]')!;
	list.replaceChildren();
	let shown = 0;
	const showMore = async () => {
		const page = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
		list.append(...page.map(resultItem));
		shown += page.length;
		more.hidden = shown >= results.length;
	};
	more.onclick = () => void showMore();
	await showMore();
}

function resultItem(data: PagefindResultData): HTMLLIElement {
	const item = document.createElement('li');
	item.className = 'result';
	const heading = document.createElement('h3');
	const link = document.createElement('a');
	link.href = data.url;
	link.textContent = data.meta.title ? joinWords(data.meta.title) : data.url;
	heading.append(link);
	const meta = document.createElement('p');
	meta.className = 'muted';
	meta.textContent = [data.meta.date, data.meta.county]
		.map((value) => joinWords(value ?? ''))
		.filter(Boolean)
		.join(' · ');
	const excerpt = document.createElement('p');
	// Pagefind escapes the page text in excerpts and adds only <mark> around matches; the index holds the words
	// spaced apart, so they are joined back as the page wrote them.
	excerpt.innerHTML = joinWords(data.excerpt);
	item.append(heading, meta, excerpt);
	return item;
}
