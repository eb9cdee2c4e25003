import { once, regionalDictionaries, regionalForms, variantDictionaries, variantReaders } from './opencc-tables.ts';
import type { PhraseTrie } from './phrase-trie.ts';
import { TextWords } from './word-boundaries.ts';
import type { TraditionalVariant } from '../core/scripts.ts';

/**
 * Traditional text in any regional standard read as OpenCC's standard Traditional (衞 → 衛, 綫 → 線, 裡 → 裏, 著 → 着
 * where it is the particle), with no reader's phrase cutting across one of ICU's words (帶著/志工 is not 著志).
 */
export function standardTraditional(text: string): string {
	if (!touchedBy(text, variantReaders())) return text;
	const words = new TextWords(text);
	// A reader's phrase is used only where it keeps to ICU's words: whole words, or inside one word.
	const keepsToWords = (start: number, { end }: { end: number }) => {
		if (end - start < 2 || (words.startsAt(start) && words.startsAt(end))) return true;
		for (let k = start + 1; k < end; k++) if (words.startsAt(k)) return false;
		return true;
	};
	let standard = text;
	for (const reader of variantReaders()) standard = reader.convert(standard, keepsToWords);
	return standard;
}

/**
 * Traditional text written in the edition's regional standard: a form of another standard (衛 or 裡 in a Hong Kong
 * edition, 衞 or 綫 in a Taiwan one) is read as OpenCC's standard and written in `variant`'s, so an edition never mixes
 * 衛生 and 衞生 because its articles came from different places. Text already in `variant` comes back as it was; in a
 * Hong Kong edition only Taiwan's 裡, 著 and 衛 are changed (see below).
 */
export function inVariant(text: string, variant: TraditionalVariant): string {
	const foreign = foreignCharacters()[variant];
	let touched = false;
	for (let i = 0; i < text.length && !touched; i++) touched = foreign.has(text[i]!);
	if (!touched) return text;
	const regional = regionalForms(variant);
	const standard = standardTraditional(text);
	const written = regional ? regional.convert(standard) : standard;
	// The tables map character to character; a phrase that changed the length would shift everything after it.
	if (written.length !== text.length) return text;
	// Only the characters foreign to the edition change: Hong Kong offices write their own glyphs (說, 溫, 群, 啟), not
	// always those of OpenCC's Hong Kong table (説, 温, 羣, 啓), and Taiwan writes 台灣 as well as 臺灣.
	let out = '';
	for (let i = 0; i < text.length; i++) out += foreign.has(text[i]!) ? written[i]! : text[i]!;
	return out;
}

/** Characters Hong Kong reads as another standard form that Taiwan writes too (台灣, 潮濕): a Taiwan text keeps them. */
const TAIWAN_ALSO = new Set(['台', '濕']);

/** The characters that mark Traditional text as Taiwan's where Hong Kong writes another form: 裡 (裏), 著 as a particle (着), 衛 (衞). */
const TAIWAN_FORMS = new Set(['裡', '著', '衛']);

/**
 * Per regional standard, the characters whose presence can make inVariant change a text: those a reader or the regional
 * table writes otherwise, less the edition's own forms, which read as standard and written back come out as they were
 * (Taiwan text in a Taiwan edition is left alone without reading it). In a Hong Kong edition only Taiwan's forms change.
 */
const foreignCharacters = once((): Record<TraditionalVariant, Set<string>> => {
	const readers = changedCharacters(variantDictionaries());
	const tw = changedCharacters(regionalDictionaries('tw'));
	const taiwanWritten = writtenCharacters(regionalDictionaries('tw'));
	return {
		tw: new Set([...readers, ...tw].filter((char) => !taiwanWritten.has(char) && !TAIWAN_ALSO.has(char))),
		hk: TAIWAN_FORMS,
		t: readers,
	};
});

/** The characters an OpenCC dictionary changes: in each entry, those written otherwise (all of them where the length changes). */
function changedCharacters(dictionaries: readonly string[]): Set<string> {
	const changed = new Set<string>();
	for (const [from, to] of entries(dictionaries))
		for (let i = 0; i < from.length; i++) if (from.length !== to.length || from[i] !== to[i]) changed.add(from[i]!);
	return changed;
}

/** The characters an OpenCC dictionary writes in place of others. */
function writtenCharacters(dictionaries: readonly string[]): Set<string> {
	const written = new Set<string>();
	for (const [from, to] of entries(dictionaries)) for (let i = 0; i < to.length; i++) if (from[i] !== to[i]) written.add(to[i]!);
	return written;
}

/** The entries of OpenCC dictionaries (`from to|from to…`), the first of several values of an entry. */
function* entries(dictionaries: readonly string[]): Generator<[string, string]> {
	for (const dictionary of dictionaries)
		for (const entry of dictionary.split('|')) {
			const [from, to] = entry.split(' ');
			if (from && to) yield [from, to];
		}
}

/** Whether any of `tables` has a phrase starting with one of the text's characters (most text has none: nothing to do). */
function touchedBy(text: string, tables: readonly PhraseTrie[]): boolean {
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (tables.some((table) => table.starts(code))) return true;
	}
	return false;
}

/**
 * Every Traditional character that a regional standard writes another way, mapped to one form of its set (衞 and 衛 →
 * 衛, 綫 and 線 → 線, 裏 and 裡 → 裡, 着 and 著 → 著, 説 and 說 → 說): search folds the text it indexes and the queries it
 * is given with it, so any spelling finds the others. The form kept is the one Taiwan writes after reading the text as
 * OpenCC's standard (the most common in practice, so that few pages need their spelling recorded); where the readers
 * leave the two apart (菸 and 煙, which only OpenCC's Hong Kong table joins), the form Hong Kong writes.
 */
export const variantFolding = once((): ReadonlyMap<string, string> => {
	const single = (dictionaries: readonly string[]) => {
		const map = new Map<string, string>();
		for (const [from, to] of entries(dictionaries)) if (from.length === 1 && to.length === 1 && from !== to && !map.has(from)) map.set(from, to);
		return map;
	};
	const standard = single(variantDictionaries());
	const taiwan = single(regionalDictionaries('tw'));
	const hongKong = single(regionalDictionaries('hk'));
	// The sets: characters joined by any of the four tables, each set named by one member.
	const parent = new Map<string, string>();
	const root = (char: string): string => {
		while (parent.get(char) !== char) char = parent.get(char)!;
		return char;
	};
	for (const [from, to] of [...standard, ...taiwan, ...hongKong]) {
		for (const char of [from, to]) if (!parent.has(char)) parent.set(char, char);
		parent.set(root(from), root(to));
	}
	const sets = new Map<string, string[]>();
	for (const char of parent.keys()) sets.set(root(char), [...(sets.get(root(char)) ?? []), char]);
	const folding = new Map<string, string>();
	for (const members of sets.values()) {
		const kept = new Set(members.map((char) => taiwan.get(standard.get(char) ?? char) ?? standard.get(char) ?? char));
		const form = kept.size === 1 ? [...kept][0]! : (members.find((char) => [...hongKong.values()].includes(char)) ?? members[0]!);
		for (const char of members) if (char !== form) folding.set(char, form);
	}
	return folding;
});

/** Traditional text with every variant character in the form variantFolding keeps (the same length: one character for one). */
export function foldVariants(text: string): string {
	const folding = variantFolding();
	let out = '';
	for (const char of text) out += folding.get(char) ?? char;
	return out;
}
