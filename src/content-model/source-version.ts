import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { filesUnder } from './files-under.ts';

/**
 * A short hash of the paths and bytes of every file at or under the given paths of the project's src/ ('' for all of
 * it): equal sources, equal version. For what is kept between builds and made by the project's code, which neither
 * Astro's content store nor its page cache knows to drop when that code changes.
 */
export function sourceVersion(root: string, paths: readonly string[]): string {
	const src = resolve(root, 'src');
	const hash = createHash('sha256');
	const files = paths.flatMap((path) => {
		const start = join(src, path);
		if (!existsSync(start)) return [];
		if (statSync(start).isFile()) return [start];
		return filesUnder(start).map((file) => join(start, file));
	});
	for (const file of [...new Set(files)].sort()) hash.update(relative(src, file)).update('\0').update(readFileSync(file)).update('\0');
	return hash.digest('base64url').slice(0, 22);
}
