import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { buildSite, builtSite, createProject, sampleSite, sampleContentWith, type BuiltSite } from '../../scripts/lib/build-site.ts';
import { sampleProjectWithPublishedBuild } from '../helpers/shared-sample-build.ts';
import { launchChromium, watchErrors } from '../../scripts/lib/browser.ts';
import { brokenTargets } from '../helpers/link-check.ts';
import { get, hasBrotli, hasNginx, startNginx, type RunningNginx } from '../helpers/nginx.ts';

// Runs against Debian's nginx when it is installed (.ci/run installs it); the tests install nothing themselves.
describe.skipIf(!hasNginx)('the site behind nginx with the repository configuration', () => {
	let site: BuiltSite;
	let subPathSite: BuiltSite;
	let server: RunningNginx;
	let subPath: RunningNginx;
	let browser: Browser;

	beforeAll(async () => {
		// A copy of the shared sample build: the tests below add files to its dist/.
		site = builtSite(await sampleProjectWithPublishedBuild(() => createProject(sampleSite)), true, '');
		subPathSite = buildSite(
			sampleContentWith((content) => {
				const config = join(content, 'site.yaml');
				writeFileSync(config, readFileSync(config, 'utf8').replace(/^base: .*$/m, 'base: /bulletins/'));
			}),
		);
		for (const built of [site, subPathSite]) if (!built.ok) throw new Error(built.output);
		server = await startNginx(site.dist);
		subPath = await startNginx(subPathSite.dist, '/bulletins/');
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.stop();
		await subPath?.stop();
		site?.remove();
		subPathSite?.remove();
	});

	it.each(['zh-hant/', 'zh-hans/', 'zh-hant/articles/2020/02/08-fuan-mask-production/', 'zh-hans/search/', ''])('serves /%s as UTF-8 HTML', async (path) => {
		const response = await get(`${server.url}${path}`);
		expect(response.status).toBe(200);
		expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
	});

	it.each([
		['br', brotliDecompressSync],
		['gzip', gunzipSync],
	])('sends the precompressed %s copy when the browser accepts it', async (encoding, decode) => {
		if (encoding === 'br' && !hasBrotli) return;
		// Files under 512 bytes are not worth compressing; the site's main stylesheet always is.
		const css = site
			.files()
			.find((f) => f.startsWith('_astro/') && f.endsWith('.css.br'))!
			.slice(0, -'.br'.length);
		for (const path of ['zh-hans/', css, 'zh-hans/pagefind/2020/pagefind.js']) {
			const response = await get(`${server.url}${path}`, { 'Accept-Encoding': encoding });
			expect(response.headers['content-encoding'], path).toBe(encoding);
			expect(decode(response.body).equals(readFileSync(join(site.dist, path.endsWith('/') ? `${path}index.html` : path))), path).toBe(true);
		}
		expect((await get(`${server.url}zh-hans/`)).headers['content-encoding']).toBeUndefined();
	});

	it('tells caches that the response depends on Accept-Encoding wherever a compressed copy exists', async () => {
		for (const encoding of [...(hasBrotli ? ['br'] : []), 'gzip', 'identity']) {
			const response = await get(`${server.url}zh-hans/`, { 'Accept-Encoding': encoding });
			expect(response.headers.vary, encoding).toBe('Accept-Encoding');
		}
	});

	it('never serves hidden files, should a build tool or a copy leave them in the site folder', async () => {
		const hidden: Array<[file: string, body: string]> = [
			['.git/config', '[core]'],
			['.cache/astro/data-store.json', '{}'],
			['.prerender/chunks/page.mjs', 'export {}'],
			['zh-hant/.env', 'SECRET=1'],
		];
		for (const [file, body] of hidden) {
			mkdirSync(join(site.dist, file, '..'), { recursive: true });
			writeFileSync(join(site.dist, file), body);
			const response = await get(`${server.url}${file}`);
			expect(response.status, file).toBe(404);
			expect(response.body.toString(), file).not.toContain(body);
		}
		// .well-known/ is the one hidden folder hosts need (security.txt, certificate challenges).
		mkdirSync(join(site.dist, '.well-known'), { recursive: true });
		writeFileSync(join(site.dist, '.well-known/security.txt'), 'Contact: mailto:it@example.gov.cn');
		expect((await get(`${server.url}.well-known/security.txt`)).status).toBe(200);
	});

	it('caches hashed files for a year and pages briefly, and sends the security headers', async () => {
		const css = site.files().find((f) => f.startsWith('_astro/') && f.endsWith('.css'))!;
		expect((await get(`${server.url}${css}`)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
		const page = await get(`${server.url}zh-hant/`);
		expect(page.headers['cache-control']).toBe('public, max-age=300, must-revalidate');
		expect((await get(`${server.url}zh-hant/pagefind/2020/pagefind.js`)).headers['cache-control']).toBe('public, max-age=300, must-revalidate');
		expect(page.headers['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'; style-src 'self';");
		expect(page.headers['content-security-policy']).not.toContain('unsafe-inline');
		expect(page.headers['x-content-type-options']).toBe('nosniff');
		expect(page.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
	});

	it.each([
		['zh-hant/feed.xsl', 'application/xslt+xml; charset=utf-8'],
		['zh-hant/manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
		['zh-hant/sw.js', 'text/javascript; charset=utf-8'],
		['zh-hant/rss.xml', 'application/xml; charset=utf-8'],
	])('serves /%s as %s', async (path, type) => {
		const response = await get(`${server.url}${path}`);
		expect(response.status).toBe(200);
		expect(response.headers['content-type']).toBe(type);
	});

	it('answers a missing page with the 404 page and status 404', async () => {
		const response = await get(`${server.url}zh-hant/no-such-page/`);
		expect(response.status).toBe(404);
		expect(response.body.toString()).toContain('找不到此頁面');
	});

	it('serves the same site under a sub-path, every link resolving there', async () => {
		expect((await get(`${subPath.url}zh-hant/`)).status).toBe(200);
		expect((await get(`${subPath.url}zh-hant/no-such-page/`)).status).toBe(404);
		const pages = subPathSite.files().filter((f) => f.endsWith('.html'));
		expect(pages.flatMap((page) => brokenTargets(subPathSite.dist, page, 'https://example.gov.cn', '/bulletins/'))).toEqual([]);
		expect(subPathSite.read('zh-hant/index.html')).toContain('href="/bulletins/zh-hant/counties/"');
		expect(subPathSite.read('_headers')).toMatch(/^\/bulletins\/\*\n  Content-Security-Policy: /m);
		expect(subPathSite.read('_headers')).toContain('/bulletins/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
	});

	it.each([
		['root', () => server.url],
		['sub-path', () => subPath.url],
	])('pages, edition switching and search work in Chromium under the CSP (%s)', async (_name, url) => {
		const context = await browser.newContext({ locale: 'zh-TW' });
		const page = await context.newPage();
		const errors = watchErrors(page);
		await page.goto(url());
		await page.waitForURL(`${url()}zh-hant/`);
		await page.click('a[data-edition="zh-hans"]');
		await page.waitForURL(`${url()}zh-hans/`);
		await page.goto(`${url()}zh-hans/search/?q=口罩`);
		await page.waitForSelector('[data-results][aria-busy="false"]', { state: 'attached' });
		const first = await page.getAttribute('[data-results] a', 'href');
		expect(first).toBe(`${new URL(url()).pathname}zh-hans/articles/2020/02/08-fuan-mask-production/`);
		await page.goto(`${url()}zh-hant/articles/2020/02/08-fuan-mask-production/`);
		// The edition's offline worker comes from the site itself, under the policy.
		expect(await page.evaluate(() => navigator.serviceWorker.ready.then((registration) => registration.scope))).toBe(`${url()}zh-hant/`);
		expect(errors).toEqual([]);
		// So does a feed's stylesheet. Chromium lays its own banner about XSLT's removal over the page, with inline styles and
		// a handler that the policy blocks; nothing of the page's own is inline.
		await page.goto(`${url()}zh-hant/counties/fuan/rss.xml`);
		expect(await page.textContent('#feed-how')).toBe('如何訂閱');
		expect(errors.filter((error) => !/^(Applying inline style|Executing inline event handler) violates/.test(error))).toEqual([]);
		// (The banner's own parts live in its shadow root, which the document's query does not enter.)
		const inline = () => [...document.querySelectorAll('[style], [onclick]')].filter((element) => element.localName !== 'xslt-warning-banner').length;
		expect(await page.evaluate(inline)).toBe(0);
		await context.close();
	});
});
