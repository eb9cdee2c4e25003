// A build of changes renders articles.json again for one new bulletin, and that page shows every article converted
// into the edition (its title and summary need the names found in its body): at 3,000 articles about 3 s of the
// urgent path went into converting what the last build had already converted. No library keeps per-item results of
// an Astro page between builds, so this file does, in Astro's cache folder.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CACHE_FOLDER } from '../core/project-folders.ts';
import { openEntry, sealEntry } from './sealed-entry.ts';

/**
 * Each item's value, taken from the last build's record when its key is unchanged and made again otherwise; the record
 * is then rewritten with exactly these items, so it never grows beyond the site. Equal keys must mean equal values:
 * a key covers everything the value is made from (see src/view/cache-key.ts).
 */
export async function keptValues<T, V>(file: string, items: readonly T[], key: (item: T) => string, make: (item: T) => Promise<V>): Promise<V[]> {
	const kept = readRecord<V>(file);
	const keys = items.map(key);
	const values = await Promise.all(items.map((item, i) => (kept.has(keys[i]!) ? kept.get(keys[i]!)! : make(item))));
	writeRecord(file, new Map(keys.map((k, i) => [k, values[i]!])));
	return values;
}

/** Where the values of one page are kept between builds of this project. */
export const keptFile = (name: string): string => resolve(process.cwd(), CACHE_FOLDER, 'kept', `${name}.json`);

/** The record a build wrote, or an empty one when there is none or it is not whole (a build then makes every value). */
function readRecord<V>(file: string): Map<string, V> {
	try {
		// Sealed like every cache entry (src/view/sealed-entry.ts): a record altered or cut short is never published from.
		const bytes = openEntry(readFileSync(file));
		return bytes ? new Map(Object.entries(JSON.parse(bytes.toString('utf8')) as Record<string, V>)) : new Map();
	} catch {
		return new Map();
	}
}

function writeRecord<V>(file: string, record: Map<string, V>): void {
	mkdirSync(dirname(file), { recursive: true });
	// Written beside the record and renamed over it: a build killed while writing leaves the old record, never half of one.
	const temporary = `${file}.${process.pid}.tmp`;
	writeFileSync(temporary, sealEntry(Buffer.from(JSON.stringify(Object.fromEntries(record)))));
	renameSync(temporary, file);
}
