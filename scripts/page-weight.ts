// npm run measure:weight — after a build: each page type's compressed weight (HTML + CSS + JS, images excluded)
// against the 30 kB budget for a first visit. The pages are found in the build, whatever the content: for each page
// type and edition the largest page is measured. A report of bytes, which do not vary from run to run.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pageWeight } from './lib/page-weight.ts';
import { builtEditions, builtSiteBase } from './bench/built-site.ts';
import { failOnProblems, parseCommand, runCli } from './cli.ts';

const spec = {
	command: 'npm run measure:weight',
	summary: {
		zh: '建站之後量每種頁面壓縮後的大小（HTML + CSS + JS，gzip -9，不含圖片），超過 30 kB 預算時以 1 結束',
		en: 'after a build, measures each kind of page compressed (HTML + CSS + JS, gzip -9, no pictures); exits 1 over the 30 kB budget',
	},
	options: {
		dist: {
			type: 'string',
			default: 'dist',
			value: { zh: '<資料夾>', en: '<folder>' },
			help: { zh: '建好的網站所在的資料夾', en: 'the folder of the built site' },
		},
	},
	examples: ['npm run build && npm run measure:weight', 'npm run measure:weight -- --dist /tmp/site/dist'],
} as const;

export const BUDGET = 30 * 1024;

// Page types by where the build writes them under an edition folder ('' is the site root).
const PAGE_TYPES: Array<[name: string, inEdition: boolean, path: RegExp]> = [
	['home', true, /^index\.html$/],
	['article', true, /^articles\/.+\/index\.html$/],
	['county', true, /^counties\/[^/]+\/index\.html$/],
	['topic', true, /^topics\/[^/]+\/index\.html$/],
	['archive', true, /^archive\/index\.html$/],
	['search (before the index loads)', true, /^search\/index\.html$/],
	['offline notice', true, /^offline\/index\.html$/],
	['offline search notice', true, /^offline\/search\/index\.html$/],
	['edition chooser (/)', false, /^index\.html$/],
	['404', false, /^404\.html$/],
];

runCli(() => {
	const { values, problems } = parseCommand(spec);
	failOnProblems(spec, problems);
	const dist = values.dist;
	if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html not found: run npm run build first`);
	const base = builtSiteBase(dist);
	const html = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
	let over = 0;
	console.log(`page weight, gzip -9, budget ${BUDGET / 1024} kB (the largest page of each type)`);
	const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
	for (const [name, inEdition, path] of PAGE_TYPES) {
		for (const edition of inEdition ? builtEditions(dist) : ['']) {
			const prefix = edition ? `${edition}/` : '';
			const pages = html.filter((file) => file.startsWith(prefix) && path.test(file.slice(prefix.length)));
			if (pages.length === 0) continue;
			const largest = pages.reduce((a, b) => (statSync(join(dist, b)).size > statSync(join(dist, a)).size ? b : a));
			const w = pageWeight(dist, largest, base);
			const verdict = w.total <= BUDGET ? 'ok' : 'OVER';
			if (w.total > BUDGET) over++;
			console.log(
				`${verdict.padEnd(4)} ${`${name}${edition ? ` ${edition}` : ''}`.padEnd(40)} ${kb(w.total).padStart(8)}  (html ${kb(w.html)}, css ${kb(w.css)}, js ${kb(w.js)})  ${largest}`,
			);
		}
	}
	return over > 0 ? 1 : 0;
});
