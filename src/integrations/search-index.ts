import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import * as pagefind from 'pagefind';
import { editionPath, otherScript, scripts } from '../editions/scripts.ts';
import { alignPages } from '../search/page-text.ts';
import { learnQueryMap } from '../search/query-map.ts';

const UNUSED_UI_FILES = [
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-component-ui.js',
	'pagefind-component-ui.css',
	'pagefind-highlight.js',
];

/** File name of an edition's query map inside the Pagefind bundle folder. */
export const queryMapFile = (edition: string) => `query-map.${edition}.json`;

function assertNoErrors(step: string, errors: string[]): void {
	if (errors.length > 0) {
		throw new AstroError(`Search indexing failed at ${step}: ${errors.join('; ')}`, 'Pagefind rejected the built pages; the message above names the file.');
	}
}

/** The totals Pagefind reports in its verbose log (pages, words, filters); it logs them once per build step, so the first block counts. */
function indexStats(logfile: string): string {
	const total = /Total:\s*Indexed (\d+) languages\s*Indexed (\d+) pages\s*Indexed (\d+) words\s*Indexed (\d+) filters/.exec(readFileSync(logfile, 'utf8'));
	return total ? `${total[2]} pages in ${total[1]} languages, ${total[3]} words, ${total[4]} filter values` : 'pages (Pagefind logged no totals)';
}

/** Writes, for each edition, the map that turns a query typed in the other script into the edition's (see src/search/query-map.ts). */
function writeQueryMaps(site: string, bundle: string): number {
	let entries = 0;
	for (const script of scripts) {
		const edition = editionPath(script);
		const other = editionPath(otherScript(script));
		const articles = join(site, edition, 'articles');
		const pages = readdirSync(articles, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html'));
		const texts = pages.flatMap((page) => alignPages(readFileSync(join(site, other, 'articles', page), 'utf8'), readFileSync(join(articles, page), 'utf8')));
		const map = learnQueryMap(texts);
		entries += Object.keys(map.chars).length + Object.keys(map.pairs).length;
		writeFileSync(join(bundle, queryMapFile(edition)), JSON.stringify(map));
	}
	return entries;
}

/**
 * Indexes both editions with Pagefind's Node API once the site is written: one index per `<html lang>`, article
 * bodies only (pages mark them data-pagefind-body), with county, topic and year filters and a date sort.
 */
export function searchIndex(): AstroIntegration {
	return {
		name: 'bulletin-search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const site = fileURLToPath(dir);
				const bundle = join(site, 'pagefind');
				const logfile = join(tmpdir(), `bulletin-pagefind-${process.pid}.log`);
				try {
					const { index, errors } = await pagefind.createIndex({ verbose: true, logfile });
					assertNoErrors('createIndex', errors);
					if (!index) throw new AstroError('Pagefind did not create an index.');
					const added = await index.addDirectory({ path: site });
					assertNoErrors('addDirectory', added.errors);
					if (added.page_count === 0) throw new AstroError('Search indexed no pages.', 'Article pages must carry data-pagefind-body.');
					assertNoErrors('writeFiles', (await index.writeFiles({ outputPath: bundle })).errors);
					// The site uses its own search page on Pagefind's JS API (see README "Search"); the bundled UIs are never loaded.
					for (const unused of UNUSED_UI_FILES) rmSync(join(bundle, unused), { force: true });
					const mapped = writeQueryMaps(site, bundle);
					const seconds = ((performance.now() - started) / 1000).toFixed(1);
					logger.info(`indexed ${indexStats(logfile)} (county, topic, year; sorted by date); ${mapped} query-map entries; ${seconds} s`);
				} finally {
					await pagefind.close();
					rmSync(logfile, { force: true });
				}
			},
		},
	};
}
