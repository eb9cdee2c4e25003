import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createConverter } from '../../src/convert/convert.ts';
import { openccConverter } from '../../src/convert/opencc.ts';
import { choicesToReview, oncePerDocument } from '../../src/convert/review.ts';
import { toSimplified } from '../../src/convert/to-simplified.ts';
import { namesIn, type Choice } from '../../src/convert/to-traditional.ts';
import type { LineResult } from './evaluate.ts';
import { GOLDEN_SET_DIR, hanCount, type GoldenLine } from './golden-set.ts';

/** A typical report: the seed page's six county reports (written in Traditional), read in Simplified. */
export const TYPICAL_REPORT = 'test/fixtures/seed-2020-02-08.txt';

/**
 * Simplified county bulletins of about 2,000 characters, written for this project to measure the review list's noise;
 * `<name>.tw.txt` beside one is its correct Traditional (Taiwan standard), checked by hand, to count real errors.
 */
const TYPICAL_BULLETINS = `${GOLDEN_SET_DIR}/typical`;
const REFERENCE = '.tw.txt';

const percent = (part: number, whole: number) => (whole === 0 ? 'n/a' : `${((part / whole) * 100).toFixed(1)} %`);

/**
 * Review-list flags of a Simplified text converted for the Traditional edition (glossary empty), with every choice
 * made; `names` are those its whole document settles (a golden line is a document of its own).
 */
function reviewFlags(text: string, names?: ReadonlySet<string>): { flags: Choice[]; choices: Choice[] } {
	const choices: Choice[] = [];
	createConverter({ from: 'zh-Hans', to: 'zh-Hant', variant: 'tw', glossary: [], names })(text, choices);
	return { flags: choicesToReview(choices, text), choices };
}

/**
 * A text converted line by line, as the build converts each paragraph's text and `npm run check` reviews each line:
 * only the names the whole document settles reach across paragraphs (namesIn), as in the build. The lines keep their
 * lengths, so positions stay those of the whole text.
 */
const byLine = (text: string, convert: (line: string) => string) => text.split('\n').map(convert).join('\n');

/**
 * The review list's questions on a text reviewed line by line, as `npm run check` asks them: one per distinct word and
 * document, at its first occurrence (oncePerDocument), with the later occurrences it counts in its message; positions
 * are those of the whole text.
 */
function flagsByLine(text: string): Array<{ flag: Choice; covers: number[] }> {
	const names = namesIn(text);
	let offset = 0;
	const flags = text.split('\n').flatMap((line) => {
		const at = offset;
		offset += line.length + 1;
		return reviewFlags(line, names).flags.map((choice) => ({ choice, text: line, at }));
	});
	return oncePerDocument(flags).map(({ choice, at, repeats }) => ({
		flag: { ...choice, index: choice.index + at },
		covers: [choice.index + at, ...repeats.map((repeat) => repeat.choice.index + repeat.at)],
	}));
}

/** A wrong character of the golden set that the review list does not flag, with how the converter settled it. */
export interface MissedError {
	line: GoldenLine;
	index: number;
	wrote: string;
	/** The converter's choice there, if the character has several forms. */
	choice?: Choice;
}

/** Flags of the review list on one typical text, per 2,000 Han characters, with the flagged sentences for a look. */
export interface NoiseFigure {
	source: string;
	han: number;
	flags: number;
	per2000: number;
	flagged: string[];
	/** Against the text's hand-checked Traditional, when it has one: wrong characters of each converter, and how many of ours are flagged. */
	errors?: { ours: number; opencc: number; flagged: number };
	/** Offsets of our wrong characters (against the hand-checked Traditional) and of the characters the review list asks about. */
	wrongAt: number[];
	flaggedAt: ReadonlySet<number>;
}

/** The typical texts: the seed (converted to Simplified) and every bulletin under test/fixtures/conversion/typical. */
function typicalTexts(root: string): Array<{ source: string; text: string; reference?: string }> {
	const folder = join(root, TYPICAL_BULLETINS);
	const files = readdirSync(folder);
	const bulletins = files
		.filter((file) => file.endsWith('.txt') && !file.endsWith(REFERENCE))
		.sort()
		.map((file) => {
			const reference = file.replace(/\.txt$/, REFERENCE);
			return {
				source: `${TYPICAL_BULLETINS}/${file}`,
				text: readFileSync(join(folder, file), 'utf8'),
				reference: files.includes(reference) ? readFileSync(join(folder, reference), 'utf8') : undefined,
			};
		});
	return [{ source: `${TYPICAL_REPORT} (in Simplified)`, text: toSimplified(readFileSync(join(root, TYPICAL_REPORT), 'utf8')) }, ...bulletins];
}

/**
 * Positions (in the converted text, which keeps its source's length) where a conversion differs from the hand-checked
 * text, compared line by line; a line the writer made of another length is left out (new-set.ts reports it).
 */
export function wrongPositions(converted: string, reference: string): number[] {
	const positions: number[] = [];
	const referenceLines = reference.split('\n');
	let offset = 0;
	converted.split('\n').forEach((line, n) => {
		const expected = referenceLines[n] ?? '';
		if (expected.length === line.length) for (let i = 0; i < line.length; i++) if (line[i] !== expected[i]) positions.push(offset + i);
		offset += line.length + 1;
	});
	return positions;
}

/** What the review list raises on one text, per 2,000 Han characters, with each flag as `word(chosen)` in its clause. */
export function noise(source: string, text: string, reference?: string): NoiseFigure {
	const questions = flagsByLine(text);
	const flags = questions.map(({ flag }) => flag);
	// A wrong character counts as flagged where the question asked about it, at its first occurrence or as a later one.
	const flaggedAt = new Set(questions.flatMap(({ covers }) => covers));
	const converter = createConverter({ from: 'zh-Hans', to: 'zh-Hant', variant: 'tw', glossary: [], names: namesIn(text) });
	const ours =
		reference === undefined
			? []
			: wrongPositions(
					byLine(text, (line) => converter(line)),
					reference,
				);
	const errors =
		reference === undefined
			? undefined
			: {
					ours: ours.length,
					opencc: wrongPositions(byLine(text, openccConverter('zh-Hans', 'zh-Hant', 'tw')), reference).length,
					flagged: ours.filter((i) => flaggedAt.has(i)).length,
				};
	const han = hanCount(text);
	const clause = (index: number) => {
		const start = Math.max(0, ...['，', '。', '\n', '；', '：'].map((mark) => text.lastIndexOf(mark, index - 1) + 1));
		const ends = ['，', '。', '\n', '；'].map((mark) => text.indexOf(mark, index)).filter((i) => i >= 0);
		const end = Math.min(text.length, ...ends);
		return `${text.slice(start, index)}[${text[index]}→${flags.find((f) => f.index === index)!.chosen}]${text.slice(index + 1, end)}`;
	};
	return {
		source,
		han,
		flags: flags.length,
		per2000: (flags.length / han) * 2000,
		flagged: questions.map(({ flag, covers }) => `${clause(flag.index)}${covers.length > 1 ? `  (and ${covers.length - 1} more)` : ''}`),
		errors,
		wrongAt: ours,
		flaggedAt,
	};
}

/**
 * How the review list does on the golden set's Simplified half: the share of the converter's remaining errors it flags
 * (tuned and held-out lines apart) with the errors it misses, and its flags per 2,000 Han characters on each typical
 * text, on all of them together and on the golden set.
 */
export function reviewListFigures(ours: readonly LineResult[], root: string) {
	const counts = { tuned: [0, 0], heldOut: [0, 0] };
	const missed: MissedError[] = [];
	let flags = 0;
	let han = 0;
	for (const { line, actual, wrong } of ours) {
		if (line.half !== 's2t') continue;
		const review = reviewFlags(line.source);
		const flagged = new Set(review.flags.map((c) => c.index));
		// A line is a document: a word asked about twice in it is one question.
		flags += oncePerDocument(review.flags.map((choice) => ({ choice, text: line.source }))).length;
		han += hanCount(line.source);
		const bucket = line.heldOut ? counts.heldOut : counts.tuned;
		bucket[0]! += wrong.filter((i) => flagged.has(i)).length;
		bucket[1]! += wrong.length;
		for (const index of wrong)
			if (!flagged.has(index)) missed.push({ line, index, wrote: actual[index] ?? '∅', choice: review.choices.find((c) => c.index === index) });
	}
	const typical = typicalTexts(root).map(({ source, text, reference }) => noise(source, text, reference));
	const typicalFlags = typical.reduce((sum, t) => sum + t.flags, 0);
	const typicalHan = typical.reduce((sum, t) => sum + t.han, 0);
	const [flaggedErrors, errors] = [counts.tuned[0]! + counts.heldOut[0]!, counts.tuned[1]! + counts.heldOut[1]!];
	return {
		flaggedErrors,
		errors,
		recall: {
			tuned: percent(counts.tuned[0]!, counts.tuned[1]!),
			heldOut: percent(counts.heldOut[0]!, counts.heldOut[1]!),
			all: percent(flaggedErrors, errors),
		},
		missed,
		typical,
		typicalPer2000: (typicalFlags / typicalHan) * 2000,
		typicalHan,
		goldenPer2000: han === 0 ? 0 : (flags / han) * 2000,
	};
}
