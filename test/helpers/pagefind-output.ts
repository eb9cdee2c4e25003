import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { BundleManifest } from '../../src/search/bundles.ts';

/** The manifest of an edition's search folder: its bundles, newest first. */
export function searchManifest(dist: string, edition: string): BundleManifest {
	return JSON.parse(readFileSync(join(dist, edition, 'pagefind', 'bundles.json'), 'utf8'));
}

/** The folders of an edition's search bundles, newest first. */
export function bundleFolders(dist: string, edition: string): string[] {
	return searchManifest(dist, edition).bundles.map((bundle) => join(dist, edition, 'pagefind', bundle.name));
}

/** The text of each Pagefind filter chunk of an edition's search bundles (gunzipped; keys and values appear as UTF-8 strings in it). */
export function filterChunks(dist: string, edition: string): string[] {
	return bundleFolders(dist, edition).flatMap((folder) =>
		readdirSync(join(folder, 'filter')).map((file) => gunzipSync(readFileSync(join(folder, 'filter', file))).toString('utf8')),
	);
}

/** Pagefind's entry file of each of an edition's search bundles: which languages were indexed and how many pages each has. */
export function pagefindEntries(dist: string, edition: string): Array<{ languages: Record<string, { page_count: number }> }> {
	return bundleFolders(dist, edition).map((folder) => JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')));
}

/** What Pagefind keeps of a page: its URL, its text and its meta values. */
interface Fragment {
	url: string;
	content: string;
	meta: Record<string, string | undefined>;
}

/** What Pagefind stored for each article of an edition (its fragment in whichever bundle: text, filters, sort keys), keyed by URL. */
export function indexedFragments(dist: string, edition: string): Map<string, Fragment> {
	const fragments = bundleFolders(dist, edition).flatMap((folder) =>
		readdirSync(join(folder, 'fragment')).map((file) =>
			JSON.parse(
				gunzipSync(readFileSync(join(folder, 'fragment', file)))
					.toString('utf8')
					.replace(/^pagefind_dcd/, ''),
			),
		),
	);
	return new Map(fragments.map((fragment: Fragment) => [fragment.url, fragment]));
}

/** The page text Pagefind stored for each article of an edition (its fragments in every bundle, gunzipped), keyed by URL. */
export function indexedContent(dist: string, edition: string): Map<string, string> {
	return new Map([...indexedFragments(dist, edition)].map(([url, fragment]) => [url, fragment.content]));
}

/** Reads one CBOR item (unsigned integers, text, arrays: all a Pagefind filter chunk holds) at `at`; returns it and where the next starts. */
function cborItem(bytes: Buffer, at: number): [unknown, number] {
	const major = bytes[at]! >> 5;
	const info = bytes[at]! & 31;
	const size = info < 24 ? 0 : 2 ** (info - 24);
	const value = size === 0 ? info : Number(bytes.readUIntBE(at + 1, size));
	let next = at + 1 + size;
	if (major === 0) return [value, next];
	if (major === 3) return [bytes.toString('utf8', next, next + value), next + value];
	if (major === 4) {
		const items: unknown[] = [];
		for (let i = 0; i < value; i++) {
			const [item, after] = cborItem(bytes, next);
			items.push(item);
			next = after;
		}
		return [items, next];
	}
	throw new Error(`unexpected CBOR major type ${major} at ${at}`);
}

/** How many pages of an edition's search (all bundles) carry each value of a Pagefind filter (county, topic, year). */
export function filterPageCounts(dist: string, edition: string, filter: string): Map<string, number> {
	const counts = new Map<string, number>();
	for (const folder of bundleFolders(dist, edition)) {
		for (const file of readdirSync(join(folder, 'filter'))) {
			const bytes = gunzipSync(readFileSync(join(folder, 'filter', file)));
			// A chunk is "pagefind_dcd" and the CBOR of [filter name, [[value, [page numbers]], …]].
			const [[name, values]] = cborItem(bytes, 'pagefind_dcd'.length) as [[string, Array<[string, number[]]>], number];
			if (name !== filter) continue;
			for (const [value, pages] of values) counts.set(value, (counts.get(value) ?? 0) + pages.length);
		}
	}
	return counts;
}
