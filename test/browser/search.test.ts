import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, serveSite, watchErrors, type ServedSite } from '../helpers/browser.ts';

let served: ServedSite;
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
	served = await serveSite();
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

// Words from the sample articles, as each edition writes them.
const pairs: Array<[hant: string, hans: string]> = [
	['葉其發', '叶其发'],
	['醫療物資', '医疗物资'],
	['檢查指導', '检查指导'],
	['復工', '复工'],
	['隔離觀察', '隔离观察'],
	['捐贈', '捐赠'],
	['幹部', '干部'],
	['後勤保障', '后勤保障'],
	['發熱病人', '发热病人'],
	['鄉鎮', '乡镇'],
	['慰問金', '慰问金'],
	['視頻會議', '视频会议'],
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
		expect(fetched.filter((path) => path.includes('/pagefind/filter/'))).toEqual([]);
		await page.click('details.filters summary');
		const facet = (id: string) => page.$eval(`input[name="county"][value="${id}"]`, (box) => box.parentElement!.textContent!.replace(/\s+/g, ''));
		await page.waitForFunction(() => document.querySelector('input[name="county"][value="fuan"]')!.parentElement!.textContent!.includes('(2)'));
		expect(fetched.filter((path) => path.includes('/pagefind/filter/')).length).toBeGreaterThan(0);
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

	it('logs no console errors', () => {
		expect(errors).toEqual([]);
	});
});
