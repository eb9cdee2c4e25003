import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { variantReaders } from '../../src/convert/opencc-tables.ts';
import type { TraditionalVariant } from '../../src/core/scripts.ts';

/** Where the golden set lives, relative to the project root. */
export const GOLDEN_SET_DIR = 'test/fixtures/conversion';

/** The three halves of the golden set: Simplified sources, and Traditional sources in Taiwan and in Hong Kong forms. */
export type Half = 's2t' | 'tw2s' | 'hk2s';

/** One sentence of the golden set with its hand-checked conversion. */
export interface GoldenLine {
	half: Half;
	file: string;
	line: number;
	source: string;
	expected: string;
	/** Held out from tuning: about 30 % of the lines, chosen by a hash of the source text, so the choice never moves. */
	heldOut: boolean;
}

/** The regional standard a half's Traditional text is written in (and the edition's, for the Simplified half). */
export const halfVariant: Record<Half, TraditionalVariant> = { s2t: 'tw', tw2s: 'tw', hk2s: 'hk' };

/** Whether a line belongs to the held-out part: the first byte of its source's SHA-256, below 30 % of 256. */
function isHeldOut(source: string): boolean {
	return createHash('sha256').update(source).digest()[0]! < Math.round(256 * 0.3);
}

function halfOf(file: string): Half | undefined {
	if (file.startsWith('s2t/')) return 's2t';
	if (file === 't2s/tw.tsv') return 'tw2s';
	if (file === 't2s/hk.tsv') return 'hk2s';
	return undefined;
}

/** Every sentence of the golden set under `root` (`s2t/*.tsv`, `t2s/tw.tsv`, `t2s/hk.tsv`); `#` lines and blank lines are skipped. */
export function readGoldenSet(root: string): GoldenLine[] {
	const dir = join(root, GOLDEN_SET_DIR);
	if (!existsSync(dir)) return [];
	const lines: GoldenLine[] = [];
	const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.tsv'))
		.sort();
	for (const file of files) {
		const half = halfOf(file);
		if (!half) continue;
		readFileSync(join(dir, file), 'utf8')
			.split('\n')
			.forEach((text, index) => {
				if (text.trim() === '' || text.startsWith('#')) return;
				const [source, expected] = text.replace(/\r$/, '').split('\t');
				if (source === undefined || expected === undefined)
					throw new Error(`${relative(root, join(dir, file))}:${index + 1}: expected "source<TAB>conversion"`);
				lines.push({ half, file: `${GOLDEN_SET_DIR}/${file}`, line: index + 1, source, expected, heldOut: isHeldOut(source) });
			});
	}
	return lines;
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/u;

/** Han characters in a text. */
export function hanCount(text: string): number {
	let count = 0;
	for (const char of text) if (HAN.test(char)) count++;
	return count;
}

/**
 * Traditional text with graphic variants read as one (裡/裏, 衛/衞, 為/爲): the golden set judges the choice among
 * different characters (發/髮, 後/后), not which regional glyph standard a form follows.
 */
function graphicNormalForm(text: string): string {
	let normal = text;
	for (const reader of variantReaders()) normal = reader.convert(normal);
	return normal;
}

/** The offsets (in `expected`) of the Han characters `actual` gets wrong; texts of different lengths are aligned by edit distance. */
export function wrongCharacters(actual: string, expected: string, traditional: boolean): number[] {
	const [a, e] = traditional ? [graphicNormalForm(actual), graphicNormalForm(expected)] : [actual, expected];
	const wrong: number[] = [];
	if (a.length === e.length) {
		for (let i = 0; i < e.length; i++) if (a[i] !== e[i] && (HAN.test(e[i]!) || HAN.test(a[i]!))) wrong.push(i);
		return wrong;
	}
	// Lengths differ only when a conversion drops or adds a character: count substitutions, insertions and deletions.
	const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(e.length).fill(0)]);
	for (let j = 1; j <= e.length; j++) rows[0]![j] = j;
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= e.length; j++) {
			const cost = a[i - 1] === e[j - 1] ? 0 : 1;
			rows[i]![j] = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
		}
	}
	for (let i = a.length, j = e.length; i > 0 || j > 0;) {
		if (i > 0 && j > 0 && rows[i]![j] === rows[i - 1]![j - 1]! + (a[i - 1] === e[j - 1] ? 0 : 1)) {
			if (a[i - 1] !== e[j - 1]) wrong.push(j - 1);
			(i--, j--);
		} else if (j > 0 && rows[i]![j] === rows[i]![j - 1]! + 1) wrong.push(--j);
		else (i--, wrong.push(Math.max(0, j - 1)));
	}
	return wrong.reverse();
}
