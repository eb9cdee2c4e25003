import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The text of each Pagefind filter chunk of an edition's search bundle (gunzipped; keys and values appear as UTF-8 strings in it). */
export function filterChunks(dist: string, edition: string): string[] {
	const dir = join(dist, edition, 'pagefind', 'filter');
	return readdirSync(dir).map((file) => gunzipSync(readFileSync(join(dir, file))).toString('utf8'));
}

/** Pagefind's entry file of an edition's search bundle: which languages were indexed and how many pages each has. */
export function pagefindEntry(dist: string, edition: string): { languages: Record<string, { page_count: number }> } {
	return JSON.parse(readFileSync(join(dist, edition, 'pagefind', 'pagefind-entry.json'), 'utf8'));
}

/** The page text Pagefind stored for each article of an edition (its fragments, gunzipped), keyed by URL. */
export function indexedContent(dist: string, edition: string): Map<string, string> {
	const dir = join(dist, edition, 'pagefind', 'fragment');
	const fragments = readdirSync(dir).map((file) =>
		JSON.parse(
			gunzipSync(readFileSync(join(dir, file)))
				.toString('utf8')
				.replace(/^pagefind_dcd/, ''),
		),
	);
	return new Map(fragments.map((f: { url: string; content: string }) => [f.url, f.content]));
}
