// npm run measure:search -- [--query 口罩] [--root .]
// Opens the built site's search page with a query in Chromium (cold cache) and reports every byte it downloads,
// raw and gzip-compressed, and how long results took to show. A measurement to print, never a timed test.
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { preview } from 'astro';
import { launchChromium } from '../test/helpers/browser.ts';
import { runCli } from './cli.ts';

interface Download {
	path: string;
	bytes: number;
	gzip: number;
}

const COMPRESSED = /\.(pagefind|pf_\w+|png|jpe?g|webp|avif)$/;

runCli(async () => {
	const { values } = parseArgs({ options: { query: { type: 'string', multiple: true }, root: { type: 'string', default: '.' } } });
	const queries = values.query ?? ['口罩'];
	const server = await preview({ root: values.root, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
	const browser = await launchChromium();
	try {
		for (const edition of ['zh-hant', 'zh-hans']) {
			for (const query of queries) {
				const context = await browser.newContext();
				const page = await context.newPage();
				const downloads: Download[] = [];
				page.on('response', async (response) => {
					const body = await response.body().catch(() => Buffer.alloc(0));
					const path = new URL(response.url()).pathname;
					// Pagefind's index files and images are already compressed; servers send them as they are.
					downloads.push({ path, bytes: body.length, gzip: COMPRESSED.test(path) ? body.length : gzipSync(body, { level: 6 }).length });
				});
				const started = performance.now();
				await page.goto(`http://127.0.0.1:${server.port}/${edition}/search/?q=${encodeURIComponent(query)}`);
				await page.waitForSelector('[data-results][aria-busy="false"]', { state: 'attached' });
				const ms = Math.round(performance.now() - started);
				const results = await page.$$eval('[data-results] li', (items) => items.length);
				await page.waitForLoadState('networkidle');
				const total = downloads.reduce((sum, d) => ({ bytes: sum.bytes + d.bytes, gzip: sum.gzip + d.gzip }), { bytes: 0, gzip: 0 });
				console.log(
					`\n${edition} ?q=${query}: ${results} results shown ${ms} ms after navigation; ${downloads.length} requests, ${kb(total.bytes)} raw, ${kb(total.gzip)} gzip`,
				);
				for (const d of downloads.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${kb(d.gzip).padStart(9)} gzip ${kb(d.bytes).padStart(9)} raw  ${d.path}`);
				await context.close();
			}
		}
	} finally {
		await browser.close();
		await server.stop();
	}
	return 0;
});

function kb(bytes: number): string {
	return `${(bytes / 1024).toFixed(1)} kB`;
}
