import type { Script } from '../core/scripts.ts';
import { convertQuery, type QueryMap } from './convert-query.ts';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * The query map of an edition, derived from the converter rather than learnt from pages: every word of the edition's
 * index (`words`, with how often it occurs), written in the other script by the converter (`toOther`), must come back as
 * that word. Characters the edition's own text never uses map to the form most index words give them; a word that does
 * not come back character by character gets an entry of its own; a word typed in the edition's script stays as it is.
 * When two index words share one form in the other script (發/髮 alone), the converter's own reading of it
 * (`toEdition`) decides, so one wrong spelling in a page can no longer decide for all of them. `variants` (each variant
 * character with the form its set is folded to, see src/convert/variant.ts) adds the spellings a reader may type that
 * neither the index nor the other script holds (衛 where the index folded 衞, 綫 in a Simplified edition): each goes
 * where its set's other members go, or where the converter reads the set's form. `terms` are the glossary's spellings
 * in either script, each with the edition's form of it (谷丰村 and 谷豐村 → 穀豐村): the index holds a term only in its
 * words (穀|豐|村), so without them a term came back as its characters would (谷豐村) and found nothing (trial-40).
 */
export function deriveQueryMap(
	words: ReadonlyMap<string, number>,
	toOther: (text: string) => string,
	toEdition: (text: string) => string,
	variants: ReadonlyMap<string, string> = new Map(),
	terms: ReadonlyArray<readonly [typed: string, wanted: string]> = [],
): QueryMap {
	const own = new Set<string>();
	for (const word of words.keys()) for (const char of word) own.add(char);
	const typed = new Map<string, string[]>();
	const answers = new Map<string, Map<string, number>>();
	for (const [word, count] of words) {
		if (!HAN.test(word)) continue;
		const other = toOther(word);
		if (other.length !== word.length) continue;
		typed.set(other, [...(typed.get(other) ?? []), word]);
		for (let i = 0; i < word.length; i++) {
			if (other[i] === word[i] || own.has(other[i]!)) continue;
			const counts = answers.get(other[i]!) ?? new Map<string, number>();
			counts.set(word[i]!, (counts.get(word[i]!) ?? 0) + count);
			answers.set(other[i]!, counts);
		}
	}
	const map: QueryMap = { chars: {}, words: {} };
	for (const [char, counts] of answers) {
		const [best] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] === toEdition(char) ? -1 : 1))[0]!;
		map.chars[char] = best;
	}
	const sets = new Map<string, string[]>();
	for (const [char, kept] of variants) sets.set(kept, [...(sets.get(kept) ?? [kept]), char]);
	for (const members of sets.values()) {
		// Else the converter's reading, when the index holds it (麵 → 面 in a Simplified edition, where 面 never came back as 麪).
		const read = toEdition(members[0]!);
		const target = members.map((char) => (own.has(char) ? char : map.chars[char])).find((found) => found !== undefined) ?? (own.has(read) ? read : undefined);
		if (target === undefined) continue;
		for (const char of members) if (!own.has(char) && !Object.hasOwn(map.chars, char)) map.chars[char] = target;
	}
	// Each word's entry can change how longer or neighbouring keys match, so entries are added until every word comes back.
	let longest = 0;
	for (let pass = 0; pass < 4; pass++) {
		let added = false;
		for (const [other, candidates] of typed) {
			const target = candidates.length === 1 ? candidates[0]! : (candidates.find((word) => word === toEdition(other)) ?? mostFrequent(candidates, words));
			for (const [query, wanted] of [[other, target], ...candidates.map((word) => [word, word])] as const) {
				if (convertQuery(query, map, longest) === wanted) continue;
				map.words[query] = wanted;
				longest = Math.max(longest, query.length);
				added = true;
			}
		}
		for (const [query, wanted] of terms) {
			if (query === wanted || convertQuery(query, map, longest) === wanted) continue;
			map.words[query] = wanted;
			longest = Math.max(longest, query.length);
			added = true;
		}
		if (!added) break;
	}
	return map;
}

function mostFrequent(candidates: readonly string[], counts: ReadonlyMap<string, number>): string {
	return [...candidates].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))[0]!;
}

/**
 * Each spelling of a glossary's terms that a reader of the `script` edition may type (the Simplified one and every
 * Traditional one), with the term as that edition prints and indexes it (`fold`): deriveQueryMap's `terms`.
 */
export function glossaryQueries(
	pairs: ReadonlyArray<{ hans: string; hant: readonly string[] }>,
	script: Script,
	fold: (text: string) => string,
): Array<[string, string]> {
	return pairs.flatMap(({ hans, hant }) => {
		const printed = fold(script === 'zh-Hans' ? hans : hant[0]!);
		return [hans, ...hant].map((typed): [string, string] => [typed, printed]);
	});
}
