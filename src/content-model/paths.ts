import { resolve } from 'node:path';

/**
 * Absolute path of a file under the site's content folder: `content/` of the project root (where Astro and the scripts
 * run), or the folder named by the BULLETIN_CONTENT environment variable (the unit tests point it at a frozen fixture).
 */
export function contentPath(...segments: string[]): string {
	return resolve(process.cwd(), process.env.BULLETIN_CONTENT || 'content', ...segments);
}

/** The web editor's folder in the published site (Decap CMS at /admin/): its page runs script by design, under its own policy. */
export const EDITOR_FOLDER = 'admin/';

/** The path relative to the project root, as shown in messages to editors. */
export function displayPath(absolute: string): string {
	const root = process.cwd() + '/';
	return absolute.startsWith(root) ? absolute.slice(root.length) : absolute;
}
