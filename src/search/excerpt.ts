// A result's excerpt, cut from the article text so that it reads as the article wrote it: it starts where a sentence
// starts, or says with an ellipsis that it does not, and every occurrence of what the reader searched for is marked.

export interface Excerpt {
	text: string;
	/** [start, end) offsets in `text` of the matches to mark, in order and not overlapping. */
	marks: Array<[number, number]>;
	/** Whether text was left out before or after (shown as …). */
	cutBefore: boolean;
	cutAfter: boolean;
}

// Where a sentence ends: Chinese and Western sentence punctuation, or a line break.
const SENTENCE_END = /[。！？!?；;\n]/;
// Chinese puts no spaces inside a sentence, so a space after a Chinese character or punctuation separates blocks
// (the headline from the text), while a space after a Latin word or a number (N95 口罩) does not.
const CHINESE = /[\p{Script=Han}\p{P}]/u;
// Where a clause ends inside a sentence: an excerpt that cannot start with the sentence starts with the clause.
const CLAUSE_END = /[，、：,:]/;

// A web address in article text: a match inside one is no place to start an excerpt (…//example.cn/hpv/2024/…).
const URL = /(?:https?:\/\/|www\.)[\w\-.~:/?#[\]@!$&'()*+,;=%]+/giu;

/**
 * A character as search compares it: full-width Latin letters and digits as their ASCII forms and Latin capitals as
 * small letters (Pagefind finds HPV for hpv, so the excerpt must mark it), one character for one so offsets hold.
 */
function fold(text: string): string {
	return text.replace(/[\uff01-\uff5e]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/** Every occurrence of any needle in the text, as non-overlapping [start, end) ranges in order (the longer needle wins a tie); Latin letters in either case and width. */
export function matches(text: string, needles: string[]): Array<[number, number]> {
	const found: Array<[number, number]> = [];
	const folded = fold(text);
	const sorted = needles
		.filter(Boolean)
		.map(fold)
		.sort((a, b) => b.length - a.length);
	for (let at = 0; at < folded.length;) {
		const needle = sorted.find((n) => folded.startsWith(n, at));
		if (needle) {
			found.push([at, at + needle.length]);
			at += needle.length;
		} else at++;
	}
	return found;
}

/** The [start, end) ranges of the web addresses in the text. */
function addresses(text: string): Array<[number, number]> {
	return [...text.matchAll(URL)].map((found) => [found.index, found.index + found[0].length]);
}

/** Offsets in `text` where a sentence or block starts (or a clause, with `clauses`), 0 included, in order. */
function starts(text: string, clauses = false): number[] {
	const found = new Set([0]);
	for (let i = 0; i < text.length - 1; i++) {
		const blockSpace = text[i] === ' ' && i > 0 && CHINESE.test(text[i - 1]!);
		if (SENTENCE_END.test(text[i]!) || blockSpace || (clauses && CLAUSE_END.test(text[i]!))) {
			let start = i + 1;
			while (text[start] === ' ') start++;
			if (start < text.length) found.add(start);
		}
	}
	return [...found].sort((a, b) => a - b);
}

/**
 * About `length` characters of `text` around the first match of any needle outside a web address (the start when none
 * matches there): from the start of the sentence holding the match when that is near enough, else from the start of its
 * clause or a little before the match (never inside an address), with an ellipsis; ending at a sentence end near the limit, else with an ellipsis. The excerpt's text
 * is taken from `written`, the same text as the article spelled it (search matches folded variants, see spelling.ts).
 */
export function excerpt(text: string, needles: string[], length: number, written = text): Excerpt {
	const all = matches(text, needles);
	const urls = addresses(text);
	// The first match in the prose; a match only inside an address (a folder named hpv) gives the text's start, as none does.
	const first = all.find(([at]) => !urls.some(([s, e]) => s <= at && at < e))?.[0] ?? 0;
	const sentences = starts(text);
	const near = (start: number) => start <= first && first - start <= length / 2;
	const guess = sentences.filter(near).at(-1) ?? starts(text, true).filter(near).at(-1) ?? Math.max(0, first - Math.floor(length / 6));
	// Never from the middle of an address: from its end, the match being after it.
	const start = urls.find(([s, e]) => s < guess && guess < e)?.[1] ?? guess;
	let end = Math.min(text.length, start + length);
	if (end < text.length) end = sentences.filter((s) => s > start + length * 0.6 && s <= end).at(-1) ?? end;
	const shown = written.slice(start, end).trimEnd();
	return {
		text: shown,
		marks: all.filter(([s, e]) => s >= start && e <= start + shown.length).map(([s, e]) => [s - start, e - start]),
		cutBefore: !sentences.includes(start),
		cutAfter: end < text.length && !sentences.includes(end),
	};
}
