// Astro's incremental build (experimental.incrementalBuild) copies a page from the previous build instead of
// rendering it again when the page's code and its cacheKey are unchanged. The code it tracks itself; the cacheKey
// must cover every piece of data the page shows, including what it reads from files outside its module graph.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CACHE_FOLDER, WHOLE_BUILD_PAGES } from '../core/project-folders.ts';
import { sourceVersion } from '../content-model/source-version.ts';
import { currentAlerts, readAlerts } from '../content-model/alerts.ts';
import { siteConfig } from '../content-model/config.ts';
import { readSiteGlossary } from '../content-model/glossary-file.ts';
import { readTaxonomy } from '../content-model/taxonomies.ts';
import { isUrgent, siteNow, siteToday } from '../content-model/urgency.ts';
import type { Neighbours } from '../content-model/neighbours.ts';
import type { Article } from '../content-model/query.ts';

/** A short hash of JSON-serialisable parts: equal parts, equal key. */
export function cacheKey(...parts: unknown[]): string {
	return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 22);
}

let published: Set<string> | undefined;

/**
 * The cacheKeys of every page the last whole build of this project published, from Astro's record of them as a build
 * of changes sets it aside; undefined when there is none (src/integrations/changes.ts refuses to build changes then).
 */
export function publishedPageKeys(): Set<string> | undefined {
	if (published) return published;
	const file = resolve(process.cwd(), CACHE_FOLDER, WHOLE_BUILD_PAGES);
	if (!existsSync(file)) return undefined;
	const record = JSON.parse(readFileSync(file, 'utf8')) as { routes: Record<string, { paths: Record<string, { cacheKey: string }> }> };
	published = new Set(Object.values(record.routes).flatMap((route) => Object.values(route.paths).map((path) => path.cacheKey)));
	return published;
}

let site: string | undefined;

/**
 * What every page shows besides its own articles: the site's data files (site settings, counties, topics, series,
 * glossary, alerts, as their readers validated them) and which alerts are current today, so a change to any of them
 * re-renders every page.
 */
export function siteVersion(): string {
	if (site === undefined) {
		const alerts = readAlerts();
		site = cacheKey(
			siteConfig(),
			(['counties', 'topics', 'series'] as const).map((name) => readTaxonomy(name)),
			readSiteGlossary(),
			alerts,
			currentAlerts(alerts, siteToday()),
		);
	}
	return site;
}

const versions = new WeakMap<Article, string>();

/**
 * An article's own version: its id and file (its URL, and how it is read: a renamed file has a new URL with the same
 * text), its entry's digest (its text and the bytes of the pictures it shows, see src/content-model/loader.ts), its
 * lead picture as stored, and its urgency.
 */
export function articleVersion(article: Article): string {
	let version = versions.get(article);
	// Whether it is urgent now too: its mark and its place in listings end with its `until`, with no change to the file.
	if (version === undefined)
		versions.set(article, (version = cacheKey(article.id, article.filePath, article.digest, article.data.image, isUrgent(article.data, siteNow()))));
	return version;
}

/** What an article page shows: the article, and the newer, older and related articles it links to. */
export function articlePageVersion(article: Article, near: Neighbours<Article> | undefined): unknown {
	return [articleVersion(article), [near?.newer, near?.older, ...(near?.related ?? [])].map((other) => other && articleVersion(other))];
}

let code: string | undefined;

/**
 * The version of what turns content into text: every file under the project's src/ (the converter's rules and word
 * lists among them) and the OpenCC tables' version. For values kept between builds (src/view/article-cache.ts), which
 * Astro's own tracking of page code does not cover.
 */
export function codeVersion(): string {
	code ??= cacheKey(
		sourceVersion(process.cwd(), ['']),
		JSON.parse(readFileSync(resolve(process.cwd(), 'node_modules/opencc-js/package.json'), 'utf8')).version as string,
	);
	return code;
}
