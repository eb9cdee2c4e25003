// npm run measure:conversion [-- --errors] [--missed] [--flags] [--names] [--held-out] [--root DIR] [--set DIR]   (--help lists the options)
// Converts the golden set (test/fixtures/conversion) with plain OpenCC and with the project's converter and prints,
// for each half, wrong Han characters per 10,000 (tuned and held-out lines separately), the characters most often
// wrong, characters of the other script left in either edition, conversion speed, and how much of what is left the
// review list of `npm run check` flags. --errors prints every tuned line the project's converter gets wrong, --missed
// every wrong character of a tuned line the review list does not flag (add --held-out to see the held-out lines too,
// which spoils them as a test of what was tuned), --flags what the review list raises on the typical reports, --names
// the tuned lines whose names come out wrong when another surname or given name takes their place. --set measures a
// folder of bulletins a writer made without seeing the converter instead, at first sight, before they join the set.
import { createConverter } from '../src/convert/convert.ts';
import { readSiteGlossary } from '../src/content-model/glossary-file.ts';
import { openccConverter } from '../src/convert/opencc.ts';
import type { Script, TraditionalVariant } from '../src/core/scripts.ts';
import { failOnProblems, parseCommand, runCli } from './cli.ts';
import { convertLines, converters, errorRate, leakCases, leaks, type LineResult } from './conversion/evaluate.ts';
import { readGoldenSet, type GoldenLine, type Half } from './conversion/golden-set.ts';
import { nameSwaps, type NameSwap } from './conversion/name-swaps.ts';
import { measureNewSet } from './conversion/new-set.ts';
import { reviewListFigures, TYPICAL_REPORT, type MissedError, type NoiseFigure } from './conversion/review-figures.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toSimplified } from '../src/convert/to-simplified.ts';

const halves: Array<[Half, string]> = [
	['s2t', 'Simplified → Traditional (Taiwan standard)'],
	['tw2s', 'Traditional in Taiwan forms → Simplified'],
	['hk2s', 'Traditional in Hong Kong forms → Simplified'],
];

const fixed = (n: number, digits = 2) => n.toFixed(digits).padStart(8);

function printRates(lines: GoldenLine[], opencc: LineResult[], ours: LineResult[]): void {
	console.log('Errors per 10,000 Han characters            OpenCC      ours   (wrong characters: OpenCC / ours, of Han characters)');
	for (const [half, title] of halves) {
		const inHalf = (r: LineResult) => r.line.half === half;
		if (!lines.some((l) => l.half === half)) {
			console.log(`${title}: no lines yet`);
			continue;
		}
		console.log(title);
		for (const [label, keep] of [
			['tuned (70 %)', (r: LineResult) => !r.line.heldOut],
			['held out (30 %)', (r: LineResult) => r.line.heldOut],
			['all', () => true],
		] as const) {
			const a = errorRate(opencc.filter((r) => inHalf(r) && keep(r)));
			const b = errorRate(ours.filter((r) => inHalf(r) && keep(r)));
			console.log(`  ${label.padEnd(40)}${fixed(a.per10k)}  ${fixed(b.per10k)}   (${a.wrong} / ${b.wrong} of ${a.han})`);
		}
	}
}

function printTopCharacters(opencc: LineResult[], ours: LineResult[]): void {
	const count = (results: LineResult[]) => {
		const byChar = new Map<string, { n: number; example: string }>();
		for (const { line, actual, wrong } of results) {
			for (const i of wrong) {
				const key = `${line.source[i] ?? '?'}→${line.expected[i] ?? '?'}`;
				const entry = byChar.get(key) ?? { n: 0, example: '(held-out lines only)' };
				// Examples come from tuned lines only: showing a held-out line would spoil it as a test of what was tuned.
				if (!line.heldOut && entry.example.startsWith('(')) entry.example = `${line.expected.slice(Math.max(0, i - 4), i + 5)} (wrote ${actual[i] ?? '∅'})`;
				entry.n++;
				byChar.set(key, entry);
			}
		}
		return byChar;
	};
	const theirs = count(opencc);
	const mine = count(ours);
	console.log('\nCharacters most often wrong (source→expected: ours, OpenCC; an example of ours from a tuned line)');
	const keys = [...new Set([...mine.keys(), ...theirs.keys()])].sort(
		(a, b) => (mine.get(b)?.n ?? 0) - (mine.get(a)?.n ?? 0) || (theirs.get(b)?.n ?? 0) - (theirs.get(a)?.n ?? 0),
	);
	for (const key of keys.slice(0, 15))
		console.log(`  ${key}  ours ${mine.get(key)?.n ?? 0}, OpenCC ${theirs.get(key)?.n ?? 0}   ${mine.get(key)?.example ?? theirs.get(key)!.example}`);
}

function printLeaks(lines: GoldenLine[]): void {
	console.log('\nCharacters of the other script in the edition              OpenCC    ours');
	for (const leakCase of leakCases) {
		if (!lines.some((l) => l.half === leakCase.half)) continue;
		const a = leaks(lines, converters.opencc, leakCase);
		const b = leaks(lines, converters.ours, leakCase);
		const label = `${leakCase.source} source → ${leakCase.edition === 'zh-Hant' ? 'Traditional' : 'Simplified'} edition`;
		console.log(
			`  ${label.padEnd(54)}${String(a.count).padStart(6)}  ${String(b.count).padStart(6)}  ${b.chars.slice(0, 10).join('') || a.chars.slice(0, 10).join('')}`,
		);
	}
}

/**
 * Characters per second of CPU time converting `paragraphs` with a fresh converter each round (so nothing is memoised),
 * median of five rounds after one to warm up. CPU time rather than the clock, so that other work on a shared machine
 * counts less; both converters are measured the same way.
 */
function speed(paragraphs: string[], make: () => (text: string) => string): number {
	const chars = paragraphs.reduce((sum, p) => sum + p.length, 0);
	const rates: number[] = [];
	for (let round = 0; round < 6; round++) {
		const convert = make();
		const started = process.cpuUsage();
		for (const paragraph of paragraphs) convert(paragraph);
		const { user, system } = process.cpuUsage(started);
		if (round > 0) rates.push(chars / ((user + system) / 1e6));
	}
	return rates.sort((a, b) => a - b)[2]!;
}

/** Length of the long articles the speed is also measured on. */
const ARTICLE_LENGTH = 10_000;

/** Consecutive paragraphs joined into texts of exactly `length` characters (what is left over is dropped). */
function longArticles(paragraphs: string[], length: number): string[] {
	const all = paragraphs.join('');
	return Array.from({ length: Math.floor(all.length / length) }, (_, i) => all.slice(i * length, (i + 1) * length));
}

function printSpeed(lines: GoldenLine[]): void {
	console.log('\nSpeed, characters per CPU second (with content/glossary.yaml; median of 5 rounds)          OpenCC      ours');
	const glossary = readSiteGlossary();
	const row = (title: string, paragraphs: string[], from: Script, to: Script, variant: TraditionalVariant) => {
		const a = speed(paragraphs, () => openccConverter(from, to, variant));
		const b = speed(paragraphs, () => createConverter({ from, to, variant, glossary }));
		console.log(`  ${title.padEnd(86)}${(a / 1e6).toFixed(2).padStart(6)} M  ${(b / 1e6).toFixed(2).padStart(6)} M`);
	};
	for (const [half, title] of halves) {
		const sources = lines.filter((l) => l.half === half).map((l) => l.source);
		if (sources.length === 0) continue;
		const paragraphs = Array.from({ length: Math.ceil(sources.length / 10) }, (_, i) => sources.slice(i * 10, i * 10 + 10).join(''));
		row(
			`${title}, golden set in paragraphs of 10 lines`,
			paragraphs,
			half === 's2t' ? 'zh-Hans' : 'zh-Hant',
			half === 's2t' ? 'zh-Hant' : 'zh-Hans',
			half === 'hk2s' ? 'hk' : 'tw',
		);
		// The same paragraphs as long articles: the rate should not fall with the length of a text.
		const articles = longArticles(paragraphs, ARTICLE_LENGTH);
		if (half === 's2t' && articles.length > 0)
			row(`${title}, golden set in ${articles.length} articles of ${ARTICLE_LENGTH.toLocaleString('en')} characters`, articles, 'zh-Hans', 'zh-Hant', 'tw');
	}
	const typical = toSimplified(readFileSync(join(process.cwd(), TYPICAL_REPORT), 'utf8'))
		.split('\n')
		.filter((line) => line.trim() !== '');
	row(`Simplified → Traditional, a typical report (${TYPICAL_REPORT} in Simplified, by paragraph)`, typical, 'zh-Hans', 'zh-Hant', 'tw');
}

function printErrors(ours: LineResult[], opencc: LineResult[], heldOut: boolean): void {
	console.log(`\nLines the project converter gets wrong${heldOut ? '' : ' (tuned lines only)'}`);
	ours.forEach((result, index) => {
		if (result.wrong.length === 0 || (result.line.heldOut && !heldOut)) return;
		const { line, actual, wrong } = result;
		const mark = (text: string) => [...text].map((c, i) => (wrong.includes(i) ? `[${c}]` : c)).join('');
		console.log(`${line.file}:${line.line}${line.heldOut ? ' (held out)' : ''}`);
		console.log(`  source   ${line.source}`);
		console.log(`  expected ${mark(line.expected)}`);
		console.log(`  ours     ${mark(actual)}`);
		console.log(`  OpenCC   ${opencc[index]!.actual}`);
	});
}

function printMissed(missed: readonly MissedError[], heldOut: boolean): void {
	console.log(`\nWrong characters the review list does not flag${heldOut ? '' : ' (tuned lines only)'}`);
	for (const { line, index, wrote, choice } of missed) {
		if (line.heldOut && !heldOut) continue;
		const how = choice ? `settled by ${choice.settledBy}${choice.doubt ? `, doubt ${choice.doubt}` : ''}, forms ${choice.forms.join('')}` : 'one form only';
		console.log(
			`${line.file}:${line.line}${line.heldOut ? ' (held out)' : ''}  ${line.source[index]} wrote ${wrote}, expected ${line.expected[index]} (${how})`,
		);
		console.log(`  ${line.source.slice(0, index)}[${line.source[index]}]${line.source.slice(index + 1)}`);
	}
}

/** How many names stay right when another surname or given name takes their place, tuned and held-out lines apart. */
function printNameSwaps(lines: readonly GoldenLine[], listWrong: boolean): void {
	const convert = converters.ours('zh-Hans', 'zh-Hant', 'tw');
	const swaps = nameSwaps(lines);
	// Only the name counts: the line may have other errors of its own, which --errors shows.
	const nameOf = (text: string, swap: NameSwap) => text.slice(swap.index, swap.index + 3);
	const wrong = swaps.filter((swap) => nameOf(convert(swap.source), swap) !== nameOf(swap.expected, swap));
	const share = (keep: (swap: NameSwap) => boolean) => {
		const all = swaps.filter(keep).length;
		const right = all - wrong.filter(keep).length;
		return `${right} of ${all} (${all ? ((100 * right) / all).toFixed(1) : '0.0'} %)`;
	};
	console.log(`\nNames swapped for others (a surname or a given name's character of several forms put in each name's place)`);
	console.log(`  written right: tuned ${share((s) => !s.line.heldOut)}, held out ${share((s) => s.line.heldOut)}`);
	if (!listWrong) return;
	// Tuned lines only, as for --errors: a held-out line seen is spoilt as a test.
	for (const swap of wrong.filter((s) => !s.line.heldOut)) {
		console.log(`${swap.line.file}:${swap.line.line}  ${swap.from}→${swap.to}`);
		console.log(`  expected ${swap.expected}\n  ours     ${convert(swap.source)}`);
	}
}

function printFlags(typical: readonly NoiseFigure[]): void {
	console.log('\nWhat the review list raises on the typical reports ([source→chosen])');
	for (const { source, flagged } of typical) {
		console.log(`${source}: ${flagged.length}`);
		for (const clause of flagged) console.log(`  ${clause}`);
	}
}

function printNewSet(folder: string): number {
	const figures = measureNewSet(folder);
	if (figures.length === 0) {
		console.log(`no NAME.txt with NAME.tw.txt or NAME.hans.txt in ${folder}`);
		return 1;
	}
	const total = { han: 0, ours: 0, opencc: 0 };
	for (const figure of figures) {
		const { file, direction, variant, han, ours, opencc, flags, flaggedErrors, errors, misaligned } = figure;
		total.han += han;
		total.ours += ours;
		total.opencc += opencc;
		const review = flags === undefined ? '' : `, ${flaggedErrors} of ours flagged, ${flags} flags`;
		console.log(`${file} (${direction}, ${variant}): ${han} Han characters, ours ${ours} wrong, OpenCC ${opencc}${review}`);
		if (misaligned.length > 0) console.log(`  lines of different lengths in the two versions (the writer's slip): ${misaligned.join(', ')}`);
		for (const { line, context, flagged } of errors) console.log(`  ${flagged ? 'F' : ' '} ${line}: ${context}`);
	}
	const per10k = (n: number) => ((n / total.han) * 10_000).toFixed(1);
	console.log(
		`\nall: ${total.han} Han characters, ours ${total.ours} wrong (${per10k(total.ours)} / 10,000), OpenCC ${total.opencc} (${per10k(total.opencc)})`,
	);
	return 0;
}

const spec = {
	command: 'npm run measure:conversion',
	summary: {
		zh: '用黃金句子集比較 OpenCC 和本站轉換器：每萬字錯字數、最常錯的字、殘留的另一種字體、速度、檢查清單抓到多少',
		en: "compares OpenCC and the project's converter on the golden set: errors per 10,000 characters, the commonest errors, characters of the other script left, speed, what the review list catches",
	},
	options: {
		errors: {
			type: 'boolean',
			help: { zh: '列出本站轉換器轉錯的每一行（調校用的那部分）', en: "lists every line the project's converter gets wrong (of the tuned part)" },
		},
		missed: {
			type: 'boolean',
			help: {
				zh: '列出檢查清單沒有抓到的錯字（調校用的那部分），附上轉換器怎麼選的',
				en: 'lists the wrong characters the review list misses (of the tuned part), with how the converter chose them',
			},
		},
		flags: {
			type: 'boolean',
			help: { zh: '列出檢查清單在幾篇一般快訊裡提出的每一條', en: 'lists every question the review list asks on the typical bulletins' },
		},
		names: {
			type: 'boolean',
			help: {
				zh: '把每個人名的姓或名字換成其他一字多形的字，列出轉錯的句子（調校用的那部分）',
				en: "swaps each name's surname or given name for other characters of several forms and lists the sentences converted wrong (of the tuned part)",
			},
		},
		'held-out': {
			type: 'boolean',
			help: {
				zh: '與 --errors 或 --missed 一起用：也列出留作檢驗的那部分（看過就不再是檢驗）',
				en: 'with --errors or --missed: lists the held-out part too (once seen, it no longer tests anything)',
			},
		},
		set: {
			type: 'string',
			value: { zh: '<資料夾>', en: '<folder>' },
			help: {
				zh: '改為量一批新寫的快訊（NAME.txt 配手寫的 NAME.tw.txt 或 NAME.hans.txt）：每篇本站和 OpenCC 各錯幾個字，列出本站每個錯字和檢查清單有沒有問到（F）',
				en: "measures a folder of new bulletins instead (NAME.txt with its hand-made NAME.tw.txt or NAME.hans.txt): each one's wrong characters, ours and OpenCC's, and each of ours with whether the review list asks about it (F)",
			},
		},
		root: {
			type: 'string',
			default: process.cwd(),
			value: { zh: '<資料夾>', en: '<folder>' },
			help: { zh: '在這個專案資料夾找 test/fixtures/conversion', en: 'the project folder to find test/fixtures/conversion in' },
		},
	},
	examples: [
		'npm run measure:conversion',
		'npm run measure:conversion -- --errors',
		'npm run measure:conversion -- --missed --flags',
		'npm run measure:conversion -- --set /tmp/new-bulletins',
	],
} as const;

runCli(() => {
	const { values, problems } = parseCommand(spec);
	failOnProblems(spec, problems);
	if (values.set !== undefined) return printNewSet(values.set);
	const lines = readGoldenSet(values.root);
	if (lines.length === 0) {
		console.log(`no golden set under ${values.root}/test/fixtures/conversion`);
		return 1;
	}
	const heldOut = lines.filter((l) => l.heldOut).length;
	const perHalf = halves.map(([half]) => `${half} ${lines.filter((l) => l.half === half).length}`).join(', ');
	console.log(`Golden set: ${lines.length} lines (${lines.length - heldOut} tuned, ${heldOut} held out by hash): ${perHalf}\n`);
	const opencc = convertLines(lines, converters.opencc);
	const ours = convertLines(lines, converters.ours);
	printRates(lines, opencc, ours);
	printTopCharacters(opencc, ours);
	printLeaks(lines);
	printSpeed(lines);
	const review = reviewListFigures(ours, values.root);
	console.log(`\nReview list (glossary empty): flags ${review.flaggedErrors} of the converter's ${review.errors} remaining errors on the Simplified half`);
	console.log(`  recall: tuned ${review.recall.tuned}, held out ${review.recall.heldOut}, all ${review.recall.all}`);
	console.log('  flags per 2,000 Han characters on typical reports:');
	for (const { source, han, flags, per2000, errors } of review.typical) {
		const checked = errors && `; against its hand-checked Traditional: ours ${errors.ours} wrong (${errors.flagged} flagged), OpenCC ${errors.opencc}`;
		console.log(`    ${per2000.toFixed(2).padStart(5)}  ${source} (${flags} flags, ${han} Han characters${checked ?? ''})`);
	}
	console.log(`    ${review.typicalPer2000.toFixed(2).padStart(5)}  all of them (${review.typicalHan} Han characters)`);
	console.log(`  on the golden set ${review.goldenPer2000.toFixed(2)} (written around traps)`);
	if (values.errors) printErrors(ours, opencc, values['held-out'] === true);
	if (values.missed) printMissed(review.missed, values['held-out'] === true);
	if (values.flags) printFlags(review.typical);
	printNameSwaps(lines, values.names === true);
	return 0;
});
