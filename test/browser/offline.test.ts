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
		expect(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
	});
});
