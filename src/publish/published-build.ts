import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

// A build of changes (src/integrations/changes.ts) renders only the pages whose cacheKey the last whole build did not
// publish, and keeps every other page as that build wrote it. That holds only while the code is the code of that build:
// a cacheKey covers the data a page shows, not its template. So a whole build records what code it was, and a build
// of changes refuses to run on other code.

/** Where in the cache folder the last published whole build leaves the fingerprint of its code. */
const RECORD = 'published-code.txt';

/** What makes the pages besides the content: the code, the Astro config and the locked dependencies (public/ is copied by every build). */
const CODE = ['src', 'astro.config.mjs', 'package-lock.json'];

/** A hash of every file of the project's code (CODE), by path and bytes: equal code, equal fingerprint. */
export function codeFingerprint(root: string): string {
	const hash = createHash('sha256');
	const add = (path: string) =>
		hash
			.update(`${relative(root, path).split(sep).join('/')}\0`)
			.update(readFileSync(path))
			.update('\0');
	for (const entry of CODE) {
		const path = join(root, entry);
		if (!existsSync(path)) continue;
		if (entry.includes('.')) add(path);
		else
			for (const file of readdirSync(path, { recursive: true, withFileTypes: true })
				.filter((f) => f.isFile())
				.map((f) => join(f.parentPath, f.name))
				.sort())
				add(file);
	}
	return hash.digest('base64url');
}

/** Records, once a whole build is published, the fingerprint of the code that built it. */
export function recordPublishedCode(root: string, cacheDir: string): void {
	writeFileSync(join(cacheDir, RECORD), codeFingerprint(root));
}

/** The fingerprint of the code of the last published whole build, if one was recorded in this cache folder. */
export function publishedCode(cacheDir: string): string | undefined {
	const path = join(cacheDir, RECORD);
	return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}
