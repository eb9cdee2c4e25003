// Search folds Traditional variants (衞 and 衛, 綫 and 線, 着 and 著) to one form in the text it indexes and in the query,
// so that any spelling finds the others (src/convert/variant.ts has the sets). The index, and so the text Pagefind keeps
// for excerpts, then holds the folded form; a page records how it wrote each folded character so that its result shows
// the article's own spelling. Folding is one character for one, so offsets in the folded text are offsets in the written.

/** The meta key holding how the page's text was written; `spelling-<key>` does the same for the meta value `<key>`. */
export const SPELLING_META = 'spelling';

// Pagefind indexes meta values too: a record is written as one word of hexadecimal code points, each character's
// record ended by an x, so no query in Chinese can match it, even as a prefix (衛衞衞|線綫 → 885b885e885ex7dda7dabx).
const SEPARATOR = 'x';
const hex = (text: string) => [...text].map((char) => char.codePointAt(0)!.toString(16).padStart(4, '0')).join('');
const unhex = (code: string) => String.fromCodePoint(...(code.match(/.{4}/g) ?? []).map((point) => parseInt(point, 16)));

/**
 * How `written` spells the characters `folded` (the same text folded) holds in another form: for each folded character
 * that stands for another anywhere, that character followed by the written form of each of its occurrences, in order
 * (衛衞衞衛: the text's four 衛 were written 衞, 衞, 衛, 衞), written as one word of code points (see SEPARATOR).
 * Empty when the text is written as folded.
 */
export function spellingRecord(written: string, folded: string): string {
	const changed = new Set<string>();
	for (let i = 0; i < folded.length; i++) if (written[i] !== folded[i]) changed.add(folded[i]!);
	if (changed.size === 0) return '';
	const forms = new Map<string, string>([...changed].map((char) => [char, char]));
	for (let i = 0; i < folded.length; i++) if (forms.has(folded[i]!)) forms.set(folded[i]!, forms.get(folded[i]!)! + written[i]!);
	return [...forms.values()].map((entry) => hex(entry) + SEPARATOR).join('');
}

/**
 * The text as the page wrote it, from its folded form and its spellingRecord; the folded text itself when there is no
 * record or it does not fit (a different count of some character: then a wrong spelling would be worse than the folded one).
 */
export function writtenSpelling(folded: string, record: string | undefined): string {
	if (!record) return folded;
	const forms = new Map(
		record
			.split(SEPARATOR)
			.filter(Boolean)
			.map((entry) => unhex(entry))
			.map((entry) => [entry[0]!, entry.slice(1)] as const),
	);
	const seen = new Map<string, number>();
	let out = '';
	for (const char of folded) {
		const written = forms.get(char);
		if (written === undefined) {
			out += char;
			continue;
		}
		const at = seen.get(char) ?? 0;
		if (at >= written.length) return folded;
		out += written[at];
		seen.set(char, at + 1);
	}
	for (const [char, written] of forms) if ((seen.get(char) ?? 0) !== written.length) return folded;
	return out;
}
