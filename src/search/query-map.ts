import type { QueryMap } from './convert-query.ts';

/** The same text in both editions: `from` in the script a reader might type, `to` as the edition publishes it. */
export interface AlignedText {
	from: string;
	to: string;
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Learns the query map of an edition from text published in both editions (conversion keeps lengths, so the
 * two align character by character). Only what the edition's own text never contains is mapped, so a query
 * typed in the edition's script is never changed; characters with several answers get their neighbours as context.
 */
export function learnQueryMap(texts: Iterable<AlignedText>): QueryMap {
	const answers = new Map<string, Map<string, number>>();
	const ownChars = new Set<string>();
	const ownPairs = new Set<string>();
	const aligned: AlignedText[] = [];
	for (const text of texts) {
		const from = [...text.from];
		const to = [...text.to];
		if (from.length !== to.length) continue;
		aligned.push(text);
		to.forEach((char, i) => {
			ownChars.add(char);
			if (i > 0) ownPairs.add(to[i - 1]! + char);
			if (!HAN.test(from[i]!)) return;
			const counts = answers.get(from[i]!) ?? new Map<string, number>();
			counts.set(char, (counts.get(char) ?? 0) + 1);
			answers.set(from[i]!, counts);
		});
	}
	const chars: Record<string, string> = {};
	const ambiguous = new Set<string>();
	for (const [from, counts] of answers) {
		const [best] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
		if (counts.size > 1 || ownChars.has(from)) ambiguous.add(from);
		if (best !== from && !ownChars.has(from)) chars[from] = best;
	}
	const pairs: Record<string, string> = {};
	for (const { from, to } of aligned) {
		const f = [...from];
		const t = [...to];
		for (let i = 1; i < f.length; i++) {
			const pair = f[i - 1]! + f[i]!;
			if (!(ambiguous.has(f[i - 1]!) || ambiguous.has(f[i]!)) || ownPairs.has(pair) || pair === t[i - 1]! + t[i]!) continue;
			const guess = (chars[f[i - 1]!] ?? f[i - 1]!) + (chars[f[i]!] ?? f[i]!);
			if (guess !== t[i - 1]! + t[i]!) pairs[pair] = t[i - 1]! + t[i]!;
		}
	}
	return { chars, pairs };
}
