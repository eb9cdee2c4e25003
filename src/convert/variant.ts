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
