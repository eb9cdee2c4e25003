/**
 * What a reader's query needs to match an edition's index when it is typed in the other script: `words` for the index's
 * words whose form in the other script does not come back character by character (头发 → 頭髮, 以后 → 以後), longest
 * first, and `chars` for the rest (发 → 發). Made at build time from the converter and the index's words; see query-map.ts.
 */
export interface QueryMap {
	chars: Record<string, string>;
	words: Record<string, string>;
}

/** The length of the map's longest word. */
const longestWord = (map: QueryMap): number => Object.keys(map.words).reduce((max, word) => Math.max(max, word.length), 0);

/**
 * The query as this edition writes it; text already in the edition's script comes back unchanged. Runs in the browser;
 * `longest` (longestWord of the map) can be passed when converting many queries with one map.
 */
export function convertQuery(query: string, map: QueryMap, longest = longestWord(map)): string {
	let out = '';
	for (let i = 0; i < query.length;) {
		let length = Math.min(longest, query.length - i);
		while (length > 0 && !Object.hasOwn(map.words, query.slice(i, i + length))) length--;
		if (length > 0) {
			out += map.words[query.slice(i, i + length)];
			i += length;
		} else {
			out += map.chars[query[i]!] ?? query[i];
			i++;
		}
	}
	return out;
}
