import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** One entry of the project's phrase dictionary, with the reason it is there. */
export interface ProjectPhrase {
	hans: string;
	hant: string;
	reason: string;
	line: number;
}

/** Path of the project's phrase dictionary (read from the project root, where Astro, the scripts and the tests run). */
const PROJECT_DICTIONARY = 'src/convert/data/phrases.tsv';

/**
 * Parses a project dictionary: `source<TAB>conversion<TAB># reason` per line (Simplified first in phrases.tsv, Traditional
 * first in traditional-phrases.tsv), `#` lines are comments. Every entry must give its reason and keep the length (the
 * converter aligns the two forms character by character).
 */
export function parseProjectPhrases(text: string, file = PROJECT_DICTIONARY, sourceScript: 'simplified' | 'traditional' = 'simplified'): ProjectPhrase[] {
	const entries: ProjectPhrase[] = [];
	text.split('\n').forEach((raw, index) => {
		const line = raw.trim();
		if (line === '' || line.startsWith('#')) return;
		const [source = '', target = '', comment = ''] = line.split('\t').map((field) => field.trim());
		const [hans, hant] = sourceScript === 'simplified' ? [source, target] : [target, source];
		const reason = comment.replace(/^#\s*/, '');
		const where = `${file}:${index + 1}`;
		if (!comment.startsWith('#') || reason === '') throw new Error(`${where}: an entry needs its reason as a third column: # …`);
		if ([...hans].length !== [...hant].length) throw new Error(`${where}: ${hans} and ${hant} must have the same number of characters`);
		entries.push({ hans, hant, reason, line: index + 1 });
	});
	return entries;
}

let cached: ProjectPhrase[] | undefined;

/** The project's phrase dictionary, read once per process. */
export function projectPhrases(): ProjectPhrase[] {
	return (cached ??= parseProjectPhrases(readFileSync(resolve(process.cwd(), PROJECT_DICTIONARY), 'utf8')));
}
