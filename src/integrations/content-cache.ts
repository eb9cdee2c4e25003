import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** A folder of files named by the hash of what they were made from, kept between builds in Astro's cache folder. */
export interface ContentCache {
	/** The key of some bytes (their SHA-256); the build keeps the files of every key it asked for. */
	key(input: string | Buffer): string;
	/** Where the file made from the bytes with this key is kept, one per suffix. */
	file(key: string, suffix: string): string;
	/** Removes the files of keys this build did not ask for, so the cache does not outgrow the site. */
	prune(): void;
}

/** A content cache in a folder (created if missing). */
export function contentCache(folder: string): ContentCache {
	mkdirSync(folder, { recursive: true });
	const used = new Set<string>();
	return {
		key(input) {
			const key = createHash('sha256').update(input).digest('base64url');
			used.add(key);
			return key;
		},
		file: (key, suffix) => join(folder, `${key}.${suffix}`),
		prune() {
			for (const file of readdirSync(folder)) if (!used.has(file.slice(0, file.indexOf('.')))) rmSync(join(folder, file));
		},
	};
}
