// Written by hand: the libraries that space or widen CJK punctuation (pangu and the like) add spaces between scripts
// or touch every mark; none leaves numbers, times, Latin words and URLs alone while widening only marks in Chinese text.

const FULL_WIDTH: Record<string, string> = { ':': '：', ',': '，', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };
const HAN = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’…—]/u;
/** Spans never touched: a Markdown link's address (an attachment's), URLs, e-mail addresses, and numbers and times written with separators (1,000 18:30 3.5). */
const PROTECTED =
	/\]\([^\s)]+\)|(?:https?|ftp):\/\/[^\s\u3000-\u303f\uff00-\uffef“”]+|www\.[a-z0-9-]+\.[^\s\u3000-\u303f\uff00-\uffef“”]+|[\w.+-]+@[\w-]+\.[\w.-]+|\d+(?:[,:.]\d+)+/giu;

/** The nearest character before `index` that is not a space, within the text. */
function before(text: string, index: number): string {
	for (let i = index - 1; i >= 0; i--) if (!/\s/.test(text[i]!)) return text[i]!;
	return '';
}

function after(text: string, index: number): string {
	for (let i = index + 1; i < text.length; i++) if (!/\s/.test(text[i]!)) return text[i]!;
	return '';
}

/** The index of the ")" closing the "(" at `open`, or -1. */
function closing(text: string, open: number): number {
	let depth = 0;
	for (let i = open; i < text.length; i++) {
		if (text[i] === '(') depth++;
		else if (text[i] === ')' && --depth === 0) return i;
	}
	return -1;
}

/**
 * Half-width : , ; ? ! ( ) next to Chinese text become full-width (福安:葉其發 → 福安：葉其發), with the spaces around them
 * dropped; marks between digits (1,000, 18:30), between Latin words and inside URLs stay as written. Idempotent: a mark
 * next to one just widened (防::) is widened too, repeating until nothing changes.
 */
export function fullWidthPunctuation(text: string): string {
	const once = widenOnce(text);
	return once === text ? text : fullWidthPunctuation(once);
}

function widenOnce(text: string): string {
	const guarded = new Set<number>();
	for (const match of text.matchAll(PROTECTED)) for (let i = match.index; i < match.index + match[0].length; i++) guarded.add(i);
	const widen = new Set<number>();
	for (let i = 0; i < text.length; i++) {
		const mark = text[i]!;
		if (!(mark in FULL_WIDTH) || guarded.has(i) || widen.has(i)) continue;
		if (mark === ')') continue; // decided with its "("
		if (mark === '(') {
			const end = closing(text, i);
			const inside = end > i ? text.slice(i + 1, end) : '';
			if (HAN.test(before(text, i)) || HAN.test(inside)) {
				widen.add(i);
				if (end > i) widen.add(end);
			}
			continue;
		}
		// ? and ! end the sentence before them; : , ; join two, so either side may make them Chinese.
		const sentenceEnd = mark === '?' || mark === '!';
		if (HAN.test(before(text, i)) || (!sentenceEnd && HAN.test(after(text, i)))) widen.add(i);
	}
	if (widen.size === 0) return text;
	let out = '';
	for (let i = 0; i < text.length; i++) {
		if (widen.has(i)) {
			out = out.replace(/[ \t]+$/, '');
			out += FULL_WIDTH[text[i]!];
			while (text[i + 1] === ' ' || text[i + 1] === '\t') i++;
		} else out += text[i];
	}
	return out;
}
