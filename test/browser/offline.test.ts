import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { buildSite, sampleContentWith, type BuiltSite } from '../../scripts/lib/build-site.ts';
import { launchProfile, previewSite, watchErrors, type Preview } from '../../scripts/lib/browser.ts';

// A reader's phone: the site is read online once, then offline; meanwhile the office lifts an alert and deploys again.
const ALERT = '防疫熱線延長服務時間';
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const withAlert = sampleContentWith((content) =>
	writeFileSync(join(content, 'alerts.yaml'), `- { id: hotline, level: urgent, message: ${ALERT}, start: ${day(-1)}, end: ${day(10)} }\n`),
);
const alertLifted = sampleContentWith((content) => writeFileSync(join(content, 'alerts.yaml'), '# no alerts\n'));

const home = 'zh-hant/';
const county = 'zh-hant/counties/fuan/';
/** A recent bulletin the reader never opened: the service worker stores it when it installs. */
const recent = 'zh-hant/articles/2020/02/08-xiapu-sansha-donations/';
const neverOpened = 'zh-hant/topics/donations/';

let first: BuiltSite;
let second: BuiltSite;
let profile: string;
let context: BrowserContext;
let page: Page;
let errors: string[];
let server: Preview;

beforeAll(async () => {
	first = buildSite(withAlert);
	if (!first.ok) throw new Error(first.output);
	second = buildSite(alertLifted);
	if (!second.ok) throw new Error(second.output);
	profile = mkdtempSync(join(tmpdir(), 'bulletin-profile-'));
	context = await launchProfile(profile);
	page = context.pages()[0] ?? (await context.newPage());
	errors = watchErrors(page);
	server = await previewSite(first);
});
afterAll(async () => {
	await context?.close();
	await server?.stop();
	for (const site of [first, second]) site?.remove();
	if (profile) rmSync(profile, { recursive: true, force: true });
});

/** Waits until the edition's service worker controls the page, its precache written. */
async function controlled(): Promise<void> {
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Opens a page of the site (online or off) and returns its heading. */
async function heading(path: string): Promise<string | null> {
	await page.goto(`${server.url}${path}`);
	return page.textContent('h1');
}

/** Takes the reader offline: the browser's network is cut and the server is gone too. */
async function goOffline(): Promise<void> {
	await context.setOffline(true);
	await server.stop();
}

describe('an installed, offline edition in Chromium', () => {
	it('is installable: a manifest in the edition script and a service worker from the site', async () => {
		await page.goto(`${server.url}${home}`);
		await controlled();
		const cdp = await context.newCDPSession(page);
		expect((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors).toEqual([]);
		const manifest = await cdp.send('Page.getAppManifest');
		expect(manifest.errors).toEqual([]);
		expect(JSON.parse(manifest.data ?? '{}')).toMatchObject({ name: '寧德防疫快訊', start_url: '/zh-hant/', scope: '/zh-hant/' });
		expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${server.url}zh-hant/sw.js`);
	});

	it('reads the home page, a recent bulletin and a page opened before offline, and says so for a page never opened', async () => {
		expect(await heading(county)).toBe('福安市');
		await goOffline();
		expect(await heading(home)).toBe('寧德防疫快訊');
		expect(await heading(recent)).toBe('霞浦三沙:社會組織愛心人士捐資贈物抗疫情');
		expect(await heading(county)).toBe('福安市');
		expect(await page.isVisible(`text=${ALERT}`)).toBe(true);
		await page.reload();
		expect(await page.textContent('h1')).toBe('福安市');
		expect(await heading(neverOpened)).toBe('目前離線，此頁尚未儲存');
		expect(await page.textContent('main')).toContain('最新的 30 篇快訊');
	});

	// trial-38: offline, the search link gave the generic notice and the edition switch Chromium's error page.
	it('says offline that search needs a connection, and offers the stored bulletins', async () => {
		for (const path of ['zh-hant/search/', 'zh-hant/search/?q=%E5%8F%A3%E7%BD%A9']) {
			expect(await heading(path), path).toBe('搜尋需要網路連線');
			expect(await page.isVisible('main a[href="/zh-hant/articles/2020/02/08-xiapu-sansha-donations/"]')).toBe(true);
		}
		// Its links lead to stored pages: the recent bulletin opens offline.
		await page.click('main a[href="/zh-hant/articles/2020/02/08-xiapu-sansha-donations/"]');
		await page.waitForURL(`${server.url}${recent}`);
		expect(await page.textContent('h1')).toBe('霞浦三沙:社會組織愛心人士捐資贈物抗疫情');
	});

	it('switches edition offline to the other edition’s offline page when that edition was never opened here', async () => {
		await heading(county);
		await page.click('a[data-edition="zh-hans"]');
		await page.waitForURL(`${server.url}zh-hant/offline/?edition=zh-hans&from=%2F${county.replaceAll('/', '%2F')}`);
		expect(await page.textContent('h1')).toBe('目前离线，此页尚未保存');
		expect(await page.getAttribute('html', 'lang')).toMatch(/^zh-Hans/);
		// trial-41: its links led into the Simplified edition, Chromium's English error page offline, and 繁 to an offline page.
		expect(await page.isVisible('text=这一版要连上网络后才能阅读')).toBe(true);
		const hrefs = await page.$$eval('a[href]', (links) => links.map((link) => link.getAttribute('href') ?? ''));
		expect(hrefs.filter((href) => href.includes('/zh-hans/'))).toEqual([]);
		await page.click('main a:has-text("回到首页")');
		await page.waitForURL(`${server.url}${home}`);
		expect(await page.textContent('h1')).toBe('寧德防疫快訊');
		await page.goBack();
		await page.click('header a:has-text("搜索")');
		await page.waitForURL(`${server.url}zh-hant/search/`);
		expect(await page.textContent('h1')).toBe('搜尋需要網路連線');
		await page.goBack();
		await page.click('a[data-edition="zh-hant"]');
		await page.waitForURL(`${server.url}${county}`);
		expect(await page.textContent('h1')).toBe('福安市');
	});

	it('replaces every stored page after a new deploy, so a lifted alert is gone offline too', async () => {
		await context.setOffline(false);
		server = await previewSite(second, server.port);
		await page.goto(`${server.url}${home}`);
		// The browser looks for a new worker on navigation; asking once more makes the test independent of its timing.
		await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
		// The new worker refreshes the pages kept from the old deploy when it takes over.
		await expect
			.poll(() => page.evaluate(async (url) => (await (await caches.match(url))?.text()) ?? '', `${server.url}${county}`), { timeout: 30_000 })
			.not.toContain(ALERT);
		await goOffline();
		for (const path of [county, home, recent]) {
			await heading(path);
			expect(await page.textContent('body'), path).not.toContain(ALERT);
		}
		expect(await heading(county)).toBe('福安市');
		// The edition switch asks the network before it takes the device for offline; the stopped server refuses it.
		expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED/.test(e))).toEqual([]);
	});

	it('switches edition offline to the other edition’s stored page once that edition was opened here', async () => {
		await context.setOffline(false);
		server = await previewSite(second, server.port);
		await page.goto(`${server.url}zh-hans/`);
		await controlled();
		expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${server.url}zh-hans/sw.js`);
		await goOffline();
		await heading(home);
		await page.click('a[data-edition="zh-hans"]');
		await page.waitForURL(`${server.url}zh-hans/`);
		expect(await page.textContent('h1')).toBe('宁德防疫快讯');
		// A page that edition did not store: its own offline page, not the browser's error page.
		await heading(county);
		await page.click('a[data-edition="zh-hans"]');
		await page.waitForURL(`${server.url}zh-hans/counties/fuan/`);
		expect(await page.textContent('h1')).toBe('目前离线，此页尚未保存');
	});
});
