// Shared by the build (src/integrations/service-worker.ts) and the pages, which run apart: the pages must not import
// the build's modules (Vite, Workbox's build tools).

/** The service worker's file name inside each edition's folder, next to the edition's manifest. */
export const SERVICE_WORKER_FILE = 'sw.js';

/** How many of an edition's newest bulletins its service worker stores for offline reading before the reader opens them. */
export const OFFLINE_ARTICLES = 30;

/** An article as an edition's JSON export (`<edition>/articles.json`) lists it, as much as the precache needs. */
export interface ExportedArticle {
	id: string;
	/** Its day, 2020-02-08. */
	date: string;
}

/**
 * The ids of the `count` newest articles, newest first (by day, then id, so equal days are stable): those the worker
 * precaches, and those the offline search page offers as saved.
 */
export function newestArticleIds(articles: readonly ExportedArticle[], count: number): string[] {
	return [...articles]
		.sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id))
		.slice(0, count)
		.map((a) => a.id);
}

/** The search parameter of an edition's offline page that asks the worker for another edition's offline page. */
export const OTHER_EDITION_PARAM = 'edition';
