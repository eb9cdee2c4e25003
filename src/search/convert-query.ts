/**
 * What a reader's query needs to match an edition's index when it is typed in the other script:
 * `chars` for characters with one answer (发 → 發), `pairs` for characters whose answer depends on a neighbour
 * (头发 → 頭髮 but 发展 → 發展). Generated at build time from the site's own text; see query-map.ts.
 */
export interface QueryMap {
	chars: Record<string, string>;
	pairs: Record<string, string>;
}

/** The query as this edition writes it; text already in the edition's script comes back unchanged. Runs in the browser. */
export function convertQuery(query: string, map: QueryMap): string {
	const chars = [...query];
	return chars
		.map((char, i) => {
			const before = i > 0 ? map.pairs[chars[i - 1]! + char] : undefined;
			if (before) return [...before][1];
			const after = i + 1 < chars.length ? map.pairs[char + chars[i + 1]!] : undefined;
			if (after) return [...after][0];
			return map.chars[char] ?? char;
		})
		.join('');
}
