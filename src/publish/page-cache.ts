import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../content-model/files-under.ts';
import { WHOLE_BUILD_PAGES } from '../core/project-folders.ts';
import { incompleteOutput } from './output-integrity.ts';

// Where Astro's incremental build keeps the pages it copies into the next build, and its record of them: per route and
// page, the cacheKey and the cached file (astro/dist/core/build/incremental.js: INCREMENTAL_OUTPUT_DIR,
// INCREMENTAL_CACHE_FILE). Astro writes them without a temporary file and copies them back without a check.
const ASTRO_PAGE_CACHE = 'dist';
const ASTRO_PAGE_RECORD = 'incremental-build.json';

/** Astro's record of the pages of a build, as far as this module reads and writes it. */
interface PageRecord {
	routes: Record<string, { paths: Record<string, { outputFile: string }> }>;
}

// A build of changes renders a few pages and leaves the others out of its routes. Astro would then drop every page
// left out from its record and its cache, and the next whole build would render everything again. So the whole
// build's record is set aside while a build of changes runs (Astro finds none, so it drops nothing) and put back once
// its pages are written, without the pages it rendered, whose cached copies now hold the changed pages.

/**
 * Sets Astro's record of the last whole build's pages aside (as WHOLE_BUILD_PAGES) for a build of changes; returns
 * whether there was one.
 */
export function setWholeBuildRecordAside(cacheDir: string): boolean {
	putWholeBuildRecordBack(cacheDir);
	if (!existsSync(join(cacheDir, ASTRO_PAGE_RECORD))) return false;
	renameSync(join(cacheDir, ASTRO_PAGE_RECORD), join(cacheDir, WHOLE_BUILD_PAGES));
	return true;
}

/**
 * Puts the whole build's record back after a build of changes, without the pages that build rendered (Astro's record
 * of it names them). A build of changes that ended before Astro wrote its record (refused for a content error, or
 * killed) may still have replaced cached copies: the record is put back without every page whose cached copy is newer
 * than the record itself, so a build refused before rendering leaves the record as it was and the next build renders
 * again only what was replaced. Does nothing when no record is set aside, so every build runs it first.
 */
export function putWholeBuildRecordBack(cacheDir: string): void {
	const aside = join(cacheDir, WHOLE_BUILD_PAGES);
	if (!existsSync(aside)) return;
	const current = join(cacheDir, ASTRO_PAGE_RECORD);
	const whole = JSON.parse(readFileSync(aside, 'utf8')) as PageRecord;
	if (existsSync(current)) {
		const rendered = JSON.parse(readFileSync(current, 'utf8')) as PageRecord;
		for (const [route, { paths }] of Object.entries(rendered.routes)) for (const path of Object.keys(paths)) delete whole.routes[route]?.paths[path];
	} else {
		// Setting the record aside renames it, so its time is still when the whole build (or the last build of changes)
		// wrote it, after every cached copy it names.
		const recorded = statSync(aside).mtimeMs;
		for (const { paths } of Object.values(whole.routes))
			for (const [path, { outputFile }] of Object.entries(paths)) {
				const copy = statSync(join(cacheDir, ASTRO_PAGE_CACHE, outputFile), { throwIfNoEntry: false });
				if (copy === undefined || copy.mtimeMs >= recorded) delete paths[path];
			}
	}
	writeFileSync(current, JSON.stringify(whole, null, '\t'));
	rmSync(aside);
}

/**
 * Deletes every cached page, feed or JSON file of Astro's incremental build that is not whole (cut off by a killed
 * build or a bad cache restore), so Astro finds no copy and renders it again; returns the deleted paths.
 */
export function dropIncompleteCachedPages(cacheDir: string): string[] {
	const folder = join(cacheDir, ASTRO_PAGE_CACHE);
	if (!existsSync(folder)) return [];
	const dropped: string[] = [];
	for (const file of filesUnder(folder)) {
		const path = join(folder, file);
		if (!/\.(html|xml|json)$/.test(file)) continue;
		if (incompleteOutput(file, readFileSync(path, 'utf8')) === undefined) continue;
		rmSync(path);
		dropped.push(file);
	}
	return dropped;
}
