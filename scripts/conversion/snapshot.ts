// npm run snapshot:conversion -- --write FILE | --check FILE
// Everything the converters and the review list produce on the golden set, the typical bulletins and the seed, one
// record a line: with --write it is saved, with --check it is compared with a saved file and every record that differs
// is printed. A change to how the rules are applied (caching, indexing, speed) must leave the file byte-identical; a
// change to what the rules say is expected to change it, and is measured with `npm run measure:conversion` instead.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintConversion } from '../../src/content-model/conversion-lint.ts';
import { readSiteGlossary } from '../../src/content-model/glossary-file.ts';
import { createConverter } from '../../src/convert/convert.ts';
import type { GlossaryPair } from '../../src/convert/glossary.ts';
import { choicesToReview } from '../../src/convert/review.ts';
import { toSimplified } from '../../src/convert/to-simplified.ts';
import type { TraditionalVariant } from '../../src/core/scripts.ts';
import { namesIn, type Choice } from '../../src/convert/to-traditional.ts';
import { failOnProblems, parseCommand, runCli } from '../cli.ts';
import { GOLDEN_SET_DIR, halfVariant, readGoldenSet } from './golden-set.ts';
import { TYPICAL_REPORT } from './review-figures.ts';

/** One text to convert, as a document: its name, its script and its text (lines are its paragraphs). */
interface Document {
	name: string;
	script: 'zh-Hans' | 'zh-Hant';
	variant: TraditionalVariant;
	text: string;
}

/** The golden set's files as documents (one source line a paragraph), every typical text, and the seed in both scripts. */
function documents(root: string): Document[] {
	const byFile = new Map<string, Document>();
	for (const line of readGoldenSet(root)) {
		const document = byFile.get(line.file);
		if (document) document.text += `\n${line.source}`;
		else byFile.set(line.file, { name: line.file, script: line.half === 's2t' ? 'zh-Hans' : 'zh-Hant', variant: halfVariant[line.half], text: line.source });
	}
	const typical = `${GOLDEN_SET_DIR}/typical`;
	const bulletins = readdirSync(join(root, typical))
		.filter((file) => file.endsWith('.txt'))
		.sort()
		.map((file): Document => {
			const traditional = file.endsWith('.tw.txt');
			return { name: `${typical}/${file}`, script: traditional ? 'zh-Hant' : 'zh-Hans', variant: 'tw', text: readFileSync(join(root, typical, file), 'utf8') };
		});
	const seed = readFileSync(join(root, TYPICAL_REPORT), 'utf8');
	return [
		...byFile.values(),
		...bulletins,
		{ name: TYPICAL_REPORT, script: 'zh-Hant', variant: 'tw', text: seed },
		{ name: `${TYPICAL_REPORT} (in Simplified)`, script: 'zh-Hans', variant: 'tw', text: toSimplified(seed) },
	];
}

const choiceRecord = (c: Choice) => `${c.index}${c.source}${c.chosen}/${c.forms.join('')}/${c.settledBy}/${c.doubt ?? ''}`;

/**
 * The records of one document converted into the other script: each paragraph alone (with the document's names, as the
 * build converts text nodes) and the whole text in one call, each with the review list's flags and every choice for a
 * Simplified source; with the site glossary too, and the lint of `npm run check`.
 */
function records(document: Document, glossary: readonly GlossaryPair[]): string[] {
	const { name, script, variant, text } = document;
	const to = script === 'zh-Hans' ? 'zh-Hant' : 'zh-Hans';
	const names = script === 'zh-Hans' ? namesIn(text) : undefined;
	const out: string[] = [`${name}\tnames\t${[...(names ?? [])].join(',')}`];
	const convertOne = (label: string, piece: string, pairs: readonly GlossaryPair[]) => {
		const convert = createConverter({ from: script, to, variant, glossary: pairs, names });
		out.push(`${name}\t${label}\t${JSON.stringify(convert(piece))}`);
		if (script !== 'zh-Hans') return;
		const choices: Choice[] = [];
		const traced = convert(piece, choices);
		out.push(`${name}\t${label} traced\t${JSON.stringify(traced)}`);
		out.push(`${name}\t${label} choices\t${choices.map(choiceRecord).join(' ')}`);
		out.push(`${name}\t${label} flags\t${choicesToReview(choices, piece).map(choiceRecord).join(' ')}`);
	};
	text.split('\n').forEach((paragraph, i) => convertOne(`paragraph ${i + 1}`, paragraph, []));
	convertOne('article', text, []);
	convertOne('article with the site glossary', text, glossary);
	if (script === 'zh-Hans')
		for (const problem of lintConversion([{ file: name, text, script }], glossary, variant))
			out.push(`${name}\tcheck\t${problem.line}: ${problem.message} (${problem.hint ?? ''})`);
	return out;
}

const spec = {
	command: 'npm run snapshot:conversion',
	summary: {
		zh: '記下轉換器和檢查清單在黃金句子集、一般快訊和種子頁上的全部輸出，或和記下的比對（只改速度的改動必須一字不差）',
		en: 'records all the converter and the review list produce on the golden set, the typical bulletins and the seed, or compares it with a record (a change of speed only must leave it identical)',
	},
	options: {
		write: { type: 'string', value: { zh: '<檔案>', en: '<file>' }, help: { zh: '把輸出寫進這個檔案', en: 'writes the records to this file' } },
		check: {
			type: 'string',
			value: { zh: '<檔案>', en: '<file>' },
			help: { zh: '和這個檔案比對，列出每一條不同的', en: 'compares with this file and lists every record that differs' },
		},
	},
	examples: ['npm run snapshot:conversion -- --write /tmp/before.txt', 'npm run snapshot:conversion -- --check /tmp/before.txt'],
} as const;

runCli(() => {
	const { values, problems } = parseCommand(spec);
	if (!values.write === !values.check) problems.push('give one of --write <file> and --check <file>');
	failOnProblems(spec, problems);
	const glossary = readSiteGlossary();
	const lines = documents(process.cwd()).flatMap((document) => records(document, glossary));
	const text = `${lines.join('\n')}\n`;
	if (values.write) {
		writeFileSync(values.write, text);
		console.log(`${lines.length} records written to ${values.write}`);
		return 0;
	}
	const saved = readFileSync(values.check!, 'utf8').split('\n');
	const differing = lines.filter((line, i) => saved[i] !== line);
	for (const line of differing.slice(0, 20)) console.log(`differs: ${line.slice(0, 300)}`);
	const same = differing.length === 0 && saved.length === lines.length + 1;
	console.log(same ? `identical: ${lines.length} records` : `${differing.length} of ${lines.length} records differ (saved: ${saved.length - 1})`);
	return same ? 0 : 1;
});
