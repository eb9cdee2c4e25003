import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeCorpus } from '../../scripts/bench/corpus.ts';
import { buildProject, createProject, sampleSite, sampleContentWith, type BuiltSite } from '../../scripts/lib/build-site.ts';
import { preview } from 'astro';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { bundleFolders, filterChunks, pagefindEntries, searchManifest } from '../helpers/pagefind-output.ts';

// Correctness at scale, not speed: 500 generated articles built cold; then one urgent bulletin and one correction
// published incrementally with the warm caches of that build, compared byte for byte with a cold build of the same
// content: the pages and the search bundle the changes do not reach are reused as a warm rebuild with nothing changed
// would reuse them all. (Stop 47: that rebuild of its own is no longer run, a fifth of the file's time.)
const COUNT = 500;
let root: string;
let cold: BuiltSite;
let published: BuiltSite;
let fresh: BuiltSite;
let perCounty: Map<string, number>;
// What the first build left in dist/, read before the same folder publishes the changes.
let coldPages: string[];
let coldIndex: Array<{ edition: string; pages: number; languages: string[]; counties: string }>;
let publishedHashes: Map<string, string>;
let coldChunkSizes: number[];

const URGENT =
	'---\ntitle: 緊急通告：福安市今日起暫停大型集會\ndate: 2022-12-31\ncounty: fuan\ntopics: [epidemic-control]\n---\n\n即日起全市暫停大型集會活動，請市民配合。\n';

/** Adds an urgent bulletin and corrects the title of an older one, as editors would. */
function publishUrgentAndCorrection(content: string): void {
	mkdirSync(join(content, 'articles/2022/12'), { recursive: true });
	writeFileSync(join(content, 'articles/2022/12/31-fuan-urgent-notice.md'), URGENT);
	const folder = join(content, 'articles/2020/03');
	const file = join(folder, readdirSync(folder).sort()[0]!);
	writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: 更正後的標題：福鼎市防疫物資到位'));
}

/** The pages a build rendered, and how many it reused from the previous build, from its log. */
const reuse = (site: BuiltSite) => ({
	reused: (site.output.match(/\((restored|cached)\)/g) ?? []).length,
	rendered: [...site.output.matchAll(/├─ (\S+) \(\+[\d.]+m?s\)/g)].map((m) => m[1]!),
});

/** Per edition, how many search bundles a build indexed with Pagefind and how many it took from the published site or the cache, from its log. */
const bundleReuse = (site: BuiltSite) =>
	[...site.output.matchAll(/重新建立 (\d+) 個分冊，(\d+) 個沿用/g)].map((m) => ({ indexed: Number(m[1]), reused: Number(m[2]) }));

const hashes = (site: BuiltSite) =>
	new Map(
		site
			.files()
			.filter((f) => !f.endsWith('/') && /\.\w+$/.test(f))
			.map((f) => [
				f,
				createHash('sha256')
					.update(readFileSync(join(site.dist, f)))
					.digest('hex'),
			]),
	);

beforeAll(async () => {
	root = createProject(sampleContentWith((content) => rmSync(join(content, 'articles'), { recursive: true })));
	perCounty = (await writeCorpus(join(root, 'content'), { sample: sampleSite, count: COUNT, imageEvery: 100 })).counties;
	cold = buildProject(root);
	if (!cold.ok) throw new Error(cold.output);
	coldPages = cold.files();
	coldIndex = ['zh-hant', 'zh-hans'].map((edition) => ({
		edition,
		pages: pagefindEntries(cold.dist, edition).reduce((sum, entry) => sum + Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0), 0),
		languages: [...new Set(pagefindEntries(cold.dist, edition).flatMap((entry) => Object.keys(entry.languages)))],
		counties: filterChunks(cold.dist, edition).find((chunk) => chunk.includes('county')) ?? '',
	}));
	coldChunkSizes = bundleFolders(cold.dist, 'zh-hant').flatMap((folder) =>
		readdirSync(join(folder, 'index')).map((file) => statSync(join(folder, 'index', file)).size),
	);
	publishUrgentAndCorrection(join(root, 'content'));
	published = buildProject(root);
	if (!published.ok) throw new Error(published.output);
	publishedHashes = hashes(published);
	fresh = buildProject(createProject((content) => cpSync(join(root, 'content'), content, { recursive: true })));
	if (!fresh.ok) throw new Error(fresh.output);
}, 900_000);
afterAll(() => {
	for (const site of [cold, fresh]) site?.remove();
});

describe(`a site of ${COUNT} generated articles`, () => {
	it('has every article in both editions and paginated listings', () => {
		const pages = coldPages;
		for (const edition of ['zh-hant', 'zh-hans']) {
			expect(pages.filter((p) => p.startsWith(`${edition}/articles/`) && p.endsWith('index.html'))).toHaveLength(COUNT);
			for (const [county, count] of perCounty) {
				const listing = pages.filter((p) => new RegExp(`^${edition}/counties/${county}/(\\d+/)?index\\.html$`).test(p));
				// The top page holds the newest full block of 20 and the articles after it; each older block has a page.
				expect(listing, county).toHaveLength(Math.max(Math.floor(count / 20), 1));
			}
		}
	});

	it('indexes all articles in each edition, in a bundle per year, with the county filter counts of the corpus', () => {
		for (const { pages, languages } of coldIndex) expect({ pages, languages }).toEqual({ pages: COUNT, languages: ['und'] });
		expect(searchManifest(fresh.dist, 'zh-hant').bundles.map((bundle) => bundle.name)).toEqual(['2022', '2021', '2020']);
		// Small index chunks (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, docs/search.md): Pagefind's default would make them several times larger.
		expect(coldChunkSizes.length).toBeGreaterThan(100);
		expect(coldChunkSizes.sort((a, b) => a - b)[coldChunkSizes.length >> 1]).toBeLessThan(8192);
		expect(bundleReuse(cold)).toEqual([
			{ indexed: 3, reused: 0 },
			{ indexed: 3, reused: 0 },
		]);
		const [hant, hans] = coldIndex.map((index) => index.counties);
		for (const name of ['福安市', '柘榮縣', '東僑經濟技術開發區']) expect(hant).toContain(name);
		expect(hans).toContain('柘荣县');
	});

	it('publishes an urgent bulletin and a correction incrementally, exactly as a cold build would', () => {
		const freshHashes = hashes(fresh);
		const onlyPublished = [...publishedHashes.keys()].filter((f) => !freshHashes.has(f));
		const onlyFresh = [...freshHashes.keys()].filter((f) => !publishedHashes.has(f));
		expect({ onlyPublished, onlyFresh }).toEqual({ onlyPublished: [], onlyFresh: [] });
		const differ = [...freshHashes].filter(([file, hash]) => publishedHashes.get(file) !== hash).map(([file]) => file);
		expect(differ).toEqual([]);
		expect(published.read('zh-hans/articles/2022/12/31-fuan-urgent-notice/index.html')).toContain('紧急通告：福安市今日起暂停大型集会');
		expect(published.read('zh-hant/index.html')).toContain('緊急通告：福安市今日起暫停大型集會');
		// Only the pages the two changes reach are rendered again; the rest are copied from the previous build.
		const { reused, rendered } = reuse(published);
		// Those are the two articles' pages and their neighbours', the listing pages that show them, feeds and indexes:
		// not articles of other years.
		expect(reused).toBeGreaterThan(2 * COUNT - 20);
		expect(rendered.length, rendered.join('\n')).toBeLessThan(200);
		// Listings are cut from their oldest article, so the new bulletin changes its listings' top pages (and, where it
		// completes a block of 20, the new older page and the one before it), the correction the one page that shows it.
		const listings = new Map<string, string[]>();
		for (const page of rendered) {
			const listing = /^(\/zh-han[st]\/(?:counties|topics|series|archive\/\d{4})\/[^/]+\/)(?:\d+\/)?index\.html$/.exec(page)?.[1];
			if (listing) listings.set(listing, [...(listings.get(listing) ?? []), page]);
		}
		for (const [listing, pages] of listings) expect(pages.length, listing).toBeLessThanOrEqual(3);
		// The bulletin is in three listings (county, topic, month), the corrected article in at most four, each in two editions.
		expect(listings.size, [...listings.keys()].join('\n')).toBeLessThanOrEqual(2 * (3 + 4));
		expect(rendered.filter((page) => page.includes('/articles/2021/'))).toEqual([]);
		// Search indexes the bundles of 2022 (the bulletin) and 2020 (the correction) again, and copies 2021's.
		expect(bundleReuse(published)).toEqual([
			{ indexed: 2, reused: 1 },
			{ indexed: 2, reused: 1 },
		]);
	});

	it('finds articles of every year by search: the newest year first, older years as the reader asks for them', async () => {
		const server = await preview({ root: fresh.root, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
		const browser = await launchChromium();
		try {
			const page = await browser.newPage();
			const settled = () => page.waitForSelector('[data-results][aria-busy="false"]', { state: 'attached' });
			const years = () => page.$$eval('[data-results] h3 a', (links) => links.map((a) => /\/articles\/(\d{4})\//.exec((a as HTMLAnchorElement).href)![1]!));
			await page.goto(`http://127.0.0.1:${server.port}/zh-hant/search/?q=${encodeURIComponent('柘榮縣')}`);
			await settled();
			expect(new Set(await years())).toEqual(new Set(['2022']));
			expect(await page.textContent('[data-status]')).toMatch(/^2022年1月以來共 \d+ 篇快訊$/);
			while (await page.isVisible('[data-more]')) {
				await page.click('[data-more]');
				await settled();
			}
			const all = await years();
			// Results of merged bundles link to the articles too, not to a folder of the search bundle.
			const paths = await page.$$eval('[data-results] h3 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
			for (const path of paths) expect(path).toMatch(/^\/zh-hant\/articles\/\d{4}\/\d{2}\/[^/]+\/$/);
			expect(new Set(all)).toEqual(new Set(['2022', '2021', '2020']));
			expect(all).toEqual([...all].sort().reverse());
			expect(all.length).toBeGreaterThanOrEqual(perCounty.get('zherong')!);
			expect(await page.textContent('[data-status]')).toBe(`共 ${all.length} 篇快訊`);
			for (const year of ['2020', '2021']) {
				await page.goto(`http://127.0.0.1:${server.port}/zh-hant/search/?q=${encodeURIComponent('柘榮縣')}&year=${year}`);
				await settled();
				const found = await years();
				expect(found.length).toBeGreaterThan(0);
				expect(new Set(found)).toEqual(new Set([year]));
			}
		} finally {
			await browser.close();
			await server.stop();
		}
	});
});
