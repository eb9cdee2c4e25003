import { createConverter } from '../../src/convert/convert.ts';
import { openccConverter } from '../../src/convert/opencc.ts';
import type { Script, TraditionalVariant } from '../../src/core/scripts.ts';
import { strayCharacters } from '../../src/convert/stray.ts';
import { halfVariant, hanCount, wrongCharacters, type GoldenLine, type Half } from './golden-set.ts';

/** A converter under test: the project's or plain OpenCC, for a direction and regional standard. */
export type ConverterMaker = (from: Script, to: Script, variant: TraditionalVariant) => (text: string) => string;

export const converters: Record<'opencc' | 'ours', ConverterMaker> = {
	opencc: openccConverter,
	ours: (from, to, variant) => createConverter({ from, to, variant, glossary: [] }),
};

const direction: Record<Half, { from: Script; to: Script }> = {
	s2t: { from: 'zh-Hans', to: 'zh-Hant' },
	tw2s: { from: 'zh-Hant', to: 'zh-Hans' },
	hk2s: { from: 'zh-Hant', to: 'zh-Hans' },
};

/** One golden line as a converter wrote it, with the offsets (in the expected text) of its wrong characters. */
export interface LineResult {
	line: GoldenLine;
	actual: string;
	wrong: number[];
}

/** Errors of one converter over some lines: wrong Han characters per 10,000 of the expected text. */
export interface ErrorRate {
	han: number;
	wrong: number;
	per10k: number;
}

/** Converts every line with `make` in the line's own direction and marks the wrong characters. */
export function convertLines(lines: readonly GoldenLine[], make: ConverterMaker): LineResult[] {
	const cache = new Map<string, (text: string) => string>();
	return lines.map((line) => {
		const { from, to } = direction[line.half];
		const key = `${line.half}`;
		let convert = cache.get(key);
		if (!convert) cache.set(key, (convert = make(from, to, halfVariant[line.half])));
		const actual = convert(line.source);
		return { line, actual, wrong: wrongCharacters(actual, line.expected, to === 'zh-Hant') };
	});
}

/** The error rate of some converted lines. */
export function errorRate(results: readonly LineResult[]): ErrorRate {
	const han = results.reduce((sum, r) => sum + hanCount(r.line.expected), 0);
	const wrong = results.reduce((sum, r) => sum + r.wrong.length, 0);
	return { han, wrong, per10k: han === 0 ? 0 : (wrong / han) * 10_000 };
}

/** Where a source of the golden set is published: each source in both editions. */
export interface LeakCase {
	source: 'Simplified' | 'Taiwan forms' | 'Hong Kong forms';
	edition: Script;
}

export const leakCases: Array<LeakCase & { half: Half }> = [
	{ source: 'Simplified', half: 's2t', edition: 'zh-Hant' },
	{ source: 'Simplified', half: 's2t', edition: 'zh-Hans' },
	{ source: 'Taiwan forms', half: 'tw2s', edition: 'zh-Hans' },
	{ source: 'Taiwan forms', half: 'tw2s', edition: 'zh-Hant' },
	{ source: 'Hong Kong forms', half: 'hk2s', edition: 'zh-Hans' },
	{ source: 'Hong Kong forms', half: 'hk2s', edition: 'zh-Hant' },
];

/** Characters of the other script in an edition made from the golden set's sources of one kind, with examples. */
export function leaks(lines: readonly GoldenLine[], make: ConverterMaker, { half, edition }: LeakCase & { half: Half }): { count: number; chars: string[] } {
	const from: Script = half === 's2t' ? 'zh-Hans' : 'zh-Hant';
	const convert = make(from, edition, halfVariant[half]);
	const chars: string[] = [];
	for (const line of lines) {
		if (line.half !== half) continue;
		const output = convert(line.source);
		for (const i of strayCharacters(output, edition)) chars.push(output[i]!);
	}
	return { count: chars.length, chars: [...new Set(chars)] };
}
