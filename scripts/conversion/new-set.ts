import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createConverter } from '../../src/convert/convert.ts';
import { openccConverter } from '../../src/convert/opencc.ts';
import type { TraditionalVariant } from '../../src/core/scripts.ts';
import { namesIn } from '../../src/convert/to-traditional.ts';
import { hanCount } from './golden-set.ts';
import { noise, wrongPositions } from './review-figures.ts';

/** One error of the project's converter in a new set: where, what it wrote, what the writer wrote, and whether the review list asks. */
interface NewSetError {
	line: number;
	context: string;
	wrote: string;
	expected: string;
	flagged: boolean;
}

/** The first-sight figures of one bulletin of a new set against the writer's hand-made conversion. */
export interface NewSetFigure {
	file: string;
	direction: 'Simplified → Traditional' | 'Traditional → Simplified';
	variant: TraditionalVariant;
	han: number;
	ours: number;
	opencc: number;
	/** Review-list questions (Simplified sources only) and how many of our errors they cover. */
	flags?: number;
	flaggedErrors?: number;
	errors: NewSetError[];
	/** Lines whose two versions differ in length: the writer's slip, which makes positions meaningless there. */
	misaligned: number[];
}

// Hong Kong and Macao forms a Traditional source shows where a Taiwan source writes 衛, 線, 裡, 啟, 麵, 群, 峰, 床.
const HONG_KONG_FORMS = /[衞綫裏啓麪羣峯牀着]/gu;
const TAIWAN_FORMS = /[衛線裡啟麵群峰床]/gu;

/** The regional standard a Traditional text is written in, read from the forms it uses (Hong Kong forms where there are more of them). */
export function variantOf(text: string): TraditionalVariant {
	return (text.match(HONG_KONG_FORMS)?.length ?? 0) > (text.match(TAIWAN_FORMS)?.length ?? 0) ? 'hk' : 'tw';
}

/** Lines of two texts that differ in length (1-based). */
function misalignedLines(a: string, b: string): number[] {
	const [x, y] = [a.split('\n'), b.split('\n')];
	return Array.from({ length: Math.max(x.length, y.length) }, (_, i) => i)
		.filter((i) => x[i]?.length !== y[i]?.length)
		.map((i) => i + 1);
}

/**
 * Measures a folder of bulletins a writer made without seeing the converter, before they join the golden set: each
 * `NAME.txt` in Simplified with its hand-made `NAME.tw.txt`, or in Traditional with its `NAME.hans.txt`, converted as
 * the build converts an article (line by line, with the names of the whole text), against plain OpenCC.
 */
export function measureNewSet(folder: string): NewSetFigure[] {
	const files = readdirSync(folder);
	return files
		.filter((file) => file.endsWith('.txt') && !file.endsWith('.tw.txt') && !file.endsWith('.hans.txt'))
		.sort()
		.flatMap((file): NewSetFigure[] => {
			const source = readFileSync(join(folder, file), 'utf8');
			const toTraditional = file.replace(/\.txt$/, '.tw.txt');
			const toSimplified = file.replace(/\.txt$/, '.hans.txt');
			if (files.includes(toTraditional)) {
				const reference = readFileSync(join(folder, toTraditional), 'utf8');
				const figure = noise(file, source, reference);
				// As noise() converts it: line by line, with the names of the whole text.
				const convert = createConverter({ from: 'zh-Hans', to: 'zh-Hant', variant: 'tw', glossary: [], names: namesIn(source) });
				const converted = source
					.split('\n')
					.map((line) => convert(line))
					.join('\n');
				return [
					{
						file,
						direction: 'Simplified → Traditional',
						variant: 'tw',
						han: figure.han,
						ours: figure.errors!.ours,
						opencc: figure.errors!.opencc,
						flags: figure.flags,
						flaggedErrors: figure.errors!.flagged,
						errors: figure.wrongAt.map((i) => error(source, i, converted, reference, figure.flaggedAt.has(i))),
						misaligned: misalignedLines(source, reference),
					},
				];
			}
			if (!files.includes(toSimplified)) return [];
			const reference = readFileSync(join(folder, toSimplified), 'utf8');
			const variant = variantOf(source);
			const convert = createConverter({ from: 'zh-Hant', to: 'zh-Hans', variant, glossary: [] });
			const ours = source
				.split('\n')
				.map((line) => convert(line))
				.join('\n');
			const plain = openccConverter('zh-Hant', 'zh-Hans', variant);
			const opencc = source
				.split('\n')
				.map((line) => plain(line))
				.join('\n');
			const wrong = wrongPositions(ours, reference);
			return [
				{
					file,
					direction: 'Traditional → Simplified',
					variant,
					han: hanCount(source),
					ours: wrong.length,
					opencc: wrongPositions(opencc, reference).length,
					errors: wrong.map((i) => error(source, i, ours, reference, false)),
					misaligned: misalignedLines(source, reference),
				},
			];
		});
}

/** Our error at an offset: its line, its context with the character marked, what we wrote and what the writer wrote. */
function error(source: string, index: number, converted: string, reference: string, flagged: boolean): NewSetError {
	const line = source.slice(0, index).split('\n').length;
	const column = index - (source.lastIndexOf('\n', index - 1) + 1);
	const [wrote, expected] = [converted[index] ?? '∅', reference.split('\n')[line - 1]?.[column] ?? '∅'];
	const start = Math.max(index - 14, source.lastIndexOf('\n', index - 1) + 1);
	const lineEnd = source.indexOf('\n', index);
	const end = Math.min(index + 15, lineEnd < 0 ? source.length : lineEnd);
	return {
		line,
		context: `${source.slice(start, index)}[${source[index]}→${wrote}, not ${expected}]${source.slice(index + 1, end)}`,
		wrote,
		expected,
		flagged,
	};
}
