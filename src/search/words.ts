// Chinese is written without spaces, so search needs word boundaries on both sides: in the index and in the query.
// Pagefind would find them itself at index time with its own segmenter (charabia), which at ten thousand articles
// is most of the build's time and memory (README "Scale"), while the reader's browser splits the query with ICU's
// Intl.Segmenter. Splitting both sides here with Intl.Segmenter makes index and query agree, and lets Pagefind
// index the text as already-spaced words.

/** Stands for whitespace that was in the text, so an excerpt can tell it from the spaces put between words. */
export const GAP = '\u2063';

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string): Intl.Segmenter {
	let found = segmenters.get(lang);
	if (!found) segmenters.set(lang, (found = new Intl.Segmenter(lang, { granularity: 'word' })));
	return found;
}

/** The text's words and punctuation separated by single spaces; whitespace in the text becomes a spaced GAP. */
export function spaceWords(text: string, lang: string): string {
	const parts: string[] = [];
	for (const { segment } of segmenter(lang).segment(text)) {
		const isSpace = segment.trim() === '';
		if (!(isSpace && parts.at(-1) === GAP)) parts.push(isSpace ? GAP : segment);
	}
	return parts.join(' ');
}

/** The words of a text as the index holds them (punctuation and whitespace left out). */
export function textWords(text: string, lang: string): string[] {
	return [...segmenter(lang).segment(text)].filter(({ isWordLike }) => isWordLike).map(({ segment }) => segment);
}

/** A reader's query as the words the index holds, separated by single spaces (what Pagefind searches for). */
export function queryWords(query: string, lang: string): string {
	return [...segmenter(lang).segment(query)]
		.map(({ segment }) => segment.trim())
		.filter((segment) => segment !== '')
		.join(' ');
}

/** Undoes spaceWords on text or excerpt HTML: drops the spaces put between words and turns each GAP back into one space. */
export function joinWords(spaced: string): string {
	return spaced
		.split(GAP)
		.map((part) => part.replace(/ /g, ''))
		.join(' ')
		.replace(/ {2,}/g, ' ')
		.trim();
}
