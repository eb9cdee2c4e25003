import { once, traditionalTable } from './opencc-tables.ts';
import { PhraseTrie } from './phrase-trie.ts';
import { parseProjectPhrases } from './project-dictionary.ts';
import { standardTraditional } from './variant.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Path of the project's Traditional → Simplified dictionary. */
const TRADITIONAL_DICTIONARY = 'src/convert/data/traditional-phrases.tsv';

// The project's words, read before anything else: what OpenCC gets wrong for Traditional sources (土著, 妳).
const projectEntries = once(() =>
	parseProjectPhrases(readFileSync(resolve(process.cwd(), TRADITIONAL_DICTIONARY), 'utf8'), TRADITIONAL_DICTIONARY, 'traditional'),
);
const projectWords = once(() => {
	const trie = new PhraseTrie();
	for (const { hans, hant } of projectEntries()) trie.add(hant, hans);
	return trie;
});

/**
 * The characters the project's dictionary writes otherwise in Simplified on their own (妳, 牠, 祂): Traditional only in
 * practice, though OpenCC, which leaves them, does not know it.
 */
export const projectTraditionalCharacters = once(
	() =>
		new Set(
			projectEntries()
				.filter(({ hans, hant }) => hant.length === 1 && hans !== hant)
				.map(({ hant }) => hant),
		),
);

/**
 * Traditional → Simplified for text in any regional standard: the project's words first, then Hong Kong and Taiwan
 * forms are read as OpenCC's standard Traditional (衞 → 衛, 綫 → 線, 著 → 着 where it is the particle), with no
 * phrase of the readers cutting across a word (帶著/志工 is not 著志), then OpenCC's phrases and characters apply.
 * OpenCC's own tw2s and hk2s each read only their own region's forms, so 衞 survived tw2s and 隨著 survived hk2s.
 */
export function toSimplified(text: string): string {
	const project = projectWords();
	let out = '';
	let copied = 0;
	for (let i = 0; i < text.length; i++) {
		const word = project.starts(text.charCodeAt(i)) ? project.longestAt(text, i) : undefined;
		if (!word) continue;
		out += readStandard(text.slice(copied, i)) + word.value;
		copied = word.end;
		i = word.end - 1;
	}
	return copied === 0 ? readStandard(text) : out + readStandard(text.slice(copied));
}

function readStandard(text: string): string {
	return traditionalTable().convert(standardTraditional(text));
}
