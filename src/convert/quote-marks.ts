import type { Script } from '../core/scripts.ts';

// Each region writes its own quotation marks: the mainland “…” with ‘…’ inside, Taiwan and Hong Kong 「…」 with 『…』
// inside (MediaWiki's Chinese conversion maps them the same way). A Traditional source's 「3·15」 read as 「3·15」 in the
// Simplified edition, a Simplified source's “…” as “…” in the Traditional one (trial-38), so a pair enclosing Chinese
// text is written in the edition's marks. Each mark is one character in either script, so the text keeps its length.

/** A mark's level (outer or inner) and side, for each of the four pairs. */
const MARKS: Record<string, { level: 'outer' | 'inner'; opens: boolean }> = {
	'“': { level: 'outer', opens: true },
	'”': { level: 'outer', opens: false },
	'「': { level: 'outer', opens: true },
	'」': { level: 'outer', opens: false },
	'‘': { level: 'inner', opens: true },
	'’': { level: 'inner', opens: false },
	'『': { level: 'inner', opens: true },
	'』': { level: 'inner', opens: false },
};

/** The marks each script writes, by level: [opening, closing]. */
const WRITTEN: Record<Script, Record<'outer' | 'inner', readonly [string, string]>> = {
	'zh-Hans': { outer: ['“', '”'], inner: ['‘', '’'] },
	'zh-Hant': { outer: ['「', '」'], inner: ['『', '』'] },
};

const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;

/** A run of text read with the others; a fixed one (code, a `-{…}-` marker) counts as enclosed text, its marks neither paired nor changed. */
export interface QuoteRun {
	text: string;
	fixed?: boolean;
}

interface Pair {
	open: number;
	close: number;
	level: 'outer' | 'inner';
	/** The pair it is nested in, if any. */
	parent?: Pair;
	converted?: boolean;
}

/** Whether a pair's text is Latin-only (“COVID-19”, “npm run check”): English quotes, left as written. */
const latinOnly = (enclosed: string) => LATIN.test(enclosed) && !HAN.test(enclosed);

/**
 * Runs of text read as one (the text nodes of an article's HTML in order, or one string's pieces between markers) with
 * each pair of quotation marks written in `to`'s marks, unless it encloses Latin-only text and is not nested in a pair
 * that is changed. Marks without a partner (the apostrophe of don’t) are left as written; each run keeps its length.
 */
export function quotesInScript(runs: readonly QuoteRun[], to: Script): string[] {
	const whole = runs.map((run) => run.text).join('');
	if (!/[“”「」‘’『』]/.test(whole)) return runs.map((run) => run.text);
	const fixed = new Uint8Array(whole.length);
	let start = 0;
	for (const run of runs) {
		if (run.fixed) fixed.fill(1, start, start + run.text.length);
		start += run.text.length;
	}
	const pairs: Pair[] = [];
	const open: Pair[] = [];
	for (let i = 0; i < whole.length; i++) {
		const mark = MARKS[whole[i]!];
		if (!mark || fixed[i]) continue;
		if (mark.opens) {
			open.push({ open: i, close: -1, level: mark.level, parent: open.at(-1) });
			continue;
		}
		// A closing mark of the other level than the innermost open pair's is no partner of it (an apostrophe inside “…”).
		if (open.at(-1)?.level !== mark.level) continue;
		const pair = open.pop()!;
		pair.close = i;
		pairs.push(pair);
	}
	const chars = whole.split('');
	// Sorted by opening, a pair's parent is settled before it.
	for (const pair of pairs.sort((a, b) => a.open - b.open)) {
		pair.converted = pair.parent?.converted === true || !latinOnly(whole.slice(pair.open + 1, pair.close));
		if (pair.converted) [chars[pair.open], chars[pair.close]] = WRITTEN[to][pair.level];
	}
	const out: string[] = [];
	let offset = 0;
	for (const run of runs) {
		out.push(chars.slice(offset, offset + run.text.length).join(''));
		offset += run.text.length;
	}
	return out;
}
