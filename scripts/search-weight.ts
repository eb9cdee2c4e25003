// npm run measure:search -- [--query 口罩] [--root .] | --quality | --contains zh-hant [--query 口罩]
// Opens the built site's search page with a query in Chromium (cold cache) and reports every byte it downloads,
// raw and gzip-compressed, and how long results took to show. --quality builds the search quality set
// (test/fixtures/search/) and prints each query's precision and recall in both editions; --contains instead runs
// the queries against an edition of the built site and compares the results with the articles containing each
// query. Measurements to print, never timed tests.
import { preview } from 'astro';
import { join } from 'node:path';
import { launchChromium } from './lib/browser.ts';
import { buildSite } from './lib/build-site.ts';
import { qualitySet, searchFixture } from './lib/search-quality.ts';
import { runQualitySet, summarise } from './bench/quality-set.ts';
import { measureSearchDownloads } from './bench/search-download.ts';
import { measureSearchQuality } from './bench/search-quality.ts';
import { failOnProblems, parseCommand, runCli } from './cli.ts';

const spec = {
	command: 'npm run measure:search',
	summary: {
		zh: '建站之後在 Chromium 裏打開搜尋頁，量一次搜尋下載多少位元組、多久出結果；--quality 量搜尋品質集，--contains 量已建網站的一版',
		en: "after a build, opens the search page in Chromium and measures a search's download and time to results; --quality measures the search quality set, --contains one edition of the built site",
	},
	options: {
		query: {
			type: 'string',
			multiple: true,
			value: { zh: '<詞>', en: '<word>' },
			help: { zh: '要搜尋的詞（預設 口罩）', en: 'a word to search for (default 口罩)' },
		},
		root: {
			type: 'string',
			default: '.',
			value: { zh: '<資料夾>', en: '<folder>' },
			help: { zh: '專案資料夾（裏面有建好的 dist/）', en: 'the project folder (with the built dist/)' },
		},
		quality: {
			type: 'boolean',
			help: {
				zh: '建出搜尋品質集（test/fixtures/search/）的網站，印出每個查詢在兩版的精確率和召回率',
				en: "builds the search quality set's site (test/fixtures/search/) and prints each query's precision and recall in both editions",
			},
		},
		contains: {
			type: 'string',
			value: '<zh-hant|zh-hans>',
			help: {
				zh: '改為量已建網站這一版的搜尋：每個詞的精確率、召回率和前十條',
				en: "measures this edition's search of the built site instead: each word's precision, recall and first ten results",
			},
		},
	},
	examples: [
		'npm run measure:search -- --query 口罩 --query 疫情防控',
		'npm run measure:search -- --quality',
		'npm run measure:search -- --contains zh-hant --query 福安',
	],
} as const;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** Builds the quality set's site, runs its queries in both editions and prints the figures; exit 1 when a query fails. */
async function measureQualitySet(): Promise<number> {
	const site = buildSite(join(searchFixture, 'content'));
	if (!site.ok) throw new Error(site.output);
	const server = await preview({ root: site.root, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
	const browser = await launchChromium();
	try {
		const outcomes = await runQualitySet(browser, `http://127.0.0.1:${server.port}/`, qualitySet());
		console.log('edition  kind     found expected partial precision recall  query');
		for (const o of outcomes) {
			console.log(
				`${o.edition.padEnd(8)} ${o.entry.kind.padEnd(8)} ${String(o.found.length).padStart(5)} ${String(o.entry.expect.length).padStart(8)} ${String(o.partial.length).padStart(7)} ${o.precision.toFixed(3).padStart(9)} ${o.recall.toFixed(3).padStart(6)}  ${o.entry.query}${o.passed ? '' : '  ← FAILED'}`,
			);
		}
		const summary = summarise(outcomes);
		const count = (kind: string) => outcomes.filter((o) => o.entry.kind === kind).length / 2;
		console.log(
			`\n${outcomes.length / 2} queries (${count('exact')} exact, ${count('absent')} absent, ${count('partial')} partial) in 2 editions: exact queries precision ${summary.precision.toFixed(3)}, recall ${summary.recall.toFixed(3)}; ${summary.missed.length} exact queries missed articles, ${summary.failed.length} absent or partial queries failed, ${summary.differ.length} queries differ between editions${summary.differ.length ? ` (${summary.differ.join(', ')})` : ''}`,
		);
		return summary.missed.length + summary.failed.length + summary.differ.length === 0 ? 0 : 1;
	} finally {
		await browser.close();
		await server.stop();
		site.remove();
	}
}

runCli(async () => {
	const { values, problems } = parseCommand(spec);
	failOnProblems(spec, problems);
	if (values.quality) return measureQualitySet();
	const queries = values.query ?? ['口罩'];
	if (values.contains) {
		console.log('query        found  containing  precision  recall  first ten');
		for (const q of await measureSearchQuality(values.root, values.contains, queries)) {
			console.log(
				`${q.query.padEnd(10, '\u3000')} ${String(q.results).padStart(6)} ${String(q.truth).padStart(11)} ${q.precision.toFixed(3).padStart(10)} ${q.recall.toFixed(3).padStart(7)} ${q.precisionAt10.toFixed(3).padStart(10)}`,
			);
		}
		return 0;
	}
	for (const m of await measureSearchDownloads(values.root, queries)) {
		console.log(
			`\n${m.edition} ?q=${m.query}: ${m.results} results shown ${m.ms} ms after navigation; ${m.requests.length} requests, ${kb(m.bytes)} raw, ${kb(m.gzip)} gzip`,
		);
		for (const r of m.requests) console.log(`  ${kb(r.gzip).padStart(9)} gzip ${kb(r.bytes).padStart(9)} raw  ${r.path}`);
	}
	return 0;
});
