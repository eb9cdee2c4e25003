import { once, simplifiedTables, traditionalDictionaries, traditionalForms, variantDictionaries } from './opencc-tables.ts';
import { projectTraditionalCharacters, toSimplified } from './to-simplified.ts';
import { nameData } from './context-rules.ts';

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

// Characters Simplified text writes for another Traditional form, though Traditional text also writes them in a few
// words: 据 (據; 拮据), 这 (這; one of OpenCC's variant phrases has it), 无 (無), 确 (確). In Traditional text such a
// character is stray only where its word calls for the other form (src/convert/stray.ts). Not those that take a form of
// their own in names and places (余, 范, 于, 里 …): read back without the article's names, 范麗娟 came back 範麗娟, 31 of the
// 57 characters found in the hand-checked Traditional bulletins, where a stray 于 or 里 is rare. Nor 霉 and 凶: Taiwan's
// dictionary writes 發霉, 霉菌 and 元凶, 凶手 beside OpenCC's 黴 and 兇, and so did the writers of Traditional text. Nor the forms Hong Kong or Taiwan write
// themselves (群, 峰, 床, 温, 税: a character of OpenCC's readers of regional forms): they are Traditional there.
const simplifiedAsWell = once(() => {
	const only = simplifiedOnly();
	const { nameFormCodes } = nameData();
	const regional = new Set(
		variantDictionaries()
			.flatMap((dictionary) => dictionary.split('|'))
			.map((entry) => entry.slice(0, entry.indexOf(' ')))
			.filter((source) => source.length === 1),
	);
	const traditionalToo = (char: string) => only.has(char) || nameFormCodes.has(char.charCodeAt(0)) || regional.has(char) || '霉凶'.includes(char);
	return new Set([...simplifiedTables().defaults].filter(([char, traditional]) => traditional !== char && !traditionalToo(char)).map(([char]) => char));
});

/** A character only Traditional text uses (發, 葉, 衞). */
export const isTraditionalOnly = (char: string): boolean => traditionalOnly().has(char);

/** A character only Simplified text uses (发, 叶, 请). */
export const isSimplifiedOnly = (char: string): boolean => simplifiedOnly().has(char);

const codesOf = (chars: Set<string>) => new Set([...chars].filter((char) => char.length === 1).map((char) => char.charCodeAt(0)));
const traditionalOnlyCodes = once(() => codesOf(traditionalOnly()));
/** The character codes Simplified text writes for another Traditional form that Traditional text also writes in a few words (据, 于, 这). */
export const simplifiedAsWellCodes = once(() => codesOf(simplifiedAsWell()));
const simplifiedOnlyCodes = once(() => codesOf(simplifiedOnly()));

/** The character codes only the other script than `script` uses (for scanning text without making a string of each character). */
export const otherScriptCodes = (script: 'zh-Hant' | 'zh-Hans'): Set<number> => (script === 'zh-Hans' ? traditionalOnlyCodes() : simplifiedOnlyCodes());
