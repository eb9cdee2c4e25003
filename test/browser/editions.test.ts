import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, serveSite, watchErrors, type ServedSite } from '../../scripts/lib/browser.ts';
import { sharedSampleBuild } from '../helpers/shared-sample-build.ts';

let served: ServedSite;
let browser: Browser;

beforeAll(async () => {
	served = await serveSite(await sharedSampleBuild());
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
	await served?.close();
});

const article = 'articles/2020/02/08-fuan-mask-production/';

describe('switching editions in Chromium', () => {
	it('lands on the same article in the other edition, and back', async () => {
		const page = await browser.newPage();
		const errors = watchErrors(page);
		await page.goto(`${served.url}zh-hant/${article}`);
		expect(await page.textContent('h1')).toBe('福安:葉其發調研我市民企民用口罩生產線情況');
		await page.click('a[data-edition="zh-hans"]');
		await page.waitForURL(`${served.url}zh-hans/${article}`);
		expect(await page.textContent('h1')).toBe('福安:叶其发调研我市民企民用口罩生产线情况');
		expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
		await page.click('a[data-edition="zh-hant"]');
		await page.waitForURL(`${served.url}zh-hant/${article}`);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('sends / to the edition the reader chose last', async () => {
		const context = await browser.newContext({ locale: 'zh-TW' });
		const page = await context.newPage();
		await page.goto(`${served.url}zh-hant/`);
		await page.click('a[data-edition="zh-hans"]');
		await page.waitForURL(`${served.url}zh-hans/`);
		await page.goto(served.url);
		await page.waitForURL(`${served.url}zh-hans/`);
		await context.close();
	});

	it.each([
		['zh-TW', 'zh-hant'],
		['zh-HK', 'zh-hant'],
		['zh-CN', 'zh-hans'],
		// No Chinese: the sample's defaultEdition, zh-Hant.
		['en-US', 'zh-hant'],
	])('sends a new %s reader from / to /%s/', async (locale, edition) => {
		const context = await browser.newContext({ locale });
		const page = await context.newPage();
		const errors = watchErrors(page);
		await page.goto(served.url);
		await page.waitForURL(`${served.url}${edition}/`);
		expect(errors).toEqual([]);
		await context.close();
	});

	it.each([
		[['zh-CN', 'zh-TW'], 'zh-hans'],
		[['zh-TW', 'zh-CN'], 'zh-hant'],
		[['en-GB', 'zh-HK', 'zh-CN'], 'zh-hant'],
		[['en-GB', 'zh', 'zh-TW'], 'zh-hans'],
	])('sends a new reader whose languages are %j, in that order, from / to /%s/', async (languages, edition) => {
		const context = await browser.newContext();
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setUserAgentOverride', { userAgent: await page.evaluate(() => navigator.userAgent), acceptLanguage: languages.join(',') });
		expect(await page.evaluate(() => navigator.languages)).toEqual(languages);
		await page.goto(served.url);
		await page.waitForURL(`${served.url}${edition}/`);
		await context.close();
	});

	it('offers plain links on / without JavaScript', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(served.url);
		expect(await page.getAttribute('a[data-edition="zh-hant"]', 'href')).toBe('/zh-hant/');
		expect(await page.getAttribute('a[data-edition="zh-hans"]', 'href')).toBe('/zh-hans/');
		await context.close();
	});
});
