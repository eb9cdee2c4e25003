import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildSite, sampleContentWith, type BuiltSite } from '../../scripts/lib/build-site.ts';
import { launchChromium, previewSite, watchErrors, type Preview } from '../../scripts/lib/browser.ts';
import { sharedSampleBuild } from '../helpers/shared-sample-build.ts';

// A reader leaves the search page open; meanwhile the office publishes a bulletin, which rebuilds the search bundle of
// its year: the page's page list, index chunks and fragments of that bundle are gone from the server.
const dengue = 'zh-hant/articles/2020/02/09-fuan-dengue-campaign/';
const withBulletin = sampleContentWith((content) =>
	writeFileSync(
		join(content, 'articles/2020/02/09-fuan-dengue-campaign.md'),
		'---\ntitle: 福安市開展登革熱防治宣傳\ndate: 2020-02-09\ncounty: fuan\ntopics: [epidemic-control]\n---\n\n福安市疾控中心在各鄉鎮開展登革熱防治宣傳，提醒居民清除積水。\n',
	),
);

let before: BuiltSite;
let after: BuiltSite;
let browser: Browser;
let page: Page;
let errors: string[];
let server: Preview;

beforeAll(async () => {
	before = await sharedSampleBuild();
	after = buildSite(withBulletin);
	if (!after.ok) throw new Error(after.output);
	browser = await launchChromium();
	page = await browser.newPage();
	errors = watchErrors(page);
	server = await previewSite(before);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
	after?.remove();
});

/** Types a query into the open search page, as a reader does, and returns the status line and the result URLs once it has finished. */
async function typed(query: string): Promise<{ status: string; results: string[] }> {
	await page.fill('input[name="q"]', query);
	await page.press('input[name="q"]', 'Enter');
	await page.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q, query);
	await page.waitForSelector('[data-results][aria-busy="false"]', { state: 'attached' });
	return {
		status: (await page.textContent('[data-status]')) ?? '',
		results: await page.$$eval('[data-results] a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
	};
}

describe('a search page left open across a deploy', () => {
	it("searches the new deploy's bundles, with a count that matches the list", async () => {
		await page.goto(`${server.url}zh-hant/search/?q=口罩`);
		await page.waitForSelector('[data-results][aria-busy="false"]', { state: 'attached' });
		const masks = await page.$$eval('[data-results] a', (links) => links.length);
		expect(masks).toBeGreaterThan(1);

		await server.stop();
		server = await previewSite(after, server.port);

		expect(await typed('登革熱')).toEqual({ status: '共 1 篇快訊', results: [`/${dengue}`] });
		const again = await typed('口罩');
		expect(again.status).toBe(`共 ${again.results.length} 篇快訊`);
		expect(again.results.length).toBe(masks);
		expect(errors).toEqual([]);
	});

	it('says search failed, with no count and no list, when a fragment cannot be fetched and no deploy explains it', async () => {
		await page.goto(`${server.url}zh-hant/search/?q=口罩`);
		await page.waitForSelector('[data-results][aria-busy="false"]', { state: 'attached' });
		await page.route('**/pagefind/*/fragment/**', (route) => route.fulfill({ status: 404, body: '' }));
		try {
			expect(await typed('疫情')).toEqual({ status: '搜尋暫時無法使用，請稍後再試。', results: [] });
		} finally {
			await page.unroute('**/pagefind/*/fragment/**');
		}
		expect((await typed('登革熱')).results).toEqual([`/${dengue}`]);
		// The 404 the test made is the browser's only complaint.
		expect(errors.filter((error) => !error.includes('404'))).toEqual([]);
	});
});
