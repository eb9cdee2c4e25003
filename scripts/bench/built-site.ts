import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Measuring scripts find what they measure in the build itself, whatever the content and configuration.

/** The site's base path as a build links its stylesheets (`/` or a sub-path such as `/districts/`). */
export function builtSiteBase(dist: string): string {
	const home = readFileSync(join(dist, 'index.html'), 'utf8');
	return /<link rel="stylesheet" href="([^"]*?)_astro\//.exec(home)?.[1] ?? '/';
}

/** The edition folders of a build: top-level folders that hold a home page and articles. */
export function builtEditions(dist: string): string[] {
	return readdirSync(dist, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && existsSync(join(dist, entry.name, 'index.html')) && existsSync(join(dist, entry.name, 'articles')))
		.map((entry) => entry.name)
		.sort();
}
