// npm run measure:weight — after a build: each page type's compressed weight (HTML + CSS + JS, images excluded)
// against the 30 kB budget for a first visit. A report of bytes, which do not vary from run to run.
import { parseArgs } from 'node:util';
import { pageWeight } from '../test/helpers/page-weight.ts';
import { runCli } from './cli.ts';

export const BUDGET = 30 * 1024;

const PAGE_TYPES: Array<[name: string, page: string]> = [
	['home', 'zh-hant/index.html'],
	['article', 'zh-hant/articles/2020/02/08-fuan-mask-production/index.html'],
	['county', 'zh-hant/counties/fuan/index.html'],
	['topic', 'zh-hant/topics/epidemic-control/index.html'],
	['archive', 'zh-hant/archive/index.html'],
	['search (before the index loads)', 'zh-hant/search/index.html'],
	['edition chooser (/)', 'index.html'],
	['404', '404.html'],
];

runCli(() => {
	const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
	let over = 0;
	console.log(`page weight, gzip -9, budget ${BUDGET / 1024} kB`);
	for (const [name, page] of PAGE_TYPES) {
		const w = pageWeight(values.dist, page);
		const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
		const verdict = w.total <= BUDGET ? 'ok' : 'OVER';
		if (w.total > BUDGET) over++;
		console.log(`${verdict.padEnd(4)} ${name.padEnd(32)} ${kb(w.total).padStart(8)}  (html ${kb(w.html)}, css ${kb(w.css)}, js ${kb(w.js)})`);
	}
	return over > 0 ? 1 : 0;
});
