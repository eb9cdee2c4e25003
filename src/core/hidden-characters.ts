// Characters that change what a reader sees without being seen themselves (trial-39):
// - bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069) turn the text after them around: 口罩‮gpj.exe
//   shows as 口罩exe.jpg, in the page's <title>, listings, feeds and, through an alert, on every page. Chinese
//   bulletins never need one; they are refused.
// - a lone surrogate (a YAML escape "\uD800") is no character at all: every page and feed would print it as U+FFFD.
//   Refused.
// - zero-width characters (U+200B–200D, U+2060, U+FEFF, soft hyphen U+00AD): a title of only these is empty, and an
//   id with one is a different id that looks the same, so messages name them.

const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const REFUSED = new RegExp(`${BIDI.source}|${LONE_SURROGATE.source}`);
const ZERO_WIDTH = /[\u00AD\u180E\u200B-\u200D\u2060\uFEFF]/g;

/** What kind of refused character a text holds. */
export type HiddenKind = 'bidi' | 'surrogate';

/** A character's code as editors see it: U+202E. */
function codeOf(char: string): string {
	return `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first bidi control or lone surrogate on each line of a text, with its line (1-based), code and kind. */
export function hiddenCharacters(text: string): Array<{ line: number; code: string; kind: HiddenKind }> {
	const found: Array<{ line: number; code: string; kind: HiddenKind }> = [];
	for (const match of text.matchAll(new RegExp(REFUSED.source, 'g'))) {
		const line = text.slice(0, match.index).split('\n').length;
		if (found.at(-1)?.line !== line) found.push({ line, code: codeOf(match[0]), kind: BIDI.test(match[0]) ? 'bidi' : 'surrogate' });
	}
	return found;
}

/** The first string inside a parsed value (YAML can write "\u202E" as an escape) with a bidi control or lone surrogate, with its path. */
export function hiddenValue(value: unknown, path: Array<string | number> = []): { path: Array<string | number>; code: string; kind: HiddenKind } | undefined {
	if (typeof value === 'string') {
		const [found] = hiddenCharacters(value);
		return found && { path, code: found.code, kind: found.kind };
	}
	if (value === null || typeof value !== 'object') return undefined;
	for (const [key, item] of Object.entries(value)) {
		const found = hiddenValue(item, [...path, Array.isArray(value) ? Number(key) : key]);
		if (found) return found;
	}
	return undefined;
}

/** The text without zero-width characters and whitespace: empty for a title a reader would see as empty. */
export function visibleText(text: string): string {
	return text.replace(ZERO_WIDTH, '').trim();
}

/** The codes of the zero-width characters a text holds, once each (`U+200B, U+2060`); empty when none. */
export function zeroWidthCodes(text: string): string {
	return [...new Set(text.match(ZERO_WIDTH) ?? [])].map(codeOf).join(', ');
}
