import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import * as pagefind from 'pagefind';
import { editionConverter } from '../editions/edition.ts';
import { editionPath, otherScript, scripts, type Script } from '../editions/scripts.ts';
import { indexedText } from '../search/page-text.ts';
import { deriveQueryMap } from '../search/query-map.ts';
import { searchablePage } from '../search/searchable-page.ts';
import { textWords } from '../search/words.ts';
import { contentCache, type ContentCache } from './content-cache.ts';

/** Where an edition's search bundle (Pagefind's files and the query map) is published, relative to the site root. */
export const searchBundlePath = (script: Script) => `${editionPath(script)}/pagefind/`;

/** File name of the query map inside an edition's search bundle. */
export const QUERY_MAP_FILE = 'query-map.json';

// The text reaches Pagefind with its words already spaced apart (src/search/words.ts). A language Pagefind
// neither segments nor stems ("undetermined") keeps it from splitting the words again, which at scale is most of
// its time and memory; each edition gets its own index, so the one language per bundle is what pagefind.js loads.
const INDEX_LANGUAGE = 'und';
// Pages in flight to Pagefind at once: enough to keep its threads busy, few enough to bound memory.
const BATCH = 64;

const UNUSED_UI_FILES = [
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-component-ui.js',
	'pagefind-component-ui.css',
	'pagefind-highlight.js',
];

function assertNoErrors(step: string, errors: string[]): void {
	if (errors.length > 0) {
		throw new AstroError(`Search indexing failed at ${step}: ${errors.join('; ')}`, 'Pagefind rejected the built pages; the message above names the file.');
	}
}

/** The totals Pagefind reports in its verbose log (pages, words, filters); it logs them once per build step, so the first block counts. */
function indexStats(logfile: string): string {
	const total = /Total:\s*Indexed \d+ languages?\s*Indexed (\d+) pages\s*Indexed (\d+) words\s*Indexed (\d+) filters/.exec(readFileSync(logfile, 'utf8'));
	return total ? `${total[1]} pages, ${total[2]} words, ${total[3]} filter values` : 'pages (Pagefind logged no totals)';
}

/** The article pages of an edition, as paths relative to its articles folder (`2020/02/08-…/index.html`). */
function articlePages(site: string, script: Script): string[] {
	return readdirSync(join(site, editionPath(script), 'articles'), { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('index.html'))
		.sort();
}

/** The page with its words spaced apart for the index, from the cache when the same page was indexed before. */
function searchableCached(html: string, script: Script, cache: ContentCache): string {
	const key = cache.key(html);
	const cached = cache.read(key, 'html');
	if (cached) return cached.toString('utf8');
	const searchable = searchablePage(html, script);
	cache.write(key, 'html', searchable);
	return searchable;
}

/**
 * Builds one edition's search bundle: every article page, words spaced apart, into its own Pagefind index, and
 * the map that turns a query typed in the other script into this edition's (derived from the converter and the index's words).
 */
async function indexEdition(site: string, script: Script, cache: ContentCache, logger: { info(message: string): void }): Promise<void> {
	const started = performance.now();
	const edition = editionPath(script);
	const bundle = join(site, searchBundlePath(script));
	const logfile = join(tmpdir(), `bulletin-pagefind-${process.pid}-${edition}.log`);
	try {
		const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE, verbose: true, logfile });
		assertNoErrors('createIndex', errors);
		if (!index) throw new AstroError('Pagefind did not create an index.');
		const pages = articlePages(site, script);
		if (pages.length === 0) throw new AstroError(`Search found no article pages in ${edition}/articles/.`);
		const words = new Map<string, number>();
		for (let start = 0; start < pages.length; start += BATCH) {
			const added = pages.slice(start, start + BATCH).map((page) => {
				const html = readFileSync(join(site, edition, 'articles', page), 'utf8');
				for (const run of indexedText(html)) for (const word of textWords(run, script)) words.set(word, (words.get(word) ?? 0) + 1);
				const url = `/${edition}/articles/${page.slice(0, -'index.html'.length)}`;
				return index.addHTMLFile({ url, content: searchableCached(html, script, cache) });
			});
			for (const { errors } of await Promise.all(added)) assertNoErrors('addHTMLFile', errors);
		}
		assertNoErrors('writeFiles', (await index.writeFiles({ outputPath: bundle })).errors);
		await index.deleteIndex();
		// The site uses its own search page on Pagefind's JS API (see README "Search"); the bundled UIs are never loaded.
		for (const unused of UNUSED_UI_FILES) rmSync(join(bundle, unused), { force: true });
		const map = deriveQueryMap(words, editionConverter(script, otherScript(script)), editionConverter(otherScript(script), script));
		writeFileSync(join(bundle, QUERY_MAP_FILE), JSON.stringify(map));
		const mapped = Object.keys(map.chars).length + Object.keys(map.words).length;
		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		logger.info(`${edition}: indexed ${indexStats(logfile)} (county, topic, year; sorted by date); ${mapped} query-map entries; ${seconds} s`);
	} finally {
		rmSync(logfile, { force: true });
	}
}

/**
 * Indexes both editions with Pagefind's Node API once the site is written: one bundle per edition, article bodies
 * only (pages mark them data-pagefind-body), with county, topic and year filters and a date sort.
 */
export function searchIndex(): AstroIntegration {
	let cacheFolder = '';
	return {
		name: 'bulletin-search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				cacheFolder = join(fileURLToPath(config.cacheDir), 'search-pages');
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const site = fileURLToPath(dir);
				// Spacing the words of a page takes longer than reading it back, so pages unchanged since the last build are read back.
				const cache = contentCache(cacheFolder);
				try {
					for (const script of scripts) await indexEdition(site, script, cache, logger);
				} finally {
					await pagefind.close();
				}
				cache.prune();
				logger.info(`search indexing took ${((performance.now() - started) / 1000).toFixed(1)} s`);
			},
		},
	};
}
