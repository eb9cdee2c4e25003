import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { preview } from 'astro';
import type { BundleManifest } from '../../src/search/bundles.ts';
import { queryPhrases } from '../../src/search/words.ts';
import { launchChromium } from '../lib/browser.ts';
import { builtSiteBase } from './built-site.ts';

export interface QueryQuality {
	query: string;
	/** Articles whose indexed text contains the query as written. */
	truth: number;
	results: number;
	/** Share of the results that contain the query. */
	precision: number;
	/** Share of the articles containing the query that were found. */
	recall: number;
	/** Share of the first ten results (what a reader sees) that contain the query. */
	precisionAt10: number;
}

/** An edition's search bundles (folder names, newest first), from the manifest the build wrote. */
function bundles(dist: string, edition: string): string[] {
	const manifest = JSON.parse(readFileSync(join(dist, edition, 'pagefind', 'bundles.json'), 'utf8')) as BundleManifest;
	return manifest.bundles.map((bundle) => bundle.name);
}

/** Every article's indexed text, title, county and date (which search also matches), spacing removed, keyed by fragment id. */
function indexedTexts(dist: string, edition: string): Map<string, string> {
	const texts = new Map<string, string>();
	for (const bundle of bundles(dist, edition)) {
		const folder = join(dist, edition, 'pagefind', bundle, 'fragment');
		for (const file of readdirSync(folder)) {
			const fragment = JSON.parse(
				gunzipSync(readFileSync(join(folder, file)))
					.toString('utf8')
					.replace(/^pagefind_dcd/, ''),
			);
			const text = [fragment.meta.title, fragment.meta.county, fragment.meta.date, fragment.content].join('|');
			texts.set(file.replace(/\.pf_fragment$/, ''), text.replace(/[\s\u200b\u2063]/g, ''));
		}
	}
	return texts;
}

/**
 * Runs each query against every bundle of an edition in Chromium, as the search page does (each phrase of the query
 * searched as written, results containing them all), and compares the results with the articles whose text contains
 * the query. The index is measured, not the page: the page shows the same results ten at a time.
 */
export async function measureSearchQuality(root: string, edition: string, queries: string[]): Promise<QueryQuality[]> {
	const dist = join(root, 'dist');
	const texts = indexedTexts(dist, edition);
	const folder = `${builtSiteBase(dist)}${edition}/pagefind/`;
	const server = await preview({ root, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
	const browser = await launchChromium();
	try {
		const page = await browser.newPage();
		await page.goto(`http://127.0.0.1:${server.port}${folder}bundles.json`);
		const lang = edition === 'zh-hans' ? 'zh-Hans' : 'zh-Hant';
		// Every bundle merged into one Pagefind instance, as the search page has them once a reader reached the oldest.
		const pagefind = await page.evaluateHandle(
			async ({ folder, names }) => {
				const pagefind = await import(`${folder}${names[0]}/pagefind.js`);
				await pagefind.options({ noWorker: true });
				for (const name of names.slice(1)) await pagefind.mergeIndex(`${folder}${name}/`);
				return pagefind;
			},
			{ folder, names: bundles(dist, edition) },
		);
		const measured: QueryQuality[] = [];
		for (const query of queries) {
			// Result ids are the fragment file names, so results are compared without loading every fragment.
			const ids = await pagefind.evaluate(
				async (pagefind, phrases) => {
					const found = await Promise.all(
						phrases.map(async (phrase) => (await pagefind.search(`"${phrase}"`)).results.map((r: { id: string }) => r.id) as string[]),
					);
					return found.reduce((all, ids) => all.filter((id) => ids.includes(id)));
				},
				queryPhrases(query, lang),
			);
			const truth = new Set([...texts].filter(([, text]) => text.includes(query)).map(([id]) => id));
			const hits = ids.filter((id) => truth.has(id)).length;
			const top = ids.slice(0, 10);
			measured.push({
				query,
				truth: truth.size,
				results: ids.length,
				precision: ids.length ? hits / ids.length : 1,
				recall: truth.size ? hits / truth.size : 1,
				precisionAt10: top.length ? top.filter((id) => truth.has(id)).length / top.length : 1,
			});
		}
		return measured;
	} finally {
		await browser.close();
		await server.stop();
	}
}
