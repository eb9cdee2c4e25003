import type { Script } from '../core/scripts.ts';

// Each region writes its own quotation marks: the mainland “…” with ‘…’ inside, Taiwan and Hong Kong 「…」 with 『…』
// inside (MediaWiki's Chinese conversion maps them the same way). A Traditional source's 「3·15」 read as 「3·15」 in the
// Simplified edition, a Simplified source's “…” as “…” in the Traditional one (trial-38), so every mark is written in
// the edition's. Each mark is one character in either script, so the text keeps its length. Written by hand: the
// libraries for typographic quotes (smartypants) pair by the character before a mark, which a Han character defeats.

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

const LATIN = /\p{Script=Latin}/u;

/** A run of text read with the others; a fixed one (code, a `-{…}-` marker) counts as enclosed text, its marks neither paired nor changed. */
export interface QuoteRun {
	text: string;
	fixed?: boolean;
}

/** An apostrophe (don’t, It’s): a single mark between two Latin letters, which quotes nothing. */
const apostrophe = (text: string, i: number) => LATIN.test(text[i - 1] ?? '') && LATIN.test(text[i + 1] ?? '');

/**
 * Runs of text read as one (the text nodes of an article's HTML in order, or one string's pieces between markers) with
 * each quotation mark written in `to`'s marks by its own level and side, which its shape tells: no pairing is needed,
 * so a quotation running over paragraphs (each opens, only the last closes: trial-41) comes out right, and quotes around
 * Latin text are the edition's too (“N95” in a Chinese sentence). An apostrophe (don’t) and fixed runs are left as
 * written; each run keeps its length.
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
	const chars = whole.split('');
	for (let i = 0; i < whole.length; i++) {
		const mark = MARKS[whole[i]!];
		if (mark && !fixed[i] && !apostrophe(whole, i)) chars[i] = WRITTEN[to][mark.level][mark.opens ? 0 : 1];
	}
	const out: string[] = [];
	let offset = 0;
	for (const run of runs) {
		out.push(chars.slice(offset, offset + run.text.length).join(''));
		offset += run.text.length;
	}
	return out;
}

// Straight quotes a clerk types ("…", '…') say nothing of their side: the characters around them do. A mark that a
// quotation of its kind is open for closes it before the end, a space or a closing or pausing mark ("…"。) and after a
// pausing one (。"); any other mark after the start, a space or an opening or pausing mark opens one, nested if another is
// open (《"村医"》, ："…); between two characters a mark closes the quotation open, else opens one.
const OPENS_AFTER = /^$|[\s《（(【「『“‘：:，,、。；;！!？?]/u;
const CLOSES_BEFORE = /^$|[\s》）)】」』”’，,、。；;！!？?：:]/u;
const ENDS_CLAUSE = /[。！!？?，,；;、…]/u;

/**
 * The text with its straight quotation marks written as curly ones by their side and depth (the outer pair “”, a pair
 * inside it ‘’, and so on), or as it was when they do not pair up (尺寸为 5" 的屏幕) or a single mark is an apostrophe.
 */
export function curlyQuotes(text: string): string {
	if (!/["']/.test(text)) return text;
	const chars = text.split('');
	const stack: string[] = [];
	// Quotations already in curly or corner marks count for the depth ('健康處方' inside 「…」 is the inner level).
	let curlyDepth = 0;
	for (let i = 0; i < chars.length; i++) {
		const mark = chars[i]!;
		const shaped = MARKS[mark];
		if (shaped && !apostrophe(text, i)) curlyDepth = Math.max(0, curlyDepth + (shaped.opens ? 1 : -1));
		if ((mark !== '"' && mark !== "'") || (mark === "'" && apostrophe(text, i))) continue;
		const before = text[i - 1] ?? '';
		const after = text[i + 1] ?? '';
		const openHere = stack.at(-1) === mark;
		const closes = openHere && (CLOSES_BEFORE.test(after) || ENDS_CLAUSE.test(before) || !OPENS_AFTER.test(before));
		if (closes) {
			chars[i] = (curlyDepth + stack.length) % 2 === 1 ? '”' : '’';
			stack.pop();
		} else {
			stack.push(mark);
			chars[i] = (curlyDepth + stack.length) % 2 === 1 ? '“' : '‘';
		}
	}
	return stack.length === 0 ? chars.join('') : text;
}
