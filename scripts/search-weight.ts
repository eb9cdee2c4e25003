// npm run measure:search -- [--query 口罩] [--root .]
// Opens the built site's search page with a query in Chromium (cold cache) and reports every byte it downloads,
// raw and gzip-compressed, and how long results took to show. A measurement to print, never a timed test.
import { parseArgs } from 'node:util';
import { measureSearchDownloads } from './bench/search-download.ts';
import { runCli } from './cli.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

runCli(async () => {
	const { values } = parseArgs({ options: { query: { type: 'string', multiple: true }, root: { type: 'string', default: '.' } } });
	for (const m of await measureSearchDownloads(values.root, values.query ?? ['口罩'])) {
		console.log(
			`\n${m.edition} ?q=${m.query}: ${m.results} results shown ${m.ms} ms after navigation; ${m.requests.length} requests, ${kb(m.bytes)} raw, ${kb(m.gzip)} gzip`,
		);
		for (const r of m.requests) console.log(`  ${kb(r.gzip).padStart(9)} gzip ${kb(r.bytes).padStart(9)} raw  ${r.path}`);
	}
	return 0;
});
