import { once, simplifiedTables, traditionalDictionaries, traditionalForms, variantDictionaries } from './opencc-tables.ts';
import { projectTraditionalCharacters, toSimplified } from './to-simplified.ts';

/** Every character written on the source side of a set of OpenCC dictionaries. */
function sourceCharacters(dictionaries: readonly string[]): Set<string> {
	const chars = new Set<string>();
	for (const dictionary of dictionaries) {
		for (const entry of dictionary.split('|')) for (const c of entry.slice(0, entry.indexOf(' '))) chars.add(c);
	}
	return chars;
}

// Characters only Traditional text uses: read as Traditional they have a Simplified form, and no Simplified phrase of
// OpenCC's writes them (显著 keeps 著, so 著 is not one). Candidates are every character a Traditional dictionary knows,
// and the characters the project's own dictionary writes otherwise (牠, 妳), which OpenCC leaves as they are: without
// them a 牠 left in the Simplified edition was no character of the other script, and the leak checks passed it.
const traditionalOnly = once(() => {
	const { phraseDictionaries, defaults } = simplifiedTables();
	const simplifiedWritten = sourceCharacters(phraseDictionaries);
	for (const char of defaults.keys()) simplifiedWritten.add(char);
	const candidates = [...sourceCharacters([...traditionalDictionaries(), ...variantDictionaries()]), ...projectTraditionalCharacters()];
	return new Set(candidates.filter((char) => !simplifiedWritten.has(char) && toSimplified(char) !== char));
});

// Characters only Simplified text uses: they have another Traditional form, no Traditional phrase or regional form
// keeps them (公里 keeps 里, Taiwan writes 群 for 羣) and they are not one of their own Traditional forms (后 is also 后).
const simplifiedOnly = once(() => {
	const traditionalWritten = sourceCharacters([...traditionalDictionaries(), ...variantDictionaries()]);
	const forms = traditionalForms();
	return new Set(
		[...simplifiedTables().defaults]
			.filter(([char, traditional]) => traditional !== char && !traditionalWritten.has(char) && !forms.get(char)?.includes(char))
			.map(([char]) => char),
	);
});

/** A character only Traditional text uses (發, 葉, 衞). */
export const isTraditionalOnly = (char: string): boolean => traditionalOnly().has(char);

/** A character only Simplified text uses (发, 叶, 请). */
export const isSimplifiedOnly = (char: string): boolean => simplifiedOnly().has(char);

const codesOf = (chars: Set<string>) => new Set([...chars].filter((char) => char.length === 1).map((char) => char.charCodeAt(0)));
const traditionalOnlyCodes = once(() => codesOf(traditionalOnly()));
const simplifiedOnlyCodes = once(() => codesOf(simplifiedOnly()));

/** The character codes only the other script than `script` uses (for scanning text without making a string of each character). */
export const otherScriptCodes = (script: 'zh-Hant' | 'zh-Hans'): Set<number> => (script === 'zh-Hans' ? traditionalOnlyCodes() : simplifiedOnlyCodes());
