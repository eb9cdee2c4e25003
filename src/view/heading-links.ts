/**
 * The prefix the sanitiser gives a heading's id that the page uses itself (`below`, `main`: src/convert/sanitize.ts),
 * GitHub's for ids in user content.
 */
const RENAMED = 'user-content-';

/** The ids an article's sanitised HTML gives its elements (the sanitiser writes every attribute in double quotes). */
export function articleIds(html: string): Set<string> {
	return new Set(Array.from(html.matchAll(/\sid="([^"]*)"/g), (match) => match[1]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"')));
}

/**
 * Where a link inside an article to one of its own headings (`[見下文](#below)`) leads once the sanitiser renamed the
 * heading because the page uses its id (`user-content-below`): the renamed heading, as the editor meant, instead of
 * no target or the page's own element. Undefined for every other link, which stays as written.
 */
export function renamedHeadingLink(href: string, ids: ReadonlySet<string>): string | undefined {
	if (!href.startsWith('#') || href.length === 1) return undefined;
	let id = href.slice(1);
	try {
		id = decodeURIComponent(id);
	} catch {
		// A malformed escape is compared as written.
	}
	return !ids.has(id) && ids.has(`${RENAMED}${id}`) ? `#${encodeURIComponent(`${RENAMED}${id}`)}` : undefined;
}
