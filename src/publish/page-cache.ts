import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { incompleteOutput } from './output-integrity.ts';

// Where Astro's incremental build keeps the pages it copies into the next build (astro/dist/core/build/incremental.js:
// INCREMENTAL_OUTPUT_DIR). Astro writes them without a temporary file and copies them back without a check.
const ASTRO_PAGE_CACHE = 'dist';

/**
 * Deletes every cached page, feed or JSON file of Astro's incremental build that is not whole (cut off by a killed
 * build or a bad cache restore), so Astro finds no copy and renders it again; returns the deleted paths.
 */
export function dropIncompleteCachedPages(cacheDir: string): string[] {
	const folder = join(cacheDir, ASTRO_PAGE_CACHE);
	if (!existsSync(folder)) return [];
	const dropped: string[] = [];
	for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
		const path = join(folder, file);
		if (!/\.(html|xml|json)$/.test(file) || !statSync(path).isFile()) continue;
		if (incompleteOutput(file, readFileSync(path, 'utf8')) === undefined) continue;
		rmSync(path);
		dropped.push(file);
	}
	return dropped;
}
