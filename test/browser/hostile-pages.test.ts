import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { preview } from 'astro';
import type { Browser, BrowserContext } from 'playwright-core';
import { buildProject, sampleProjects, type BuiltSite } from '../../scripts/lib/build-site.ts';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { acceptedInputs, prepareImages } from '../fixtures/hostile/accepted.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/publish/http-headers.ts';

// The hostile inputs that are valid content, built and opened in Chromium the way a reader would meet them: from a
// plain static server without the Content-Security-Policy (as `npm run preview` or a bare host serves them) and with it.
// Every payload calls alert(); a dialog on any page means script from content ran.

const projects = sampleProjects();
let site: BuiltSite;
let server: Awaited<ReturnType<typeof preview>>;
let browser: Browser;

beforeAll(async () => {
	const root = projects.create();
	prepareImages(join(root, 'content'));
	for (const input of acceptedInputs) await input.write(join(root, 'content'));
	site = buildProject(root);
	if (!site.ok) throw new Error(site.output);
	server = await preview({ root, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
	projects.removeAll();
});

/** Opens every page of the site in one browser context and returns the dialogs that opened, by page. */
async function dialogsOnEveryPage(context: BrowserContext): Promise<string[]> {
	const dialogs: string[] = [];
	const page = await context.newPage();
	page.on('dialog', (dialog) => {
		dialogs.push(`${page.url()}: ${dialog.type()} ${dialog.message()}`);
		void dialog.dismiss();
	});
	// The articles that carry hostile text, and every other kind of page (listings, feeds' pages, search, 404); the
	// sample's own articles only repeat the hostile site name and alert that every page carries.
	const pages = site.files().filter((file) => file.endsWith('.html') && (!file.includes('/articles/') || file.includes('/12-fuan-')));
	expect(pages.length).toBeGreaterThan(100);
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
		expect(await dialogsOnEveryPage(context)).toEqual([]);
		await context.close();
	}, 300_000);

	it('runs no script from content on any page served with the Content-Security-Policy', async () => {
		const context = await browser.newContext();
		await context.route('**/*', async (route) => {
			const response = await route.fetch();
			await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CONTENT_SECURITY_POLICY } });
		});
		expect(await dialogsOnEveryPage(context)).toEqual([]);
		await context.close();
	}, 300_000);

	it('would notice script that runs: a page with an inline alert opens a dialog', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		await page.setContent('<img src=x onerror="alert(7)">');
		await page.waitForTimeout(200);
		expect(dialogs).toEqual(['7']);
		await context.close();
	});
});
