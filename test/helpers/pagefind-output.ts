import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The text of each Pagefind filter chunk of a language (gunzipped; keys and values appear as UTF-8 strings in it). */
export function filterChunks(dist: string, language: string): string[] {
	const dir = join(dist, 'pagefind', 'filter');
	return readdirSync(dir)
		.filter((file) => file.startsWith(`${language}_`))
		.map((file) => gunzipSync(readFileSync(join(dir, file))).toString('utf8'));
}

/** Pagefind's entry file: which languages were indexed and how many pages each has. */
export function pagefindEntry(dist: string): { languages: Record<string, { page_count: number }> } {
	return JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8'));
}
