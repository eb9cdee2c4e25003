/** A glossary entry: the Simplified form and the Traditional spellings of one term, the first being the one published. */
export interface GlossaryPair {
	hant: string[];
	hans: string;
}

/** A glossary term found in a text. */
interface GlossaryMatch {
	start: number;
	end: number;
	pair: GlossaryPair;
}

/** Finds glossary terms in text, longest first, in whatever script or spelling the text writes them. */
export interface Glossary {
	readonly pairs: readonly GlossaryPair[];
	/** Non-overlapping matches in `text`, left to right, longest match first; `normal` is the text's normal form if the caller has it already. */
	find(text: string, normal?: string): GlossaryMatch[];
}

/** Terms by the code of their first character (so that finding them makes no string per character), longest first, each with its pair. */
function termIndex(pairs: readonly GlossaryPair[], keysOf: (pair: GlossaryPair) => string[]): Map<number, Array<[string, GlossaryPair]>> {
	const byKey = new Map<string, GlossaryPair>();
	for (const pair of pairs) for (const key of keysOf(pair)) byKey.set(key, pair);
	const byFirst = new Map<number, Array<[string, GlossaryPair]>>();
	for (const [key, pair] of byKey) byFirst.set(key.charCodeAt(0), [...(byFirst.get(key.charCodeAt(0)) ?? []), [key, pair] as [string, GlossaryPair]]);
	for (const terms of byFirst.values()) terms.sort((a, b) => b[0].length - a[0].length);
	return byFirst;
}

/**
 * Builds a glossary from pairs; a later pair with the same form overrides an earlier one (per-article pairs override the
 * site's). Terms are looked up in the Simplified normal form (`normalize`), where 葉其發, its misspelling 葉其髮 and 叶其发
 * are all 叶其发 and 衞生 and 衛生 are both 卫生; every spelling an entry lists is a key as well. Text that `asWritten`
 * says needs no normalising (Simplified with no Traditional character) is matched as it is, which spares most of the time.
 */
export function createGlossary(
	pairs: readonly GlossaryPair[],
	normalize: (text: string) => string,
	asWritten: (text: string) => boolean = () => false,
): Glossary {
	const normalTerms = termIndex(pairs, (pair) => [...new Set([pair.hans, ...pair.hant].map(normalize))]);
	const writtenTerms = termIndex(pairs, (pair) => [pair.hans, ...pair.hant]);
	return {
		pairs,
		find(text, known) {
			if (pairs.length === 0) return [];
			// Normalising keeps lengths for Chinese text; if it ever did not, positions could not be mapped back, so match the text as written.
			const normal = known ?? (asWritten(text) ? undefined : normalize(text));
			const [haystack, terms] = normal !== undefined && normal.length === text.length ? [normal, normalTerms] : [text, writtenTerms];
			const matches: GlossaryMatch[] = [];
			for (let i = 0; i < haystack.length;) {
				const term = terms.get(haystack.charCodeAt(i))?.find(([key]) => haystack.startsWith(key, i));
				if (term) {
					matches.push({ start: i, end: i + term[0].length, pair: term[1] });
					i += term[0].length;
				} else i++;
			}
			return matches;
		},
	};
}
