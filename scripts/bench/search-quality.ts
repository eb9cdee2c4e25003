import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { preview } from 'astro';
import { launchChromium } from '../../test/helpers/browser.ts';

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

/** Every article's indexed text and title and county (which search also matches), spacing removed, keyed by fragment id, from the Pagefind fragments in dist/. */
function indexedTexts(dist: string, edition: string): Map<string, string> {
	const texts = new Map<string, string>();
	const folders = [join(dist, edition, 'pagefind', 'fragment'), join(dist, 'pagefind', 'fragment')].filter(existsSync);
	for (const folder of folders) {
		for (const file of readdirSync(folder)) {
			const fragment = JSON.parse(
				gunzipSync(readFileSync(join(folder, file)))
					.toString('utf8')
					.replace(/^pagefind_dcd/, ''),
			);
			if (!fragment.url.startsWith(`/${edition}/`)) continue;
			const text = [fragment.meta.title, fragment.meta.county, fragment.content].join('|');
			texts.set(file.replace(/\.pf_fragment$/, ''), text.replace(/[\s\u200b\u2063]/g, ''));
		}
	}
	return texts;
}

/**
 * Runs each query against an edition's search index in Chromium, as the search page does, and compares the
 * results with the articles whose text contains the query. Works on this site's per-edition bundles and on a
 * single Pagefind bundle indexed with Pagefind's own Chinese segmentation, so the two can be compared.
 */
export async function measureSearchQuality(root: string, edition: string, queries: string[]): Promise<QueryQuality[]> {
	const dist = join(root, 'dist');
	const texts = indexedTexts(dist, edition);
	const ownBundle = existsSync(join(dist, edition, 'pagefind', 'pagefind.js'));
	const server = await preview({ root, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
	const browser = await launchChromium();
	try {
		const page = await browser.newPage();
		await page.goto(`http://127.0.0.1:${server.port}/${edition}/search/`);
		const measured: QueryQuality[] = [];
		for (const query of queries) {
			// Result ids are the fragment file names, so results are compared without loading every fragment.
			const ids = await page.evaluate(
				async ({ bundle, query, spaced }) => {
					const pagefind = await import(bundle);
					await pagefind.options({ baseUrl: '/' });
					// The same spacing as src/search/words.ts queryWords, for this site's bundles.
					const segmenter = new Intl.Segmenter(document.documentElement.lang, { granularity: 'word' });
					const term = spaced
						? [...segmenter.segment(query)]
								.map((s) => s.segment.trim())
								.filter(Boolean)
								.join(' ')
						: query;
					const search = await pagefind.search(term);
					return search.results.map((r: { id: string }) => r.id) as string[];
				},
				{ bundle: ownBundle ? `/${edition}/pagefind/pagefind.js` : '/pagefind/pagefind.js', query, spaced: ownBundle },
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
