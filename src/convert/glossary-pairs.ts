import { simplifiedTables, traditionalForms } from './opencc-tables.ts';
import { toSimplified } from './to-simplified.ts';

/** A Traditional character of a glossary pair that the Simplified character at its place cannot be written as. */
export interface UnmatchedCharacter {
	/** Offset of the character in both spellings (a pair's two sides have one length). */
	index: number;
	hant: string;
	hans: string;
	/** The Traditional forms OpenCC knows for the Simplified character. */
	forms: string[];
}

/**
 * The first character where a glossary pair's Traditional spelling is not a way of writing its Simplified one (于豐收
 * for 余丰收: 于 is no form of 余), by OpenCC's tables: the same character, its Simplified reading (in any regional
 * standard), or one of the Simplified character's Traditional forms in OpenCC's phrases; undefined if every one matches.
 */
export function unmatchedCharacter(hant: string, hans: string): UnmatchedCharacter | undefined {
	const [traditional, simplified] = [[...hant], [...hans]];
	if (traditional.length !== simplified.length || toSimplified(hant) === hans) return undefined;
	const { defaults } = simplifiedTables();
	for (const [index, t] of traditional.entries()) {
		const s = simplified[index]!;
		const forms = [...new Set([defaults.get(s) ?? s, ...(traditionalForms().get(s) ?? [])])];
		if (t === s || toSimplified(t) === s || forms.includes(t)) continue;
		return { index, hant: t, hans: s, forms };
	}
	return undefined;
}
