// Runs the search quality set (test/fixtures/search/queries.yaml) through the real search page in Chromium: each
// query is typed into the search page of each edition, every result is loaded (「顯示更多」 until the end) and
// compared with the articles the set expects. Used by `npm run measure:search -- --quality` and by test/browser/search-quality.test.ts.
import type { Browser } from 'playwright-core';
import type { QualityEntry } from '../lib/search-quality.ts';
import { editions as listedEditions } from '../../src/core/editions.ts';

export interface QueryOutcome {
	edition: string;
	entry: QualityEntry;
	/** Article ids found as written, in the order shown. */
	found: string[];
	/** Article ids shown under 部分相符. */
	partial: string[];
	status: string;
	/** Share of the results (the looser ones for a partial query) that the set expects; 1 when there are none. */
	precision: number;
	/** Share of the expected articles found; 1 when none is expected. */
	recall: number;
	/** Whether the outcome is what the set asks for: exact and partial queries find all they should, absent ones nothing at all. */
	passed: boolean;
}

export interface QualitySummary {
	/** Mean precision and recall over the exact queries of both editions. */
	precision: number;
	recall: number;
	/** Exact queries with a recall under 1. */
	missed: QueryOutcome[];
	/** Absent queries that showed anything, and partial queries whose looser results differ from the set's. */
	failed: QueryOutcome[];
	/** Queries whose results differ between the editions. */
	differ: string[];
}

/** The article id a result links to, or the whole path when the link does not lead to an article of the edition. */
function articleId(href: string, articles: string): string {
	const path = new URL(href).pathname;
	return path.startsWith(articles) && path.endsWith('/') ? path.slice(articles.length, -1) : path;
}

function score(found: string[], expected: string[]): { precision: number; recall: number } {
	const hits = found.filter((id) => expected.includes(id)).length;
	return { precision: found.length ? hits / found.length : 1, recall: expected.length ? hits / expected.length : 1 };
}

/** Runs every entry of the set on the search page of each edition of the site served at `site` (origin and base path). */
export async function runQualitySet(
	browser: Browser,
	site: string,
	set: QualityEntry[],
	editions = listedEditions.map((edition) => edition.path),
): Promise<QueryOutcome[]> {
	const page = await browser.newPage();
	const outcomes: QueryOutcome[] = [];
	const settled = () => page.waitForSelector('[data-results][aria-busy="false"]', { state: 'attached' });
	try {
		for (const edition of editions) {
			await page.goto(`${site}${edition}/search/`);
			await settled();
			for (const entry of set) {
				// Typed and submitted as a reader would, so Pagefind stays loaded between queries.
				await page.fill('input[name="q"]', entry.query);
				await page.press('input[name="q"]', 'Enter');
				await page.waitForFunction(
					(query) => new URLSearchParams(location.search).get('q') === query && document.querySelector('[data-results]')!.getAttribute('aria-busy') === 'false',
					entry.query,
				);
				while (await page.isVisible('[data-more]')) {
					await page.click('[data-more]');
					await settled();
				}
				const articles = new URL(`${site}${edition}/articles/`).pathname;
				const links = (selector: string) => page.$$eval(selector, (anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
				const found = (await links('[data-results] h3 a')).map((href) => articleId(href, articles));
				const partial = (await links('[data-partial]:not([hidden]) h3 a')).map((href) => articleId(href, articles));
				const status = (await page.textContent('[data-status]')) ?? '';
				const { precision, recall } = score(entry.kind === 'partial' ? partial : found, entry.expect);
				const passed =
					entry.kind === 'exact'
						? recall === 1
						: entry.kind === 'absent'
							? found.length === 0 && partial.length === 0
							: found.length === 0 && precision === 1 && recall === 1;
				outcomes.push({ edition, entry, found, partial, status, precision, recall, passed });
			}
		}
	} finally {
		await page.close();
	}
	return outcomes;
}

/** The set's figures: precision and recall of exact queries, the queries that failed, and those the editions answer differently. */
export function summarise(outcomes: QueryOutcome[]): QualitySummary {
	const exact = outcomes.filter((o) => o.entry.kind === 'exact');
	const mean = (key: 'precision' | 'recall') => exact.reduce((sum, o) => sum + o[key], 0) / Math.max(1, exact.length);
	const byQuery = new Map<string, string[]>();
	for (const o of outcomes) byQuery.set(o.entry.query, [...(byQuery.get(o.entry.query) ?? []), JSON.stringify([o.found, o.partial])]);
	return {
		precision: mean('precision'),
		recall: mean('recall'),
		missed: exact.filter((o) => o.recall < 1),
		failed: outcomes.filter((o) => o.entry.kind !== 'exact' && !o.passed),
		differ: [...byQuery].filter(([, results]) => new Set(results).size > 1).map(([query]) => query),
	};
}
