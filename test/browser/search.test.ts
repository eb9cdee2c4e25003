import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, serveSite, watchErrors, type ServedSite } from '../../scripts/lib/browser.ts';
import { sharedSampleBuild } from '../helpers/shared-sample-build.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sampleSite } from '../../scripts/lib/build-site.ts';

let served: ServedSite;
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
	served = await serveSite(await sharedSampleBuild());
	browser = await launchChromium();
	page = await browser.newPage();
	errors = watchErrors(page);
});
afterAll(async () => {
	await browser?.close();
	await served?.close();
});

/** Opens the search page with a query string and returns the result URLs once the search has finished. */
async function search(edition: string, query: string): Promise<string[]> {
	await page.goto(`${served.url}${edition}/search/${query}`);
	await page.waitForSelector('[data-results][aria-busy="false"]', { state: 'attached' });
	return page.$$eval('[data-results] a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

const maskReport = 'articles/2020/02/08-fuan-mask-production/';

// Words from the sample articles, as each edition writes them: a name and the words whose Simplified characters stand for
// several Traditional ones (发, 复, 干, 后), and one word whose characters map one to one. The query map itself is checked
// for every word of an index, in both scripts and both editions, by test/unit/query-map.test.ts; this shows the browser
// applying it (each pair is four searches, about 6 s of a loaded CI run).
const pairs: Array<[hant: string, hans: string]> = [
	['葉其發', '叶其发'],
	['醫療物資', '医疗物资'],
	['復工', '复工'],
	['幹部', '干部'],
	['後勤保障', '后勤保障'],
	['發熱病人', '发热病人'],
];

describe('search in Chromium', () => {
	it.each(['zh-hant', 'zh-hans'])('finds the Fuan mask-production report first for 口罩 in %s', async (edition) => {
		const results = await search(edition, '?q=口罩');
		expect(results[0]).toBe(`/${edition}/${maskReport}`);
		expect(results.length).toBeGreaterThan(1);
		expect(await page.textContent('[data-results] mark')).toBe('口罩');
		// Excerpts come from the article text only, never from the page's address line or buttons.
		expect(await page.textContent('[data-results]')).not.toMatch(/https?:|分享/);
		// The index holds the words spaced apart; the excerpt reads as the article wrote it.
		const excerpt = await page.textContent('[data-results] li:first-child p:last-child');
		expect(excerpt).toMatch(/口罩生[產产]/);
		expect(excerpt).not.toMatch(/\p{Script=Han} \p{Script=Han}/u);
	});

	it('narrows results with the county facet, from the URL and from a click', async () => {
		const all = await search('zh-hant', '?q=疫情');
		const fuan = await search('zh-hant', '?q=疫情&county=fuan');
		expect(fuan.length).toBeLessThan(all.length);
		expect(fuan.every((url) => url.includes('-fuan-'))).toBe(true);
		await search('zh-hant', '?q=疫情');
		await page.click('details.filters summary');
		await page.check('input[name="county"][value="gutian"]');
		await page.waitForFunction(() => location.search.includes('county=gutian'));
		await page.waitForSelector('[data-results][aria-busy="false"]', { state: 'attached' });
		const gutian = await page.$$eval('[data-results] a', (links) => links.map((a) => (a as HTMLAnchorElement).href));
		expect(gutian).toHaveLength(1);
		expect(gutian[0]).toContain('08-gutian-liang-weixin-inspection');
	});

	it('shows facet counts in the edition script once the filters panel is opened, and fetches them only then', async () => {
		const fetched: string[] = [];
		const record = (request: { url(): string }) => fetched.push(new URL(request.url()).pathname);
		page.on('request', record);
		onTestFinished(() => void page.off('request', record));
		await search('zh-hans', '?q=口罩');
		const filterLists = () => fetched.filter((path) => /\/pagefind\/[^/]+\/filter\//.test(path));
		expect(filterLists()).toEqual([]);
		await page.click('details.filters summary');
		const facet = (id: string) => page.$eval(`input[name="county"][value="${id}"]`, (box) => box.parentElement!.textContent!.replace(/\s+/g, ''));
		await page.waitForFunction(() => document.querySelector('input[name="county"][value="fuan"]')!.parentElement!.textContent!.includes('(2)'));
		expect(filterLists().length).toBeGreaterThan(0);
		expect(await facet('fuan')).toBe('福安市(2)');
		expect(await facet('shouning')).toBe('寿宁县(0)');
		expect(await page.textContent('[data-status]')).toMatch(/^共 \d+ 篇快讯$/);
	});

	it.each(pairs)('finds the same articles for %s and %s in both editions', async (hant, hans) => {
		const hantEdition = await search('zh-hant', `?q=${hant}`);
		expect(hantEdition.length, `${hant} finds something`).toBeGreaterThan(0);
		expect(await search('zh-hant', `?q=${hans}`)).toEqual(hantEdition);
		const hansEdition = await search('zh-hans', `?q=${hans}`);
		expect(hansEdition.length, `${hans} finds something`).toBeGreaterThan(0);
		expect(await search('zh-hans', `?q=${hant}`)).toEqual(hansEdition);
	});

	it('keeps the query in the URL so a search can be shared', async () => {
		await search('zh-hant', '');
		await page.fill('input[name="q"]', '捐贈');
		await page.press('input[name="q"]', 'Enter');
		await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === '捐贈');
		await page.waitForSelector('[data-results][aria-busy="false"]', { state: 'attached' });
		expect(await page.$$eval('[data-results] a', (links) => links.length)).toBe(1);
	});

	it.each([
		['zh-hant', '疫苗', '找不到包含「疫苗」的快訊。'],
		['zh-hans', '火星人', '找不到包含“火星人”的快讯。'],
		['zh-hant', '疫情 火星', '找不到包含「疫情 火星」的快訊。'],
		['zh-hant', '😷', '找不到包含「😷」的快訊。'],
	])('says clearly in %s that no article contains %s, and shows nothing else', async (edition, query, status) => {
		expect(await search(edition, `?q=${query}`)).toEqual([]);
		expect(await page.textContent('[data-status]')).toBe(status);
		expect(await page.isVisible('[data-partial]')).toBe(false);
		expect(await page.isVisible('[data-more]')).toBe(false);
	});

	it.each([
		['zh-hant', '在所選的篩選條件下，找不到包含「口罩」的快訊。'],
		['zh-hans', '在所选的筛选条件下，找不到包含“口罩”的快讯。'],
	])('says in %s that none match under the filters when a filtered search finds nothing, and offers the query alone', async (edition, status) => {
		// Zherong's report never mentions masks; other counties' do.
		expect(await search(edition, '?q=口罩&county=zherong&year=2020')).toEqual([]);
		expect(await page.textContent('[data-status]')).toBe(status);
		expect(await page.isVisible('[data-clear-filters] a')).toBe(true);
		await Promise.all([page.waitForURL((url) => !url.searchParams.has('county')), page.click('[data-clear-filters] a')]);
		expect(new URL(page.url()).searchParams.toString()).toBe(new URLSearchParams({ q: '口罩' }).toString());
		await page.waitForSelector('[data-results][aria-busy="false"]', { state: 'attached' });
		expect(await page.$$eval('[data-results] a', (links) => links.length)).toBeGreaterThan(1);
		expect(await page.isVisible('[data-clear-filters]')).toBe(false);
	});

	it.each([
		['zh-hant', '基層防控'],
		['zh-hans', '基层防控'],
		['zh-hant', '基层防控'],
	])('finds in %s the articles of a topic by its name %s, which no article writes in its text (trial-46)', async (edition, query) => {
		// The articles filed under the topic 基層防控 (community), from their frontmatter; their pages show the name only as a link.
		const folder = join(sampleSite, 'articles/2020/02');
		const filed = readdirSync(folder)
			.filter((file) => /^topics: \[.*\bcommunity\b/m.test(readFileSync(join(folder, file), 'utf8')))
			.map((file) => `/${edition}/articles/2020/02/${file.replace(/\.md$/, '')}/`);
		expect(filed.length).toBeGreaterThan(0);
		expect((await search(edition, `?q=${query}`)).sort()).toEqual(filed.sort());
		// The line that search reads is on no reader's screen.
		await page.goto(`${served.url}${filed[0]!.slice(1)}`);
		expect(await page.isVisible('[data-search-terms]')).toBe(false);
	});

	it('finds the articles of a series by its name, which no article writes in its text (trial-46)', async () => {
		const folder = join(sampleSite, 'articles/2020/02');
		const inSeries = readdirSync(folder).filter((file) => /^series: ningde-counties-in-action$/m.test(readFileSync(join(folder, file), 'utf8')));
		expect(inSeries.length).toBeGreaterThan(0);
		expect(await search('zh-hans', `?q=${encodeURIComponent('宁德市县区在行动')}`)).toHaveLength(inSeries.length);
	});

	it('finds only articles containing a query as written, not its characters scattered over a page', async () => {
		// 口罩生產 is in the mask-production report; the other reports mention 口罩 and 生產 apart, if at all.
		expect(await search('zh-hant', '?q=口罩生產')).toEqual([`/zh-hant/${maskReport}`]);
		const texts = await page.$$eval('[data-results] li', (items) => items.map((item) => item.textContent!.replace(/\s/g, '')));
		for (const text of texts) expect(text).toContain('口罩生產');
	});

	it('finds a day typed as a form writes it (2020-02-08) as the articles print it, when no article writes it so (trial-38)', async () => {
		const printed = await search('zh-hans', `?q=${encodeURIComponent('2020年2月8日')}`);
		expect(printed.length).toBeGreaterThan(0);
		expect(await search('zh-hans', '?q=2020-02-08')).toEqual(printed);
	});

	it('shows excerpts that start at a sentence or with an ellipsis, with the query marked', async () => {
		await search('zh-hans', '?q=疫情防控');
		// Each excerpt, and whether the article's text has it right after a sentence or paragraph starts.
		const excerpts = await page.$$eval('[data-results] li', (items) =>
			Promise.all(
				items.map(async (item) => {
					const excerpt = item.querySelector('p:last-child')!.textContent!;
					const html = await (await fetch(item.querySelector('a')!.href)).text();
					const paragraphs = [...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('article p')].map((p) => p.textContent!.trim());
					const start = excerpt.replace(/^…/, '').replace(/…$/, '').slice(0, 12);
					const atSentence = paragraphs.some((p) => p.startsWith(start) || /[。！？；]/.test(p[p.indexOf(start) - 1] ?? ''));
					return { excerpt, atSentence };
				}),
			),
		);
		expect(excerpts.length).toBeGreaterThan(1);
		for (const { excerpt, atSentence } of excerpts) {
			expect(excerpt.startsWith('…') || atSentence, excerpt).toBe(true);
			expect(excerpt).toContain('疫情防控');
		}
		expect(await page.$$eval('[data-results] li p:last-child mark', (marks) => [...new Set(marks.map((m) => m.textContent))])).toEqual(['疫情防控']);
	});

	it('counts each county under the chosen topic, and keeps the other counties’ counts once one is ticked', async () => {
		await search('zh-hant', '?q=疫情&topic=epidemic-control');
		const count = (name: string, id: string) =>
			page.$eval(`input[name="${name}"][value="${id}"]`, (box) => Number(/\((\d+)\)/.exec(box.parentElement!.textContent!)?.[1] ?? NaN));
		await page.waitForFunction(() => /\(\d+\)/.test(document.querySelector('input[name="county"]')!.parentElement!.textContent!));
		const before = { fuan: await count('county', 'fuan'), gutian: await count('county', 'gutian') };
		expect(before.fuan).toBeGreaterThan(0);
		expect(before.gutian).toBeGreaterThan(0);
		await page.check('input[name="county"][value="fuan"]');
		await page.waitForFunction(() => location.search.includes('county=fuan'));
		await page.waitForSelector('[data-results][aria-busy="false"]', { state: 'attached' });
		expect({ fuan: await count('county', 'fuan'), gutian: await count('county', 'gutian') }).toEqual(before);
		// The topics are counted under the chosen county: as many as the results for the chosen topic.
		expect(await count('topic', 'epidemic-control')).toBe(await page.$$eval('[data-results] li', (items) => items.length));
	});

	it('shows the order beside the results, without opening the filters', async () => {
		await search('zh-hant', '?q=口罩');
		expect(await page.isVisible('select[name="sort"]')).toBe(true);
		expect(await page.$eval('select[name="sort"]', (select) => select.closest('details'))).toBeNull();
		await page.selectOption('select[name="sort"]', 'newest');
		await page.waitForFunction(() => location.search.includes('sort=newest'));
	});

	it.each([
		['zh-hant', 'zh-hans'],
		['zh-hans', 'zh-hant'],
	])('keeps the query and filters when switching from %s to %s', async (from, to) => {
		const results = await search(from, '?q=口罩&county=fuan&sort=newest');
		await page.click('a[data-edition]');
		await page.waitForURL((url) => url.pathname === `/${to}/search/`);
		await page.waitForSelector('[data-results][aria-busy="false"]', { state: 'attached' });
		expect(new URLSearchParams(new URL(page.url()).search).toString()).toBe(new URLSearchParams('q=口罩&county=fuan&sort=newest').toString());
		expect(await page.inputValue('input[name="q"]')).toBe('口罩');
		expect(await page.isChecked('input[name="county"][value="fuan"]')).toBe(true);
		const switched = await page.$$eval('[data-results] a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(switched).toEqual(results.map((url) => url.replace(`/${from}/`, `/${to}/`)));
	});

	it('keeps facet labels with long names readable at 360 px: no label over two lines, its count beside its name', async () => {
		const phone = await browser.newPage({ viewport: { width: 360, height: 780 } });
		onTestFinished(() => phone.close());
		await phone.goto(`${served.url}zh-hant/search/?q=疫情&county=dongqiao`);
		await phone.waitForSelector('[data-results][aria-busy="false"]', { state: 'attached' });
		await phone.waitForFunction(() => /\(\d+\)/.test(document.querySelector('input[name="county"]')!.parentElement!.textContent!));
		const labels = await phone.$$eval('.facet label', (items) =>
			items.map((label) => {
				const name = label.querySelector('[data-name]')!.getBoundingClientRect();
				const count = label.querySelector('[data-count]')!.getBoundingClientRect();
				const lineHeight = parseFloat(getComputedStyle(label).lineHeight);
				return {
					text: label.textContent!.trim(),
					lines: Math.round(name.height / lineHeight),
					countBeside: Math.abs(count.bottom - name.bottom) < lineHeight / 2,
					right: label.getBoundingClientRect().right,
				};
			}),
		);
		for (const label of labels) {
			expect(label.lines, label.text).toBeLessThanOrEqual(2);
			expect(label.countBeside, label.text).toBe(true);
			expect(label.right, label.text).toBeLessThanOrEqual(360);
		}
	});

	it('logs no console errors', () => {
		expect(errors).toEqual([]);
	});
});
