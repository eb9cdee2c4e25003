import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'vite';
// The module alone: the package's index also loads generateSW's bundler, half a second of every build for nothing.
import { injectManifest } from 'workbox-build/build/inject-manifest.js';
import { editions } from '../core/editions.ts';
import { buildSitePart } from '../core/site-parts.ts';
import { newestArticleIds, OFFLINE_ARTICLES, SERVICE_WORKER_FILE, type ExportedArticle } from '../offline/files.ts';
import { editorMessage } from '../content-model/editor-messages.ts';

/**
 * What an edition's service worker precaches, as glob patterns relative to the built site: the shell (stylesheets,
 * scripts, icon, manifest), the edition's home, offline and offline-search pages, its newest articles, and the other
 * editions' offline pages (the edition switch, offline, shows one when the other edition has no worker on this device).
 * Pictures and other pages are kept as the reader opens them; the search index is never stored.
 */
export function precachePatterns(edition: string, articleIds: readonly string[], others: readonly string[] = []): string[] {
	return [
		'_astro/*.{css,js}',
		'favicon.svg',
		'icons/*.png',
		`${edition}/manifest.webmanifest`,
		`${edition}/index.html`,
		`${edition}/offline/index.html`,
		`${edition}/offline/search/index.html`,
		...others.map((other) => `${other}/offline/index.html`),
		...articleIds.map((id) => `${edition}/articles/${id}/index.html`),
	];
}

/** Bundles src/offline/service-worker.ts and its Workbox modules into one classic script, as browsers load service workers. */
async function bundleServiceWorker(root: URL, outDir: string): Promise<string> {
	await build({
		configFile: false,
		publicDir: false,
		logLevel: 'warn',
		// Workbox logs to the console unless told this is production.
		define: { 'process.env.NODE_ENV': JSON.stringify('production') },
		build: {
			outDir,
			emptyOutDir: true,
			minify: true,
			lib: {
				entry: fileURLToPath(new URL('src/offline/service-worker.ts', root)),
				formats: ['iife'],
				name: 'bulletinServiceWorker',
				fileName: () => SERVICE_WORKER_FILE,
			},
		},
	});
	return join(outDir, SERVICE_WORKER_FILE);
}

/**
 * Writes each edition's service worker (`/zh-hant/sw.js`, scope `/zh-hant/`) into the built site once the pages are
 * written: Workbox's injectManifest gives the bundled worker its precache list, with a revision for every file whose
 * name does not carry a hash, so a deploy that changes a page (or lifts an alert) makes a new worker.
 */
export function serviceWorker(): AstroIntegration {
	let root: URL;
	let base = '/';
	let bundleFolder = '';
	return {
		name: 'bulletin-service-worker',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = config.root;
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				bundleFolder = join(fileURLToPath(config.cacheDir), 'service-worker');
			},
			'astro:build:done': async ({ dir, logger }) => {
				// A shard makes article pages only; the assembly writes the workers for the whole site.
				if (buildSitePart().kind === 'shard') return;
				const site = fileURLToPath(dir);
				const bundled = await bundleServiceWorker(root, bundleFolder);
				for (const { path: edition } of editions) {
					const exported = JSON.parse(readFileSync(join(site, edition, 'articles.json'), 'utf8')) as { articles: ExportedArticle[] };
					const { count, size, warnings } = await injectManifest({
						swSrc: bundled,
						swDest: join(site, edition, SERVICE_WORKER_FILE),
						globDirectory: site,
						globPatterns: precachePatterns(
							edition,
							newestArticleIds(exported.articles, OFFLINE_ARTICLES),
							editions.filter((other) => other.path !== edition).map((other) => other.path),
						),
						// Site-absolute URLs, since the worker lives inside the edition's folder.
						modifyURLPrefix: { '': base },
						// Applied after the prefix: files under _astro/ carry a content hash in their names already.
						dontCacheBustURLsMatching: /\/_astro\//,
						// Glob lists files in the file system's order; sorted, the same site always makes the same worker, byte for byte.
						manifestTransforms: [(entries) => ({ manifest: entries.toSorted((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)) })],
					});
					for (const warning of warnings) logger.warn(warning);
					logger.info(
						editorMessage(
							{ zh: '{edition}：離線閱讀預先存下 {count} 個檔案，共 {kB} kB', en: '{edition}: service worker precaches {count} files, {kB} kB' },
							{ edition, count, kB: (size / 1024).toFixed(0) },
						),
					);
				}
			},
		},
	};
}
