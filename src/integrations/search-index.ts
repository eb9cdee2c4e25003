import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { findPackageJSON } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import * as pagefind from 'pagefind';
import { editionConverter, jurisdictionWordForEditors } from '../view/edition.ts';
import { foldVariants, variantFolding } from '../convert/variant.ts';
import { siteConfig } from '../content-model/config.ts';
import { otherScript } from '../core/scripts.ts';
import { siteGlossary } from '../content-model/site-glossary.ts';
import { editions, firstEditionIn, searchBundlePath, type Edition } from '../core/editions.ts';
import { buildSitePart, type SitePart } from '../core/site-parts.ts';
import { shardOutputs } from './shards.ts';
import {
	bundleOf,
	bundlesSinceWholeBuild,
	LIBRARY_FILE,
	MANIFEST_FILE,
	planBundles,
	QUERY_MAP_FILE,
	type BundleManifest,
	type BundleMembers,
	type WholeBuildBundles,
} from '../search/bundles.ts';
import { indexedPart, indexedText } from './search-page-text.ts';
import { deriveQueryMap, glossaryQueries } from '../search/query-map.ts';
import { searchablePage } from '../search/searchable-page.ts';
import { textWords } from '../search/words.ts';
import { editorMessage } from '../content-model/editor-messages.ts';
import { contentCache, type ContentCache } from './content-cache.ts';
import { bundleKey } from './search-bundle-key.ts';
import { filesUnder } from '../content-model/files-under.ts';
import { publishedArticles } from '../content-model/articles-folder.ts';
import { contentPath } from '../content-model/paths.ts';

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
// How this project turns pages into bundles: spacing the words (searchablePage), counting them (indexedText,
// textWords), the index options and the files removed. Cached pages and bundles carry it in their keys, so raising it
// after changing any of those makes the next build index everything again instead of reusing what the old code made.
const SEARCH_FORMAT = 5;

// Cached bundles were written by this Pagefind; another version may write other files for the same pages.
const PAGEFIND_VERSION = (JSON.parse(readFileSync(findPackageJSON('pagefind', import.meta.url)!, 'utf8')) as { version: string }).version;

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

/**
 * The article pages of an edition, as paths relative to its articles folder (`2020/02/08-…/index.html`): not the pages
 * at articles' former ids, which only lead to an article.
 */
function articlePages(site: string, edition: Edition): string[] {
	const folder = join(site, edition.path, 'articles');
	// A site with no articles yet (an office that just deleted the sample) has no articles folder: an empty search.
	if (!existsSync(folder)) return [];
	const former = new Set(publishedArticles(contentPath('articles')).flatMap((article) => article.formerIds.map((id) => `${id}/index.html`)));
	return filesUnder(folder)
		.filter((file) => file.endsWith('index.html') && !former.has(file))
		.sort();
}

interface ArticlePage {
	/** Path of the page's file relative to the edition's articles folder. */
	file: string;
	url: string;
	date: string;
	/** The page's cache key: the hash of its bytes as built, with the script and SEARCH_FORMAT. */
	hash: string;
	/** The hash of what Pagefind reads of it (indexedPart): a bundle is indexed again only when this changes. */
	indexed: string;
}

/** One occurrence count per index word of a page, in the order the words first occur. */
type WordCounts = Array<[word: string, count: number]>;

/**
 * The date and cache key of article pages by the identity of their file (path, inode, size, time of last change, none of
 * which a write leaves as it was): a build of changes takes most pages from the published site as they are (hard links),
 * and need not read them to know them.
 */
type KnownPages = Map<string, { date: string; hash: string; indexed: string }>;

/**
 * Reads an article page (its only read this build), unless its file is known, and returns what indexing needs of it:
 * its URL, date and cache key, and, when it was read, its words for the query map (a known page's words are asked for
 * only if its bundle changed: pageWords). A page the cache has not seen is new or changed, so its bundle is indexed
 * again: its spaced copy for Pagefind and its words are written to the cache now, while its HTML is at hand.
 */
function readArticlePage(
	site: string,
	edition: Edition,
	file: string,
	cache: ContentCache,
	known: { before: KnownPages; now: KnownPages },
): { page: ArticlePage; words?: WordCounts } {
	const path = join(site, edition.path, 'articles', file);
	const stats = statSync(path, { bigint: true });
	const identity = `${edition.path}/${file}\0${stats.ino}\0${stats.size}\0${stats.mtimeNs}`;
	const url = `/${edition.path}/articles/${file.slice(0, -'index.html'.length)}`;
	const before = known.before.get(identity);
	if (before) {
		known.now.set(identity, before);
		cache.reuse(before.hash);
		return { page: { file, url, ...before } };
	}
	const html = readFileSync(path, 'utf8');
	const hash = cache.key(`${SEARCH_FORMAT}\n${edition.script}\n${html}`);
	const indexed = cache.key(`${SEARCH_FORMAT}\n${edition.script}\n${indexedPart(html)}`);
	const page = { file, url, date: pageDate(html, file), hash, indexed };
	known.now.set(identity, { date: page.date, hash, indexed });
	const counted = cache.read(hash, 'words');
	if (counted) return { page, words: JSON.parse(counted.toString('utf8')) as WordCounts };
	cache.write(hash, 'html', searchablePage(html, edition.script, searchFolding(edition)));
	return { page, words: countWords(html, edition, cache, hash) };
}

/** The index words of a page's HTML with their counts, stored in the cache under the page's key. */
function countWords(html: string, edition: Edition, cache: ContentCache, hash: string): WordCounts {
	const counts = new Map<string, number>();
	const fold = searchFolding(edition);
	for (const run of indexedText(html)) for (const word of textWords(fold(run), edition.script)) counts.set(word, (counts.get(word) ?? 0) + 1);
	// Pairs, not an object: an object would put words that look like numbers (2020) first and change the query map's order.
	const words = [...counts];
	cache.write(hash, 'words', JSON.stringify(words));
	return words;
}

/** A page's words as readArticlePage counted them, from the cache (counted again from the page if that entry was lost since). */
function pageWords(site: string, edition: Edition, page: ArticlePage, cache: ContentCache): WordCounts {
	const cached = cache.read(page.hash, 'words');
	if (cached) return JSON.parse(cached.toString('utf8')) as WordCounts;
	return countWords(readFileSync(join(site, edition.path, 'articles', page.file), 'utf8'), edition, cache, page.hash);
}

/**
 * The words of a bundle's pages with their counts, summed: from the cache when its pages are those of an earlier build
 * (one read instead of one per page: a build of changes at 10,000 articles read 20,000 pages' words to find the same
 * sums), else from the pages. `fresh` holds the words of the pages this build read.
 */
function bundleWords(site: string, edition: Edition, pages: readonly ArticlePage[], cache: ContentCache, fresh: ReadonlyMap<string, WordCounts>): WordCounts {
	const key = cache.key(`bundle words\n${SEARCH_FORMAT}\n${edition.path}\n${pages.map((page) => page.hash).join('\n')}`);
	const cached = cache.read(key, 'words');
	if (cached) return JSON.parse(cached.toString('utf8')) as WordCounts;
	const sums = new Map<string, number>();
	for (const page of pages)
		for (const [word, count] of fresh.get(page.url) ?? pageWords(site, edition, page, cache)) sums.set(word, (sums.get(word) ?? 0) + count);
	const words = [...sums];
	cache.write(key, 'words', JSON.stringify(words));
	return words;
}

/** The page with its words spaced apart for Pagefind, as readArticlePage cached it (read again only if that entry was lost since). */
function spacedPage(site: string, edition: Edition, page: ArticlePage, cache: ContentCache): string {
	const cached = cache.read(page.hash, 'html');
	if (cached) return cached.toString('utf8');
	return searchablePage(readFileSync(join(site, edition.path, 'articles', page.file), 'utf8'), edition.script, searchFolding(edition));
}

/**
 * How an edition's index and queries write variant characters: a Traditional edition holds one form of each set (衞 and
 * 衛 as 衛), whatever its articles wrote, so every spelling finds the same articles; Simplified has no such sets.
 */
const searchFolding = (edition: Edition): ((text: string) => string) => (edition.script === 'zh-Hant' ? foldVariants : (text) => text);

/** Writes one Pagefind bundle from article pages, a batch at a time so memory stays bounded. */
async function writeBundle(pages: ArticlePage[], spaced: (page: ArticlePage) => string, folder: string): Promise<void> {
	const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
	assertNoErrors('createIndex', errors);
	if (!index) throw new AstroError(editorMessage({ zh: 'Pagefind 沒有建立索引。', en: 'Pagefind did not create an index.' }));
	for (let start = 0; start < pages.length; start += BATCH) {
		const added = pages.slice(start, start + BATCH).map((page) => index.addHTMLFile({ url: page.url, content: spaced(page) }));
		for (const { errors } of await Promise.all(added)) assertNoErrors('addHTMLFile', errors);
	}
	assertNoErrors('writeFiles', (await index.writeFiles({ outputPath: folder })).errors);
	await index.deleteIndex();
	// The site uses its own search page on Pagefind's JS API (see docs/search.md); the bundled UIs are never loaded.
	for (const unused of UNUSED_UI_FILES) rmSync(join(folder, unused), { force: true });
}

/** Words with their counts in code-point order: the query map comes out the same whatever order pages (or shards) gave them in. */
const inWordOrder = (words: Iterable<[string, number]>) => new Map([...words].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** What a shard's search leaves for the assembly, per edition: its articles' dates, its index words with their counts, and its bundles' keys. */
interface ShardSearch {
	dates: string[];
	words: WordCounts;
	keys: Array<[bundle: string, key: string]>;
}

/** The file beside a shard's pages that holds an edition's ShardSearch. */
const shardSearchFile = (edition: Edition) => `search-${edition.path}.json`;

/**
 * An edition's articles as this build sees them, read from its own article pages with the words of those it read; or,
 * in the assembly, its dates and words summed from what each shard left, with the keys of the bundles the shards
 * brought (the assembly indexes nothing).
 */
function editionPages(
	site: string,
	edition: Edition,
	cache: ContentCache,
	part: SitePart,
	root: string,
	known: { before: KnownPages; now: KnownPages },
): { pages: ArticlePage[]; dates: string[]; fresh: Map<string, WordCounts>; shardWords?: Map<string, number>; keys: Map<string, string> } {
	if (part.kind === 'assembly') {
		const dates: string[] = [];
		const keys = new Map<string, string>();
		const words = new Map<string, number>();
		for (const folder of shardOutputs(root)) {
			const shard = JSON.parse(readFileSync(join(folder, shardSearchFile(edition)), 'utf8')) as ShardSearch;
			dates.push(...shard.dates);
			addWords(words, shard.words);
			for (const [bundle, key] of shard.keys) keys.set(bundle, key);
		}
		return { pages: [], dates, fresh: new Map(), shardWords: words, keys };
	}
	const fresh = new Map<string, WordCounts>();
	const pages = articlePages(site, edition).map((file) => {
		const read = readArticlePage(site, edition, file, cache, known);
		if (read.words) fresh.set(read.page.url, read.words);
		return read.page;
	});
	// Newest first within a bundle too: Pagefind returns phrase matches of equal score in the order pages were added.
	pages.sort((a, b) => b.date.localeCompare(a.date) || a.url.localeCompare(b.url));
	return { pages, dates: pages.map((page) => page.date.slice(0, 10)), fresh, keys: new Map() };
}

/** Adds word counts into a running total. */
function addWords(total: Map<string, number>, counts: Iterable<[string, number]>): void {
	for (const [word, count] of counts) total.set(word, (total.get(word) ?? 0) + count);
}

/** The key of each bundle of a published search folder, as its manifest gives them (none where it has no manifest). */
function bundleKeysIn(folder: string): Map<string, string> {
	try {
		const { bundles } = JSON.parse(readFileSync(join(folder, MANIFEST_FILE), 'utf8')) as BundleManifest;
		return new Map(bundles.flatMap((bundle) => (bundle.key ? [[bundle.name, bundle.key] as const] : [])));
	} catch {
		return new Map();
	}
}

/**
 * Hard-links the files of a published bundle into the site being built: the same files, without copying tens of
 * thousands of them from the cache. False where the file system cannot link them, with nothing left behind.
 */
function linkFolder(from: string, to: string): boolean {
	rmSync(to, { recursive: true, force: true });
	try {
		for (const file of filesUnder(from)) {
			mkdirSync(dirname(join(to, file)), { recursive: true });
			linkSync(join(from, file), join(to, file));
		}
		return true;
	} catch {
		rmSync(to, { recursive: true, force: true });
		return false;
	}
}

/**
 * An edition's bundles with the URLs of their articles: by period (bundles.ts), or in a build of changes, the last
 * whole build's bundles and a bundle of the articles added since, where that places every article (bundlesSinceWholeBuild).
 */
function editionBundles(pages: ArticlePage[], dates: string[], part: SitePart, cache: ContentCache, wholeKey: string): BundleMembers[] {
	const whole = part.kind === 'changes' ? cache.read(wholeKey, 'json') : undefined;
	const sinceWhole = whole && bundlesSinceWholeBuild(JSON.parse(whole.toString('utf8')) as WholeBuildBundles, pages);
	if (sinceWhole) return sinceWhole;
	return planBundles(dates, BUNDLE_LIMIT).map((bundle) => ({
		...bundle,
		urls: pages.filter((page) => bundleOf(page.date.slice(0, 10), [bundle])).map((page) => page.url),
	}));
}

/**
 * Builds one edition's search: its article pages, words spaced apart, in one Pagefind bundle per period (bundles.ts)
 * with a manifest of them, newest first, and the map that turns a query typed in the other script into this
 * edition's (derived from the converter and the index's words). A bundle whose pages and settings are those of the
 * published site's bundle of the same name is linked from there, or else of a bundle in the cache, copied from there: adding a bulletin indexes only its period again (in a build of changes, only
 * the bundle of what was added since the last whole build). A shard writes only its
 * bundles and what the assembly needs of it; the assembly writes the manifest and the query map for all of them.
 */
async function indexEdition(
	site: string,
	published: string,
	edition: Edition,
	cache: ContentCache,
	part: SitePart,
	root: string,
	known: { before: KnownPages; now: KnownPages },
	logger: { info(message: string): void },
): Promise<void> {
	const started = performance.now();
	const { script } = edition;
	const folder = join(site, searchBundlePath(edition));
	const { pages, dates, fresh, shardWords, keys } = editionPages(site, edition, cache, part, root, known);
	const summed = shardWords ?? new Map<string, number>();
	// A site with no articles yet (an office that just deleted the sample) gets a search of no bundles, which the search
	// page reads as "no bulletins yet"; a site with articles whose pages carry none is a broken build.
	if (dates.length === 0 && (part.kind !== 'whole' || publishedArticles(contentPath('articles')).length > 0)) {
		throw new AstroError(
			editorMessage(
				{ zh: '搜尋索引在 {edition}/articles/ 裡找不到文章頁。', en: 'Search found no article pages in {edition}/articles/.' },
				{ edition: edition.path },
			),
		);
	}
	const wholeKey = cache.key(`whole build bundles ${SEARCH_FORMAT} ${edition.path}`);
	const bundles = editionBundles(pages, dates, part, cache, wholeKey);
	const publishedFolder = join(published, searchBundlePath(edition));
	const publishedKeys = bundleKeysIn(publishedFolder);
	let reused = 0;
	for (const bundle of bundles) {
		const bundleFolder = join(folder, bundle.name);
		if (part.kind === 'assembly') {
			if (!existsSync(join(bundleFolder, LIBRARY_FILE))) {
				throw new AstroError(
					editorMessage(
						{ zh: '組合時缺少搜尋分冊 {bundle}。', en: 'The assembly lacks search bundle {bundle}.' },
						{ bundle: `${searchBundlePath(edition)}${bundle.name}/` },
					),
					editorMessage({ zh: '建置這個年份的分片沒有產生它；重新建置那個分片。', en: 'The shard of its year did not write it; build that shard again.' }),
				);
			}
			reused++;
			continue;
		}
		const members = new Set(bundle.urls);
		const inBundle = pages.filter((page) => members.has(page.url));
		const key = cache.key(
			bundleKey({
				name: bundle.name,
				pages: inBundle,
				pagefindVersion: PAGEFIND_VERSION,
				chunkSize: process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ?? '',
				language: INDEX_LANGUAGE,
				format: SEARCH_FORMAT,
			}),
		);
		keys.set(bundle.name, key);
		addWords(summed, bundleWords(site, edition, inBundle, cache, fresh));
		if (publishedKeys.get(bundle.name) === key && linkFolder(join(publishedFolder, bundle.name), bundleFolder)) {
			reused++;
			continue;
		}
		if (cache.readFolder(key, 'bundle', bundleFolder)) {
			reused++;
			continue;
		}
		await writeBundle(inBundle, (page) => spacedPage(site, edition, page, cache), bundleFolder);
		cache.writeFolder(key, 'bundle', bundleFolder);
	}
	if (part.kind === 'whole') {
		const newest = pages.reduce((latest, page) => (page.date > latest ? page.date : latest), '');
		cache.write(wholeKey, 'json', JSON.stringify({ bundles, newest } satisfies WholeBuildBundles));
	}
	const words = inWordOrder(summed);
	let mapped = 0;
	if (part.kind === 'shard') {
		writeFileSync(join(site, shardSearchFile(edition)), JSON.stringify({ dates, words: [...words], keys: [...keys] } satisfies ShardSearch));
	} else {
		const manifest: BundleManifest = { bundles: bundles.map(({ name, from, to, pages }) => ({ name, from, to, pages, key: keys.get(name) })) };
		mkdirSync(folder, { recursive: true });
		writeFileSync(join(folder, MANIFEST_FILE), JSON.stringify(manifest));
		if (bundles.length > 0) copyFileSync(join(folder, bundles[0]!.name, LIBRARY_FILE), join(folder, LIBRARY_FILE));
		// Queries typed in the other script: how its readers would write this edition's words, and back into the edition.
		const other = otherScript(script);
		const fold = searchFolding(edition);
		const toEdition = editionConverter(other, edition);
		const map = deriveQueryMap(
			words,
			editionConverter(script, firstEditionIn(other)),
			(text) => fold(toEdition(text)),
			variantFolding(),
			glossaryQueries(siteGlossary(), script, fold),
		);
		writeFileSync(join(folder, QUERY_MAP_FILE), JSON.stringify(map));
		mapped = Object.keys(map.chars).length + Object.keys(map.words).length;
	}
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	const names = bundles
		.map((bundle) => editorMessage({ zh: '{name}（{pages} 頁）', en: '{name} ({pages})' }, { name: bundle.name, pages: bundle.pages }))
		.join(editorMessage({ zh: '、', en: ', ' }));
	logger.info(
		editorMessage(
			{
				zh: '搜尋索引：{edition} 共 {pages} 頁，分 {bundles} 個分冊：{names}；重新建立 {indexed} 個分冊，{reused} 個沿用已發佈的網站或快取；可按{jurisdiction}、專題、年份篩選，按日期排序；查詢對照 {mapped} 條；用了 {seconds} 秒',
				en: '{edition}: {pages} pages in {bundles} bundles, {names}; {indexed} indexed, {reused} reused from the published site or the cache; jurisdiction, topic, year filters, sorted by date; {mapped} query-map entries; {seconds} s',
			},
			{
				edition: edition.path,
				jurisdiction: jurisdictionWordForEditors(),
				pages: dates.length,
				bundles: bundles.length,
				names,
				indexed: bundles.length - reused,
				reused,
				mapped,
				seconds,
			},
		),
	);
}

/**
 * Indexes every edition with Pagefind's Node API once the site is written: per edition, a bundle per period of
 * article bodies (pages mark them data-pagefind-body), with county, topic and year filters and a date sort.
 */
export function searchIndex(): AstroIntegration {
	let cacheFolder = '';
	let root = '';
	let published = '';
	return {
		name: 'bulletin-search-index',
		hooks: {
			// Read before the atomic publish moves the output to its staging folder: bundles unchanged since are taken from there.
			'astro:config:setup': ({ config }) => {
				published = fileURLToPath(config.outDir);
			},
			'astro:config:done': ({ config }) => {
				cacheFolder = join(fileURLToPath(config.cacheDir), 'search-pages');
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const site = fileURLToPath(dir);
				// Pages keep their spaced copy and word counts, bundles their files, by content hash between builds: a page or a
				// bundle unchanged since the last build is read back rather than spaced, counted or indexed again.
				const cache = contentCache(cacheFolder);
				// Pagefind's service process starts with the first index and takes its settings from this environment.
				process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
				const knownKey = cache.key(`known pages ${SEARCH_FORMAT}`);
				const remembered = cache.read(knownKey, 'v8');
				const known = { before: remembered ? (deserialize(remembered) as KnownPages) : new Map(), now: new Map() };
				try {
					const part = buildSitePart();
					// Both editions at once: Pagefind indexes in its own process while this one spaces and counts the other edition's
					// words, and each edition holds one bundle in flight, so memory grows by one bundle, not by an edition.
					await Promise.all(editions.map((edition) => indexEdition(site, published, edition, cache, part, root, known, logger)));
				} finally {
					await pagefind.close();
				}
				cache.write(knownKey, 'v8', serialize(known.now));
				cache.prune();
				const seconds = ((performance.now() - started) / 1000).toFixed(1);
				logger.info(editorMessage({ zh: '建立搜尋索引共用了 {seconds} 秒', en: 'search indexing took {seconds} s' }, { seconds }));
			},
		},
	};
}
