// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { editionPath } from './src/editions/scripts.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { precompressSite } from './src/integrations/precompress.ts';
import { buildReport } from './src/integrations/build-report.ts';
import { devContentCheck } from './src/integrations/dev-content-check.ts';
import { webEditor } from './src/integrations/web-editor.ts';
import { articleLastModified } from './src/site/last-modified.ts';
import { siteConfig } from './src/site/config.ts';

const site = siteConfig();
const lastModified = articleLastModified();

export default defineConfig({
	site: site.url,
	base: site.base,
	trailingSlash: 'always',
	// Each project folder keeps its own build cache (content store, processed images), never shared through node_modules.
	cacheDir: './.cache/astro',
	// Stylesheets are files, never inline <style>, so the Content-Security-Policy can forbid inline styles.
	build: { inlineStylesheets: 'never' },
	// Likewise scripts: Astro inlines small ones unless Vite's inline limit is zero.
	vite: { build: { assetsInlineLimit: 0 } },
	// Article images become responsive: several widths in srcset, width and height set, never upscaled.
	image: { layout: 'constrained', responsiveStyles: true },
	// An unchanged page is copied from the previous build instead of rendered (pages return a cacheKey, see
	// src/site/cache-key.ts), so publishing one bulletin into a large site re-renders only the pages it changes.
	experimental: { incrementalBuild: true },
	integrations: [
		buildReport(),
		devContentCheck(),
		webEditor(),
		mdx(),
		sitemap({
			i18n: { defaultLocale: editionPath(site.defaultEdition), locales: { 'zh-hant': 'zh-Hant', 'zh-hans': 'zh-Hans' } },
			// `/` only sends readers to an edition; crawlers should list the editions themselves.
			filter: (page) => !page.endsWith('/404/') && new URL(page).pathname !== site.base,
			// Articles carry their last change, so crawlers revisit corrected bulletins.
			serialize(item) {
				const id = /\/articles\/(.+)\/$/.exec(new URL(item.url).pathname)?.[1];
				const date = id && lastModified.get(id);
				return date ? { ...item, lastmod: date } : item;
			},
		}),
		searchIndex(),
		// Last, so the search bundle and the sitemap are compressed too.
		precompressSite(),
	],
	i18n: {
		locales: [
			{ path: 'zh-hant', codes: ['zh-Hant', 'zh-TW', 'zh-HK', 'zh-MO'] },
			{ path: 'zh-hans', codes: ['zh-Hans', 'zh-CN', 'zh-SG'] },
		],
		// Astro checks this against the locales' paths at run time, while its type lists their codes.
		defaultLocale: /** @type {'zh-Hant'} */ (/** @type {unknown} */ (editionPath(site.defaultEdition))),
		// `/` is our own page that picks the edition from the reader's languages, so Astro must not redirect it.
		routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
	},
});
