import { preview } from 'astro';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildSite, sampleSite, type BuiltSite } from './build-site.ts';
import { join } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, headless, with the flags this machine's closed network needs. */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROMIUM,
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
}

export interface ServedSite {
	site: BuiltSite;
	/** Origin and base path of the served site, e.g. http://localhost:4411/ */
	url: string;
	close(): Promise<void>;
}

/** Builds a site (the sample content unless told otherwise) and serves its dist/ with `astro preview` on a free loopback port. */
export async function serveSite(content: Parameters<typeof buildSite>[0] = sampleSite): Promise<ServedSite> {
	const site = buildSite(content);
	if (!site.ok) throw new Error(site.output);
	const server = await preview({ root: site.root, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
	return {
		site,
		url: `http://127.0.0.1:${server.port}/`,
		close: async () => {
			await server.stop();
			site.remove();
		},
	};
}

/** Collects console errors and page errors, which every browser test expects to stay empty. */
export function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}
