// npm run bench -- --articles N [--baseline] [--shards K [--only-shards]] [--json bench.json] [--keep]
// Generates N articles from the sample's sentences, builds them in a temporary folder and prints each stage's
// seconds, peak memory, sizes, pages per second and what a first search downloads. With --baseline it also builds
// the same articles the plain way (one edition, one minimal page per article, the pagefind CLI with defaults) in
// the same run and prints our figures as ratios to it. With --shards K it builds the same articles again in K shards
// and an assembly, as separate CI jobs would, and compares the result with the single build (with --only-shards it
// builds only the shards and the assembly, for archives one build cannot hold). Numbers vary with the machine's load: run it on a quiet machine.
import { cpus, totalmem } from 'node:os';
import { appendFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { editions, searchBundlePath } from '../src/core/editions.ts';
import { createProject, projectRoot, sampleSite, sampleContentWith } from './lib/build-site.ts';
import { writeCorpus } from './bench/corpus.ts';
import { between, measure, reported, type MeasuredRun } from './bench/measure-build.ts';
import { measureSearchDownloads } from './bench/search-download.ts';
import { measureSearchQuality, type QueryQuality } from './bench/search-quality.ts';
import { measureShardedBuild, siteHashes, type ShardedBuild } from './bench/sharded-build.ts';
import { failOnProblems, parseCommand, runCli } from './cli.ts';

const spec = {
	command: 'npm run bench',
	summary: {
		zh: '用樣本句子生成 N 篇快訊，在臨時資料夾裏建站，列出每個階段的秒數、記憶體峰值、大小和搜尋下載量',
		en: "generates N bulletins from sample sentences, builds them in a temporary folder, and lists each stage's seconds, peak memory, sizes and search downloads",
	},
	options: {
		articles: { type: 'string', default: '1000', value: '<N>', help: { zh: '生成多少篇', en: 'how many to generate' } },
		sample: {
			type: 'boolean',
			help: {
				zh: '不生成文章，量樣本網站本身（test/fixtures/sample-site）',
				en: 'generates nothing and measures the sample site itself (test/fixtures/sample-site)',
			},
		},
		baseline: {
			type: 'boolean',
			help: {
				zh: '另外用最簡單的做法（單一版本 + pagefind 預設）建同樣的文章，列出比值',
				en: "also builds the same articles the simplest way (one edition, pagefind's defaults) and lists the ratios",
			},
		},
		shards: {
			type: 'string',
			value: '<K>',
			help: {
				zh: '另外分成 K 片建置再組合（像 CI 的 K 個工作加一個組合工作），和單次建置逐檔比較',
				en: "also builds in K shards and an assembly (as CI's K jobs and one more) and compares them file by file with the whole build",
			},
		},
		'only-shards': {
			type: 'boolean',
			help: {
				zh: '和 --shards 一起用：只量分片建置和組合，不做單次建置（大到一台機器建不完的檔案庫）',
				en: 'with --shards: measures only the shards and the assembly, no whole build (an archive too large for one machine)',
			},
		},
		json: { type: 'string', value: { zh: '<檔案>', en: '<file>' }, help: { zh: '把結果另存為 JSON', en: 'also saves the results as JSON' } },
		keep: { type: 'boolean', help: { zh: '保留臨時資料夾以便查看', en: 'keeps the temporary folder to look at' } },
	},
	examples: [
		'npm run bench -- --articles 1000 --baseline',
		'npm run bench -- --articles 2000 --shards 3',
		'npm run bench -- --sample',
		'npm run bench -- --articles 200 --json bench.json --keep',
	],
} as const;

const ASTRO = join(projectRoot, 'node_modules/astro/bin/astro.mjs');

function folderBytes(dir: string, filter: (file: string) => boolean = () => true): number {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter(filter)
		.map((f) => join(dir, f))
		.filter((f) => statSync(f).isFile())
		.reduce((sum, f) => sum + statSync(f).size, 0);
}

// Place names, people, topics and common words of the corpus, as each edition writes them.
const QUALITY_QUERIES = {
	'zh-hant': [
		'口罩',
		'疫情防控',
		'福安',
		'周寧',
		'柘榮',
		'霞浦',
		'古田',
		'葉其發',
		'郭錫文',
		'復工',
		'捐贈',
		'隔離',
		'消毒',
		'防疫',
		'物資',
		'檢查',
		'社區',
		'企業',
		'生產線',
		'幹部',
	],
	'zh-hans': [
		'口罩',
		'疫情防控',
		'福安',
		'周宁',
		'柘荣',
		'霞浦',
		'古田',
		'叶其发',
		'郭锡文',
		'复工',
		'捐赠',
		'隔离',
		'消毒',
		'防疫',
		'物资',
		'检查',
		'社区',
		'企业',
		'生产线',
		'干部',
	],
};

/** Mean of one measure over all queries. */
const mean = (measured: QueryQuality[], key: 'precision' | 'recall' | 'precisionAt10') => measured.reduce((sum, q) => sum + q[key], 0) / measured.length;

const htmlPages = (dist: string) => readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;

/** The plain way to build the same articles: one edition, one minimal page per article, no conversion, no checks. */
function writeBaselineProject(root: string): void {
	mkdirSync(join(root, 'src/pages'), { recursive: true });
	writeFileSync(
		join(root, 'astro.config.mjs'),
		"import { defineConfig } from 'astro/config';\nexport default defineConfig({ site: 'https://example.gov.cn' });\n",
	);
	writeFileSync(
		join(root, 'src/content.config.ts'),
		"import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { articles: defineCollection({ loader: glob({ pattern: '**/*.md', base: './content/articles' }) }) };\n",
	);
	writeFileSync(
		join(root, 'src/pages/[...id].astro'),
		'---\nimport { getCollection, render } from \'astro:content\';\nexport async function getStaticPaths() {\n\treturn (await getCollection(\'articles\')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));\n}\nconst { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang="zh-Hant"><head><meta charset="utf-8"><title>{entry.data.title}</title></head><body><h1>{entry.data.title}</h1><Content /></body></html>\n',
	);
}

function stages(run: MeasuredRun) {
	return {
		contentLoad: between(run.lines, /\[content\] Syncing content/, /\[content\] Synced content/),
		pageRender: between(run.lines, /generating static routes/, /Completed in/),
		imageProcessing: between(run.lines, /generating optimized images/, /Completed in/),
		conversion: reported(run.lines, /script conversion took/),
		searchIndexing: reported(run.lines, /search indexing took/),
		compression: reported(run.lines, /\[bulletin-precompress\]/),
		finalCheck: reported(run.lines, /checked the built site/),
		// Only in the assembly of a sharded build.
		shardCopy: reported(run.lines, /copied \d+ files from the shards/),
		// Only in a build of changes: taking the unchanged files from the published site.
		keepPublished: reported(run.lines, /publishing changes: \d+ pages rendered/),
	};
}

const fmt = (n: number | undefined, unit = 's') => (n === undefined ? '—' : `${n.toFixed(1)} ${unit}`);

/** A sharded build's figures for --json: each job's time, peak memory and stages, and the files that differ from the single build. */
const shardedFigures = (sharded: ShardedBuild) => ({
	shards: sharded.shards.map((run) => ({ seconds: run.seconds, peakMB: run.peakMB, stages: stages(run) })),
	assembly: { seconds: sharded.assembly.seconds, peakMB: sharded.assembly.peakMB, stages: stages(sharded.assembly) },
	differing: sharded.differing,
});

function printShardedBuild(sharded: ShardedBuild): void {
	const slowest = Math.max(...sharded.shards.map((run) => run.seconds));
	const stageLine = (run: MeasuredRun) =>
		Object.entries(stages(run))
			.map(([stage, seconds]) => `${stage} ${fmt(seconds)}`)
			.join(', ');
	console.log(`in ${sharded.shards.length} shards, each a fresh project with an empty cache, then an assembly:`);
	sharded.shards.forEach((run, i) => console.log(`  shard ${i + 1}: ${fmt(run.seconds)}, peak ${fmt(run.peakMB, 'MB')} (${stageLine(run)})`));
	console.log(
		`  assembly: ${fmt(sharded.assembly.seconds)}, peak ${fmt(sharded.assembly.peakMB, 'MB')} (${stageLine(sharded.assembly)}); with the shards in parallel jobs ${fmt(slowest + sharded.assembly.seconds)} from start to dist/`,
	);
	if (sharded.differing === undefined) return;
	console.log(
		sharded.differing.length === 0
			? '  output identical to the single build, file for file'
			: `  ${sharded.differing.length} files differ from the single build: ${sharded.differing.slice(0, 10).join(', ')}`,
	);
}

runCli(async () => {
	const { values, problems } = parseCommand(spec);
	let count = Number(values.articles);
	if (!values.sample && (!Number.isInteger(count) || count < 1)) problems.push(`--articles 要寫正整數，不是 ${values.articles}`);
	const shardCount = values.shards === undefined ? 0 : Number(values.shards);
	if (!Number.isInteger(shardCount) || shardCount < 0) problems.push(`--shards 要寫正整數，不是 ${values.shards}`);
	if (values['only-shards'] && shardCount === 0) problems.push('--only-shards 要和 --shards K 一起用');
	failOnProblems(spec, problems);
	let root: string;
	// The generated articles' ids (the sample site's when --sample), for the corrected article.
	let corpusIds: string[];
	if (values.sample) {
		root = createProject(sampleSite);
		corpusIds = readdirSync(join(root, 'content/articles'), { recursive: true, encoding: 'utf8' })
			.filter((f) => /\.md$/.test(f))
			.map((f) => f.replace(/\.md$/, ''))
			.sort();
		count = corpusIds.length;
	} else {
		root = createProject(sampleContentWith((content) => rmSync(join(content, 'articles'), { recursive: true })));
		const corpusStarted = performance.now();
		corpusIds = (await writeCorpus(join(root, 'content'), { sample: sampleSite, count })).ids;
		console.log(`generated the corpus in ${((performance.now() - corpusStarted) / 1000).toFixed(1)} s`);
	}
	// The stage timings are read from the build's log lines (stages above), which follow site.yaml's `messages`.
	appendFileSync(join(root, 'content/site.yaml'), '\nmessages: en\n');
	console.log(`bench: ${count} articles${values.sample ? ' (the sample site)' : ''} on ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);

	if (values['only-shards']) {
		const sharded = await measureShardedBuild(join(root, 'content'), shardCount, ASTRO);
		printShardedBuild(sharded);
		if (values.json)
			writeFileSync(
				values.json,
				JSON.stringify(
					{ articles: count, machine: { cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30) }, sharded: shardedFigures(sharded) },
					null,
					'\t',
				),
			);
		rmSync(root, { recursive: true, force: true });
		return 0;
	}
	const ours = await measure(process.execPath, [ASTRO, 'build'], root);
	if (ours.status !== 0) throw new Error(`our build failed:\n${ours.lines.map((l) => l.text).join('\n')}`);
	const dist = join(root, 'dist');
	const oursPages = htmlPages(dist);
	// A common word, a common phrase of four characters, and a term in no article (which searches every bundle).
	const downloads = await measureSearchDownloads(root, ['口罩', '疫情防控', '火星人'], ['zh-hant']);
	const quality = [];
	for (const [edition, queries] of Object.entries(QUALITY_QUERIES)) quality.push(...(await measureSearchQuality(root, edition, queries)));
	const sharded = shardCount > 0 ? await measureShardedBuild(join(root, 'content'), shardCount, ASTRO, siteHashes(dist)) : undefined;

	// An urgent bulletin: one new file, published the fast way (`npm run build:changes`: only the pages it changes are
	// rendered, over the published dist/ and with the caches the first build left), then a corrected title the same way.
	mkdirSync(join(root, 'content/articles/2022/12'), { recursive: true });
	const urgentFile = join(root, 'content/articles/2022/12/31-fuan-urgent-notice.md');
	writeFileSync(
		urgentFile,
		'---\ntitle: 緊急通告:福安市今日起暫停大型集會\ndate: 2022-12-31 18:30\nurgent: true\ncounty: fuan\ntopics: [epidemic-control]\n---\n\n即日起全市暫停大型集會活動,請市民配合。\n',
	);
	const changesBuild = async (what: string) => {
		const run = await measure(process.execPath, [ASTRO, 'build'], root, { ...process.env, BULLETIN_PART: 'changes' });
		if (run.status !== 0) throw new Error(`publishing ${what} with build:changes failed:\n${run.lines.map((l) => l.text).join('\n')}`);
		return run;
	};
	const urgent = await changesBuild('one urgent bulletin');
	const correctedFile = join(root, 'content/articles', `${corpusIds[Math.floor(corpusIds.length / 2)]}.md`);
	writeFileSync(correctedFile, readFileSync(correctedFile, 'utf8').replace(/^title: (.*)$/m, 'title: 更正:$1'));
	const correction = await changesBuild('one corrected title');
	// The content check, which the publish workflow runs beside the build, and the same two changes through a whole
	// build with warm caches (what a push that also changes code goes through).
	const check = await measure(process.execPath, ['scripts/check.ts'], root);
	if (check.status !== 0) throw new Error(`the check with one urgent bulletin failed:\n${check.lines.map((l) => l.text).join('\n')}`);
	const warm = await measure(process.execPath, [ASTRO, 'build'], root);
	if (warm.status !== 0) throw new Error(`the whole rebuild with one urgent bulletin failed:\n${warm.lines.map((l) => l.text).join('\n')}`);
	rmSync(urgentFile);
	const o = {
		seconds: ours.seconds,
		peakMB: ours.peakMB,
		stages: stages(ours),
		htmlPages: oursPages,
		pagesPerSecond: oursPages / ours.seconds,
		outputMB: folderBytes(dist, (f) => !/\.(br|gz)$/.test(f)) / 1e6,
		indexMB: editions.reduce((bytes, edition) => bytes + folderBytes(join(dist, searchBundlePath(edition))), 0) / 1e6,
		urgentSeconds: urgent.seconds,
		urgentPeakMB: urgent.peakMB,
		urgentStages: stages(urgent),
		correctionSeconds: correction.seconds,
		checkSeconds: check.seconds,
		warmRebuildSeconds: warm.seconds,
		warmRebuildStages: stages(warm),
		firstSearch: downloads.map((d) => ({ query: d.query, results: d.results, ms: d.ms, gzipKB: d.gzip / 1024, requests: d.requests.length })),
		searchQuality: { precision: mean(quality, 'precision'), recall: mean(quality, 'recall'), precisionAt10: mean(quality, 'precisionAt10'), queries: quality },
	};
	const result: Record<string, unknown> = { articles: count, machine: { cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30) }, ours: o };
	if (sharded) result.sharded = shardedFigures(sharded);

	if (values.baseline) {
		const base = createProject(sampleContentWith(() => {}));
		rmSync(join(base, 'content'), { recursive: true });
		rmSync(join(base, 'src'), { recursive: true });
		rmSync(join(base, 'astro.config.mjs'));
		writeBaselineProject(base);
		// The same article files; frontmatter fields the plain page does not use are simply ignored.
		cpSync(join(root, 'content/articles'), join(base, 'content/articles'), { recursive: true });
		const build = await measure(process.execPath, [ASTRO, 'build'], base);
		const index = await measure(join(projectRoot, 'node_modules/.bin/pagefind'), ['--site', 'dist'], base);
		const seconds = build.seconds + index.seconds;
		const peakMB = Math.max(build.peakMB, index.peakMB);
		result.baseline = { seconds, peakMB, astroSeconds: build.seconds, pagefindSeconds: index.seconds, htmlPages: htmlPages(join(base, 'dist')) };
		result.ratios = { wallTime: o.seconds / seconds, peakMemory: o.peakMB / peakMB };
		if (!values.keep) rmSync(base, { recursive: true, force: true });
	}

	console.log(
		`\nours: ${fmt(o.seconds)} wall, peak ${fmt(o.peakMB, 'MB')}, ${o.htmlPages} pages (${o.pagesPerSecond.toFixed(0)} pages/s), output ${fmt(o.outputMB, 'MB')}, index ${fmt(o.indexMB, 'MB')}`,
	);
	for (const [stage, seconds] of Object.entries(o.stages)) console.log(`  ${stage.padEnd(16)} ${fmt(seconds)}`);
	console.log(
		`  one urgent bulletin added, npm run build:changes: ${fmt(o.urgentSeconds)}, peak ${fmt(o.urgentPeakMB, 'MB')} (${Object.entries(o.urgentStages)
			.map(([stage, seconds]) => `${stage} ${fmt(seconds)}`)
			.join(', ')})`,
	);
	console.log(`  then one corrected title, npm run build:changes: ${fmt(o.correctionSeconds)}`);
	console.log(
		`  the same two through a whole build with warm caches: ${fmt(o.warmRebuildSeconds)} (${Object.entries(o.warmRebuildStages)
			.map(([stage, seconds]) => `${stage} ${fmt(seconds)}`)
			.join(', ')}); npm run check beside it ${fmt(o.checkSeconds)}`,
	);
	for (const s of o.firstSearch) console.log(`  first search "${s.query}": ${s.gzipKB.toFixed(0)} kB gzip, results after ${s.ms} ms`);
	const q = o.searchQuality;
	console.log(
		`  search quality over ${q.queries.length} queries (vs. articles containing the query): precision ${q.precision.toFixed(3)}, recall ${q.recall.toFixed(3)}, first ten ${q.precisionAt10.toFixed(3)}`,
	);
	if (sharded) printShardedBuild(sharded);
	if (result.baseline) {
		const b = result.baseline as { seconds: number; peakMB: number; astroSeconds: number; pagefindSeconds: number; htmlPages: number };
		const r = result.ratios as { wallTime: number; peakMemory: number };
		console.log(
			`baseline: ${fmt(b.seconds)} wall (astro ${fmt(b.astroSeconds)}, pagefind ${fmt(b.pagefindSeconds)}), peak ${fmt(b.peakMB, 'MB')}, ${b.htmlPages} pages`,
		);
		console.log(`ratios (ours / baseline): wall time ${r.wallTime.toFixed(2)}×, peak memory ${r.peakMemory.toFixed(2)}×`);
	}
	if (values.json) writeFileSync(values.json, JSON.stringify(result, null, '\t'));
	if (values.keep) console.log(`kept ${root}`);
	else rmSync(root, { recursive: true, force: true });
	return 0;
});
