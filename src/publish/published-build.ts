import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { filesUnder } from '../content-model/files-under.ts';
import { editorMessage } from '../content-model/editor-messages.ts';

// A build of changes (src/integrations/changes.ts) renders only the pages whose cacheKey the last whole build did not
// publish, and keeps every other page as that build wrote it. That holds only while the code is the code of that build
// (a cacheKey covers the data a page shows, not its template) and while the site's data files are its data files (a
// county or topic taken out of them takes its pages away, which only a whole build notices). So a whole build records
// both, and a build of changes refuses to run when either differs.

/** Where in the cache folder the last published whole build leaves its record. */
const RECORD = 'published-build.json';

/** What a published whole build was made from: the fingerprint of its code and the version of the site's data files. */
export interface PublishedBuild {
	code: string;
	site: string;
}

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
			for (const file of filesUnder(path)
				.map((f) => join(path, f))
				.sort())
				add(file);
	}
	return hash.digest('base64url');
}

/** Records, once a whole build is published, what it was made from. */
export function recordPublishedBuild(cacheDir: string, build: PublishedBuild): void {
	writeFileSync(join(cacheDir, RECORD), JSON.stringify(build));
}

/** What the last published whole build was made from, if it left its record in this cache folder. */
export function publishedBuild(cacheDir: string): PublishedBuild | undefined {
	const path = join(cacheDir, RECORD);
	return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as PublishedBuild) : undefined;
}

/**
 * The line a whole build prints when the code differs from the last published build's (an update of the project):
 * every page is rendered again, which takes as long as a first build; undefined when the code is the same or no
 * build was published here. Astro says only "Clearing content store", in English.
 */
export function codeChangeNote(last: PublishedBuild | undefined, code: string): string | undefined {
	if (last === undefined || last.code === code) return undefined;
	return editorMessage({
		zh: '程式和上次建置時不同（更新了網站程式、設定或相依套件）：每一頁都重新產生，會和第一次建置一樣久',
		en: 'code changed since the last build (the project’s code, config or dependencies were updated): every page is rendered again, which takes as long as a first build',
	});
}
