import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext } from 'playwright-core';
import { projectRoot, sampleContentWith } from '../helpers/build-site.ts';
import { launchChromium, serveSite, watchErrors, type ServedSite } from '../helpers/browser.ts';

let served: ServedSite;
let browser: Browser;
/** A day counted from today, as YYYY-MM-DD: the alert's dates must be current when the site is built. */
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
	served = await serveSite(
		sampleContentWith((content) =>
			writeFileSync(
				join(content, 'alerts.yaml'),
				`- { id: hotline, level: urgent, message: 防疫熱線延長服務時間, link: counties/fuan, start: ${day(3)}, end: ${day(10)} }\n`,
			),
		),
	);
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
	await served?.close();
});

const pagesToAudit = ['', 'articles/2020/02/08-fuan-mask-production/', 'counties/fuan/', 'search/?q=口罩', 'archive/'];

describe('accessibility (axe, WCAG 2.2 AA)', () => {
	it.each(['zh-hant', 'zh-hans'].flatMap((edition) => pagesToAudit.map((path) => `${edition}/${path}`)).concat(['404.html']))(
		'/%s has no violations',
		async (path) => {
			const context = await browser.newContext();
			const page = await context.newPage();
			const errors = watchErrors(page);
			await page.goto(`${served.url}${path}`);
			if (path.includes('search')) await page.waitForSelector('[data-results][aria-busy="false"]', { state: 'attached' });
			const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
			expect(errors).toEqual([]);
			await context.close();
		},
	);
});

describe('alerts by date', () => {
	it.each([
		['before it starts', 0, false],
		['while it runs', 5, true],
		['after it ends', 12, false],
	])('%s, the alert is shown: %s', async (_when, offset, shown) => {
		const page = await browser.newPage();
		await page.clock.setFixedTime(new Date(`${day(offset)}T10:00:00`));
		await page.goto(`${served.url}zh-hant/`);
		await page.waitForFunction(() => document.readyState === 'complete');
		const visible = await page.isVisible('text=防疫熱線延長服務時間');
		expect(visible).toBe(shown);
		await page.close();
	});
});

describe('without JavaScript', () => {
	it('an article reads in full and the share button stays out of the way', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${served.url}zh-hant/articles/2020/02/08-fuan-mask-production/`);
		expect(await page.isVisible('text=抓緊上馬後續生產線')).toBe(true);
		expect(await page.isVisible('[data-share]')).toBe(false);
		await context.close();
	});
});

describe('sharing', () => {
	let context: BrowserContext;
	beforeAll(async () => {
		context = await browser.newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: served.url.slice(0, -1) });
	});
	afterAll(() => context.close());

	it('copies the article address when the browser has no share sheet', async () => {
		const page = await context.newPage();
		await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
		await page.goto(`${served.url}zh-hans/articles/2020/02/08-fuan-mask-production/`);
		await page.click('[data-share] button');
		await expect.poll(() => page.textContent('[data-share-status]')).toBe('已复制链接');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('https://example.gov.cn/zh-hans/articles/2020/02/08-fuan-mask-production/');
	});

	it('uses the Web Share API where there is one', async () => {
		const page = await context.newPage();
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'share', {
				value: (data: ShareData) => ((window as unknown as { shared: ShareData }).shared = data) && Promise.resolve(),
			});
		});
		await page.goto(`${served.url}zh-hant/articles/2020/02/08-fuan-mask-production/`);
		await page.click('[data-share] button');
		expect(await page.evaluate(() => (window as unknown as { shared: ShareData }).shared)).toEqual({
			title: '福安:葉其發調研我市民企民用口罩生產線情況',
			url: 'https://example.gov.cn/zh-hant/articles/2020/02/08-fuan-mask-production/',
		});
	});
});

describe('on a 360-pixel phone', () => {
	const screenshots = join(projectRoot, 'test/screenshots');
	it.each([
		['home', 'zh-hant', ''],
		['home', 'zh-hans', ''],
		['article', 'zh-hant', 'articles/2020/02/08-fuan-mask-production/'],
		['article', 'zh-hans', 'articles/2020/02/08-fuan-mask-production/'],
		['search', 'zh-hant', 'search/?q=口罩'],
		['county', 'zh-hans', 'counties/fuan/'],
	])('the %s page (%s) has no horizontal scroll', async (name, edition, path) => {
		const page = await browser.newPage({ viewport: { width: 360, height: 780 }, deviceScaleFactor: 2 });
		await page.clock.setFixedTime(new Date(`${day(5)}T10:00:00`));
		await page.goto(`${served.url}${edition}/${path}`);
		if (name === 'search') await page.waitForSelector('[data-results][aria-busy="false"]', { state: 'attached' });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		mkdirSync(screenshots, { recursive: true });
		await page.screenshot({ path: join(screenshots, `${name}-${edition}.png`) });
		await page.close();
	});
});
