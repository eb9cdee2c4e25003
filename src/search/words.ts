// Search matches what a reader typed as written: an article is found when its text contains the query, not when the
// query's pieces are scattered over it. Pagefind matches whole index words, with an exact mode for a quoted phrase
// of consecutive words; so the index holds Chinese text one character per word (a phrase of characters is then any
// substring) and other text in whole words, and the query is cut the same way and searched as a quoted phrase.
// Dictionary words (ICU's Intl.Segmenter) would miss every name the dictionary cuts differently in the text than in
// the query (柘榮, 葉其發, 上限聚令), and differently in the two scripts; docs/search.md has the measurements.

import { dropInvisible, foldFullWidth } from '../core/pasted-characters.ts';

/**
 * The query as the index holds text: without invisible pasted characters (a soft hyphen copied with 卫生) and with
 * full-width digits and letters as ASCII (１５００ → 1500), as searchable-page.ts indexes them.
 */
export function searchableQuery(query: string): string {
	return foldFullWidth(dropInvisible(query));
}

/** Stands for whitespace that was in the text, so an excerpt can tell it from the spaces put between words. */
export const GAP = '\u2063';

// Scripts written without spaces between words, searched one character at a time.
const CHARACTER_SCRIPTS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string): Intl.Segmenter {
	let found = segmenters.get(lang);
	if (!found) segmenters.set(lang, (found = new Intl.Segmenter(lang, { granularity: 'word' })));
	return found;
}

/** Whether a token is a word (letters or digits) written in a script with spaces, such as N95 or COVID. */
const isSpacedWord = (token: string | undefined) => token !== undefined && WORD_CHARACTER.test(token) && !CHARACTER_SCRIPTS.test(token);

/**
 * The text as the words search indexes: each Chinese character alone, other words whole, punctuation alone (so a
 * phrase never runs across it) except between two words in a spaced script (COVID-19), where it stays with the word
 * before it as Pagefind and the query drop it there; whitespace becomes one GAP.
 */
export function textTokens(text: string, lang: string): string[] {
	const segments = [...segmenter(lang).segment(text)].map(({ segment }) => segment);
	const tokens: string[] = [];
	segments.forEach((segment, i) => {
		if (segment.trim() === '') {
			if (tokens.length > 0 && tokens.at(-1) !== GAP) tokens.push(GAP);
		} else if (CHARACTER_SCRIPTS.test(segment)) {
			tokens.push(...segment);
		} else if (!WORD_CHARACTER.test(segment) && isSpacedWord(tokens.at(-1)) && isSpacedWord(segments[i + 1])) {
			tokens[tokens.length - 1] += segment;
		} else {
			tokens.push(segment);
		}
	});
	if (tokens.at(-1) === GAP) tokens.pop();
	return tokens;
}

/** The text's index words separated by single spaces (what Pagefind indexes); whitespace in the text becomes a spaced GAP. */
export function spaceText(text: string, lang: string): string {
	return textTokens(text, lang).join(' ');
}

/** Splits tokens into the runs between whitespace and punctuation, dropping empty runs. */
function runs(tokens: string[]): string[][] {
	const found: string[][] = [[]];
	for (const token of tokens) {
		if (WORD_CHARACTER.test(token)) found.at(-1)!.push(token);
		else if (found.at(-1)!.length > 0) found.push([]);
	}
	return found.filter((run) => run.length > 0);
}

/** The words of a text by ICU's dictionary, punctuation and whitespace left out: what the cross-script query map covers. */
export function textWords(text: string, lang: string): string[] {
	return [...segmenter(lang).segment(text)].filter(({ isWordLike }) => isWordLike).map(({ segment }) => segment);
}

/**
 * The phrases a query asks for, each as its index words separated by spaces: the query is cut at whitespace and
 * punctuation, and an article matches when it contains every phrase as written.
 */
export function queryPhrases(query: string, lang: string): string[] {
	return runs(textTokens(query, lang)).map((run) => run.join(' '));
}

/**
 * The words of a query by ICU's dictionary, each as a phrase: an article containing them all, though not the query
 * as written, is a looser match. Characters the dictionary leaves single and next to each other stay together, as
 * they are mostly a name it does not know (葵青區強制檢測 → 葵青區, 強制, 檢測; 上限聚令 → 上限, 聚令); a character
 * standing alone is left out, as it would match almost any article.
 */
export function queryWords(query: string, lang: string): string[] {
	const words: string[][] = [];
	let single = false;
	for (const { segment, isWordLike } of segmenter(lang).segment(query)) {
		const characters = [...segment];
		if (isWordLike && characters.length === 1 && single) words.at(-1)!.push(segment);
		else if (isWordLike) words.push([segment]);
		single = isWordLike === true && characters.length === 1;
	}
	return words
		.map((word) => word.join(''))
		.filter((word) => [...word].length > 1)
		.map((word) => spaceText(word, lang));
}

/** Undoes spaceText on text: drops the spaces put between words and turns each GAP back into one space. */
export function joinWords(spaced: string): string {
	return spaced
		.split(GAP)
		.map((part) => part.replace(/ /g, ''))
		.join(' ')
		.replace(/ {2,}/g, ' ')
		.trim();
}
