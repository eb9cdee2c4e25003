import { resolve } from 'node:path';

/** Absolute path of a file under the site's `content/` folder (resolved from the project root, where Astro and the scripts run). */
export function contentPath(...segments: string[]): string {
	return resolve(process.cwd(), 'content', ...segments);
}

/** The path relative to the project root, as shown in messages to editors. */
export function displayPath(absolute: string): string {
	const root = process.cwd() + '/';
	return absolute.startsWith(root) ? absolute.slice(root.length) : absolute;
}
