// Astro's incremental build (experimental.incrementalBuild) copies a page from the previous build instead of
// rendering it again when the page's code and its cacheKey are unchanged. The code it tracks itself; the cacheKey
// must cover every piece of data the page shows, including what it reads from files outside its module graph.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { currentAlerts, readAlerts } from '../content-model/alerts.ts';
import { bodyImages } from '../content-model/images.ts';
import { isUrgent, siteNow } from '../content-model/urgency.ts';
import type { Neighbours } from '../content-model/neighbours.ts';
import type { Article } from '../content-model/query.ts';
import { today } from '../core/dates.ts';
import { contentPath } from '../content-model/paths.ts';

/** A short hash of JSON-serialisable parts: equal parts, equal key. */
export function cacheKey(...parts: unknown[]): string {
	return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 22);
}

let site: string | undefined;

/**
 * What every page shows besides its own articles: the site's data files (site settings, counties, topics, series,
 * glossary, alerts) and which alerts are current today, so a change to any of them re-renders every page.
 */
export function siteVersion(): string {
	if (site === undefined) {
		const root = contentPath();
		const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
			.filter((file) => !file.startsWith('articles') && /\.ya?ml$/.test(file))
			.sort();
		site = cacheKey(
			files.map((file) => [file, readFileSync(join(root, file), 'utf8')]),
			currentAlerts(readAlerts(), today()),
		);
	}
	return site;
}

/** The bytes of a picture, or its absence. */
function fileVersion(path: string): string {
	return statSync(path, { throwIfNoEntry: false }) ? createHash('sha256').update(readFileSync(path)).digest('base64url') : 'missing';
}

const versions = new WeakMap<Article, string>();

/** An article's own version: its file, the bytes of the pictures it shows (which the file only names), and its urgency. */
export function articleVersion(article: Article): string {
	let version = versions.get(article);
	if (version === undefined) versions.set(article, (version = readArticleVersion(article)));
	return version;
}

/** What an article page shows: the article, and the newer, older and related articles it links to. */
export function articlePageVersion(article: Article, near: Neighbours<Article> | undefined): unknown {
	return [articleVersion(article), [near?.newer, near?.older, ...(near?.related ?? [])].map((other) => other && articleVersion(other))];
}

function readArticleVersion(article: Article): string {
	const folder = article.filePath ? dirname(resolve(article.filePath)) : contentPath('articles');
	const body = bodyImages(article.body ?? '', 1).map(({ src }) => [src, fileVersion(resolve(folder, src))]);
	// Astro keeps the lead picture's file path on its metadata, out of JSON's sight.
	const lead = (article.data.image as { fsPath?: string } | undefined)?.fsPath;
	// Whether it is urgent now too: its mark and its place in listings end with its `until`, with no change to the file.
	return cacheKey(article.digest, article.data.image, lead && fileVersion(lead), body, isUrgent(article.data, siteNow()));
}
