import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { preview } from 'astro';
import type { Browser, BrowserContext } from 'playwright-core';
import type { BuiltSite } from '../../scripts/lib/build-site.ts';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { sharedAcceptedSite } from '../helpers/shared-sample-build.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/publish/http-headers.ts';

// The hostile inputs that are valid content, built and opened in Chromium the way a reader would meet them: from a
// plain static server without the Content-Security-Policy (as `npm run preview` or a bare host serves them). Every
// payload calls alert(); a dialog on any page means script from content ran. The policy, which nginx and Pages send,
// is shown to stop payloads that reach a page.

let site: BuiltSite;
let server: Awaited<ReturnType<typeof preview>>;
let browser: Browser;

beforeAll(async () => {
	site = await sharedAcceptedSite();
	server = await preview({ root: site.root, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

/**
 * The articles that carry hostile text, every page that lists one of them, and one page of every other kind (listing,
 * feed page, search, 404, the web editor): the sample's own articles, and listings of other counties or topics, only
 * repeat the hostile site name and alert that every page carries.
 */
function pagesToOpen(): string[] {
	const kind = (file: string) => `${file.split('/').slice(0, 2).join('/')} ${file.split('/').length}`;
	const html = site.files().filter((file) => file.endsWith('.html'));
	const hostile = html.filter((file) => file.includes('/12-fuan-') || (!file.includes('/articles/') && site.read(file).includes('/12-fuan-')));
	const oneOfEachKind = new Map(hostile.map((file) => [kind(file), file]));
	for (const file of html) if (!oneOfEachKind.has(kind(file))) oneOfEachKind.set(kind(file), file);
	return [...new Set([...hostile, ...oneOfEachKind.values()])];
}

/** Opens the pages to check in one browser context and returns the dialogs that opened, by page. */
async function dialogsOnPages(context: BrowserContext): Promise<string[]> {
	const dialogs: string[] = [];
	const page = await context.newPage();
	page.on('dialog', (dialog) => {
		dialogs.push(`${page.url()}: ${dialog.type()} ${dialog.message()}`);
		void dialog.dismiss();
	});
	const pages = pagesToOpen();
	console.log(`hostile pages: ${pages.length} opened`);
	expect(pages.length).toBeGreaterThan(80);
	for (const file of pages) {
		await page.goto(`http://127.0.0.1:${server.port}/${file.replace(/index\.html$/, '')}`, { waitUntil: 'load' });
		// Handlers such as onmouseover or ontoggle need a reader's gesture: hover and open everything.
		await page.evaluate(() => {
			for (const element of document.querySelectorAll('*')) element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
			for (const details of document.querySelectorAll('details')) details.open = true;
		});
	}
	await page.close();
	return dialogs;
}

describe('hostile content in a real browser', () => {
	it('runs no script from content on any page served without the Content-Security-Policy', async () => {
		const context = await browser.newContext();
		expect(await dialogsOnPages(context)).toEqual([]);
		await context.close();
	}, 300_000);

	// The policy only ever blocks: with no script running without it, none runs with it. What is left to show is that it
	// stops script the sanitiser might one day let through: a hostile article page with payloads written into its HTML.
	it('would stop script that reached a page: payloads written into an article run without the Content-Security-Policy and not with it', async () => {
		const article = pagesToOpen().find((file) => file.includes('/articles/') && file.includes('/12-fuan-'))!;
		const url = `http://127.0.0.1:${server.port}/${article.replace(/index\.html$/, '')}`;
		const payloads = '<img src=x onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)" id=hostile-link>x</a>';
		const dialogsWith = async (policy: string | undefined) => {
			const context = await browser.newContext();
			await context.route(url, async (route) => {
				const response = await route.fetch();
				const body = (await response.text()).replace('<main', `${payloads}<main`);
				const headers = { ...response.headers(), ...(policy ? { 'content-security-policy': policy } : {}) };
				await route.fulfill({ response, body, headers });
			});
			const page = await context.newPage();
			const dialogs: string[] = [];
			page.on('dialog', (dialog) => {
				dialogs.push(dialog.message());
				void dialog.dismiss();
			});
			await page.goto(url, { waitUntil: 'load' });
			await page.click('#hostile-link');
			await page.waitForTimeout(200);
			await context.close();
			return dialogs.sort();
		};
		expect(await dialogsWith(undefined)).toEqual(['1', '2', '3']);
		expect(await dialogsWith(CONTENT_SECURITY_POLICY)).toEqual([]);
	});
});
