// npm run measure:search -- [--query 口罩] [--root .] [--quality zh-hant]
// Opens the built site's search page with a query in Chromium (cold cache) and reports every byte it downloads,
// raw and gzip-compressed, and how long results took to show. With --quality it instead runs the queries against
// an edition's index and compares the results with the articles containing each query. Measurements to print,
// never timed tests.
import { measureSearchDownloads } from './bench/search-download.ts';
import { measureSearchQuality } from './bench/search-quality.ts';
import { failOnProblems, parseCommand, runCli } from './cli.ts';

const spec = {
	command: 'npm run measure:search',
	summary: '建站之後在 Chromium 裏打開搜尋頁，量一次搜尋下載多少位元組、多久出結果；或用 --quality 量搜尋結果的準確度',
	options: {
		query: { type: 'string', multiple: true, value: '<詞>', help: '要搜尋的詞（預設 口罩）' },
		root: { type: 'string', default: '.', value: '<資料夾>', help: '專案資料夾（裏面有建好的 dist/）' },
		quality: { type: 'string', value: '<zh-hant|zh-hans>', help: '改為量這一版的搜尋品質：每個詞的精確率、召回率和前十條' },
	},
	examples: ['npm run measure:search -- --query 口罩 --query 疫情防控', 'npm run measure:search -- --quality zh-hant --query 福安'],
} as const;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

runCli(async () => {
	const { values, problems } = parseCommand(spec);
	failOnProblems(spec, problems);
	const queries = values.query ?? ['口罩'];
	if (values.quality) {
		console.log('query        found  containing  precision  recall  first ten');
		for (const q of await measureSearchQuality(values.root, values.quality, queries)) {
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
