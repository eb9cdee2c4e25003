// Text pasted from WPS and Word brings characters a reader cannot see but search does: a soft hyphen inside 卫生 made
// 爱国卫生工作 match nothing (trial-35). What the site does with each, in one place for the build, the check and the
// reader's browser (the query):
// - soft hyphen U+00AD, zero-width space U+200B, word joiner U+2060, BOM U+FEFF inside the text: removed everywhere
//   (published text, index and query); Chinese text has no word to hyphenate or break.
// - no-break space U+00A0: an ordinary space in published text; search already takes it for whitespace.
// - line and paragraph separators U+2028 and U+2029 (WPS's manual line break): a line break in published text.
// - full-width digits and Latin letters (１５００, ＣＯＶＩＤ): published as written, matched as ASCII in the index and
//   the query, so 1500 finds １５００ and the other way round.

/** The invisible characters the site removes wherever text goes. */
const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/g;

/** Pasted characters that `npm run check` points out, each with the code editors see; see PASTED_NAMES for their names. */
export const PASTED = /[\u00AD\u200B\u2060\uFEFF\u00A0\u2028\u2029]/;

/** The text without the invisible characters (soft hyphen, zero-width space, word joiner, BOM). */
export function dropInvisible(text: string): string {
	return text.replace(INVISIBLE, '');
}

// Full-width forms U+FF10–FF19 (digits), U+FF21–FF3A and U+FF41–FF5A (letters) lie 0xFEE0 above ASCII. Full-width
// punctuation (，：；) is Chinese punctuation and stays.
const FULL_WIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;

/** Full-width digits and Latin letters as ASCII, one character for one (search's folding keeps offsets). */
export function foldFullWidth(text: string): string {
	return text.replace(FULL_WIDTH_ALNUM, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}

/** Whether the text has full-width digits or Latin letters. */
export function hasFullWidth(text: string): boolean {
	return /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/.test(text);
}

/** A line that starts with an item number as Chinese documents write it (1． 2、 (3) （四） 五、), which is no Markdown list. */
export const NUMBERED_LINE =
	/^[\u3000 \t]*(?:[0-9０-９]{1,2}[．.、](?![0-9０-９])|[（(][0-9０-９一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)/;
