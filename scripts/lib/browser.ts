import { preview } from 'astro';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildSite, sampleSite, type BuiltSite } from './build-site.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags this machine's closed network needs. */
const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/** Debian's Chromium, headless. */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * Debian's Chromium with a profile of its own in `profile` (a folder), as a reader's browser is: unlike the private
 * contexts of launchChromium(), such a browser can install a site.
 */
export function launchProfile(profile: string): Promise<BrowserContext> {
	return chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface Preview {
	/** Origin and base path, e.g. http://127.0.0.1:4411/ */
	url: string;
	port: number;
	stop(): Promise<void>;
}

/** Serves a built site's dist/ with `astro preview` on a loopback port: a free one, or `port` (a redeploy at the same origin). */
export async function previewSite(site: BuiltSite, port = 0): Promise<Preview> {
	const server = await preview({ root: site.root, logLevel: 'error', server: { host: '127.0.0.1', port } });
	if (port !== 0 && server.port !== port) throw new Error(`astro preview took port ${server.port}, not ${port}`);
	return { url: `http://127.0.0.1:${server.port}/`, port: server.port, stop: () => server.stop() };
}

export interface ServedSite {
	site: BuiltSite;
	/** Origin and base path of the served site, e.g. http://localhost:4411/ */
	url: string;
	close(): Promise<void>;
}

/**
 * Builds a site (the sample content unless told otherwise; or takes one already built) and serves its dist/ with
 * `astro preview` on a free loopback port.
 */
export async function serveSite(content: Parameters<typeof buildSite>[0] | BuiltSite = sampleSite): Promise<ServedSite> {
	const site = typeof content === 'object' ? content : buildSite(content);
	if (!site.ok) throw new Error(site.output);
	const server = await previewSite(site);
	return {
		site,
		url: server.url,
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
