import { gzipSync } from 'node:zlib';
import { preview } from 'astro';
import { join } from 'node:path';
import { launchChromium } from '../lib/browser.ts';
import { builtEditions, builtSiteBase } from './built-site.ts';

export interface SearchDownload {
	edition: string;
	query: string;
	results: number;
	/** Milliseconds from navigation to the results being shown, cold cache. */
	ms: number;
	requests: Array<{ path: string; bytes: number; gzip: number }>;
	bytes: number;
	gzip: number;
}

// Pagefind's index files and images are already compressed; servers send them as they are.
const COMPRESSED = /\.(pagefind|pf_\w+|png|jpe?g|webp|avif)$/;

/** Opens a built site's search page with each query in a fresh Chromium context and records every byte it downloads. */
export async function measureSearchDownloads(root: string, queries: string[], editions = builtEditions(join(root, 'dist'))): Promise<SearchDownload[]> {
	const base = builtSiteBase(join(root, 'dist'));
	const server = await preview({ root, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
	const browser = await launchChromium();
	const measured: SearchDownload[] = [];
	try {
		for (const edition of editions) {
			for (const query of queries) {
				const context = await browser.newContext();
				const page = await context.newPage();
				// Bodies are fetched again and sized after the results show: reading them from the browser while the page
				// loads (or compressing them in this process, which also runs the preview server) would slow the page timed.
				const fetched: string[] = [];
				page.on('response', (response) => fetched.push(response.url()));
				const started = performance.now();
				await page.goto(`http://127.0.0.1:${server.port}${base}${edition}/search/?q=${encodeURIComponent(query)}`);
				await page.waitForSelector('[data-results][aria-busy="false"]', { state: 'attached' });
				const ms = Math.round(performance.now() - started);
				const results = await page.$$eval('[data-results] li', (items) => items.length);
				await page.waitForLoadState('networkidle');
				const requests = await Promise.all(
					fetched.map(async (url) => {
						const body = Buffer.from(await (await fetch(url)).arrayBuffer());
						const path = new URL(url).pathname;
						return { path, bytes: body.length, gzip: COMPRESSED.test(path) ? body.length : gzipSync(body, { level: 6 }).length };
					}),
				);
				const sum = (key: 'bytes' | 'gzip') => requests.reduce((total, r) => total + r[key], 0);
				measured.push({ edition, query, results, ms, requests: requests.sort((a, b) => b.gzip - a.gzip), bytes: sum('bytes'), gzip: sum('gzip') });
				await context.close();
			}
		}
	} finally {
		await browser.close();
		await server.stop();
	}
	return measured;
}
