import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import * as pagefind from 'pagefind';
import { editionConverter } from '../view/edition.ts';
import { otherScript, type Script } from '../core/scripts.ts';
import { editions, firstEditionIn, searchBundlePath, type Edition } from '../core/editions.ts';
import { bundleOf, LIBRARY_FILE, MANIFEST_FILE, planBundles, QUERY_MAP_FILE, type BundleManifest } from '../search/bundles.ts';
import { indexedText } from './search-page-text.ts';
import { deriveQueryMap } from '../search/query-map.ts';
import { searchablePage } from '../search/searchable-page.ts';
import { textWords } from '../search/words.ts';
import { editorMessage } from '../content-model/editor-messages.ts';
import { contentCache, type ContentCache } from './content-cache.ts';

// Articles per bundle before a year is split into quarters (and a quarter into months). A first search downloads the
// newest bundle's page list, about 11 bytes (gzip) per article, and its postings for the query; at 1,000 articles
// that stays within the first-search budget (docs/search.md has the measurements).
const BUNDLE_LIMIT = 1000;

// Bytes of postings per index chunk (Pagefind's default is 20,000). A search downloads the chunk holding each of its
// words; with one word per character, most lookups are for rare characters whose postings are a few hundred bytes,
// so smaller chunks cut a first search by a third and an absent term's search by two thirds for a little more page
// list (docs/search.md has the measurements). Pagefind reads it from its environment and calls it unstable: a new
// Pagefind version needs the measurements again (test/build/scale.test.ts checks that the chunks stay small).
const INDEX_CHUNK_SIZE = '3000';

// The text reaches Pagefind with its words already spaced apart (src/search/words.ts). A language Pagefind
// neither segments nor stems ("undetermined") keeps it from splitting the words again, which at scale is most of
// its time and memory; each edition has its own bundles, so the one language per bundle is what pagefind.js loads.
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
		throw new AstroError(
			editorMessage(
				{ zh: '建立搜尋索引時在 {step} 這一步失敗：{errors}', en: 'Search indexing failed at {step}: {errors}' },
				{ step, errors: errors.join('; ') },
			),
			editorMessage({
				zh: 'Pagefind 不接受建成的頁面；上面的訊息寫了是哪個檔案。',
				en: 'Pagefind rejected the built pages; the message above names the file.',
			}),
		);
	}
}

const SORT_DATE = /\bdata-pagefind-sort="date:(\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2})?)"/;

/** The publication date an article page gives search (its date sort key, with the time of issue when it has one). */
function pageDate(html: string, page: string): string {
	const date = SORT_DATE.exec(html)?.[1];
	if (!date) {
		throw new AstroError(
			editorMessage({ zh: '搜尋索引在 {page} 上找不到日期。', en: 'Search found no date on {page}.' }, { page }),
			editorMessage({
				zh: '文章頁要帶有 data-pagefind-sort="date:YYYY-MM-DD" 或 "date:YYYY-MM-DD HH:MM"。',
				en: 'Article pages carry data-pagefind-sort="date:YYYY-MM-DD" or "date:YYYY-MM-DD HH:MM".',
			}),
		);
	}
	return date;
}

/** The article pages of an edition, as paths relative to its articles folder (`2020/02/08-…/index.html`). */
function articlePages(site: string, edition: Edition): string[] {
	return readdirSync(join(site, edition.path, 'articles'), { recursive: true, encoding: 'utf8' })
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

interface ArticlePage {
	/** Path of the page's file relative to the edition's articles folder. */
	file: string;
	url: string;
	date: string;
}

/** Writes one Pagefind bundle from article pages, read a batch at a time so memory stays bounded. */
async function writeBundle(pages: ArticlePage[], read: (page: ArticlePage) => string, folder: string): Promise<void> {
	const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
	assertNoErrors('createIndex', errors);
	if (!index) throw new AstroError(editorMessage({ zh: 'Pagefind 沒有建立索引。', en: 'Pagefind did not create an index.' }));
	for (let start = 0; start < pages.length; start += BATCH) {
		const added = pages.slice(start, start + BATCH).map((page) => index.addHTMLFile({ url: page.url, content: read(page) }));
		for (const { errors } of await Promise.all(added)) assertNoErrors('addHTMLFile', errors);
	}
	assertNoErrors('writeFiles', (await index.writeFiles({ outputPath: folder })).errors);
	await index.deleteIndex();
	// The site uses its own search page on Pagefind's JS API (see docs/search.md); the bundled UIs are never loaded.
	for (const unused of UNUSED_UI_FILES) rmSync(join(folder, unused), { force: true });
}

/**
 * Builds one edition's search: its article pages, words spaced apart, in one Pagefind bundle per period (bundles.ts)
 * with a manifest of them, newest first, and the map that turns a query typed in the other script into this
 * edition's (derived from the converter and the index's words).
 */
async function indexEdition(site: string, edition: Edition, cache: ContentCache, logger: { info(message: string): void }): Promise<void> {
	const started = performance.now();
	const { script } = edition;
	const root = join(site, searchBundlePath(edition));
	const files = articlePages(site, edition);
	if (files.length === 0) {
		throw new AstroError(
			editorMessage(
				{ zh: '搜尋索引在 {edition}/articles/ 裡找不到文章頁。', en: 'Search found no article pages in {edition}/articles/.' },
				{ edition: edition.path },
			),
		);
	}
	const words = new Map<string, number>();
	const read = (file: string) => readFileSync(join(site, edition.path, 'articles', file), 'utf8');
	const pages: ArticlePage[] = files.map((file) => {
		const html = read(file);
		for (const run of indexedText(html)) for (const word of textWords(run, script)) words.set(word, (words.get(word) ?? 0) + 1);
		return { file, url: `/${edition.path}/articles/${file.slice(0, -'index.html'.length)}`, date: pageDate(html, file) };
	});
	// Newest first within a bundle too: Pagefind returns phrase matches of equal score in the order pages were added.
	pages.sort((a, b) => b.date.localeCompare(a.date) || a.url.localeCompare(b.url));
	const bundles = planBundles(
		pages.map((page) => page.date.slice(0, 10)),
		BUNDLE_LIMIT,
	);
	for (const bundle of bundles) {
		const inBundle = pages.filter((page) => bundleOf(page.date.slice(0, 10), [bundle]));
		await writeBundle(inBundle, (page) => searchableCached(read(page.file), script, cache), join(root, bundle.name));
	}
	writeFileSync(join(root, MANIFEST_FILE), JSON.stringify({ bundles } satisfies BundleManifest));
	copyFileSync(join(root, bundles[0]!.name, LIBRARY_FILE), join(root, LIBRARY_FILE));
	// Queries typed in the other script: how its readers would write this edition's words, and back into the edition.
	const other = otherScript(script);
	const map = deriveQueryMap(words, editionConverter(script, firstEditionIn(other)), editionConverter(other, edition));
	writeFileSync(join(root, QUERY_MAP_FILE), JSON.stringify(map));
	const mapped = Object.keys(map.chars).length + Object.keys(map.words).length;
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	const names = bundles
		.map((bundle) => editorMessage({ zh: '{name}（{pages} 頁）', en: '{name} ({pages})' }, { name: bundle.name, pages: bundle.pages }))
		.join(editorMessage({ zh: '、', en: ', ' }));
	logger.info(
		editorMessage(
			{
				zh: '搜尋索引：{edition} 共 {pages} 頁，分 {bundles} 個分冊：{names}；可按縣區、主題、年份篩選，按日期排序；查詢對照 {mapped} 條；用了 {seconds} 秒',
				en: '{edition}: indexed {pages} pages in {bundles} bundles, {names}; county, topic, year filters, sorted by date; {mapped} query-map entries; {seconds} s',
			},
			{ edition: edition.path, pages: files.length, bundles: bundles.length, names, mapped, seconds },
		),
	);
}

/**
 * Indexes every edition with Pagefind's Node API once the site is written: per edition, a bundle per period of
 * article bodies (pages mark them data-pagefind-body), with county, topic and year filters and a date sort.
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
				// Pagefind's service process starts with the first index and takes its settings from this environment.
				process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
				try {
					for (const edition of editions) await indexEdition(site, edition, cache, logger);
				} finally {
					await pagefind.close();
				}
				cache.prune();
				const seconds = ((performance.now() - started) / 1000).toFixed(1);
				logger.info(editorMessage({ zh: '建立搜尋索引共用了 {seconds} 秒', en: 'search indexing took {seconds} s' }, { seconds }));
			},
		},
	};
}
