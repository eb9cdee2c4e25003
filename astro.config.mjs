// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import sitemap from '@astrojs/sitemap';
import { editions } from './src/core/editions.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { precompressSite } from './src/integrations/precompress.ts';
import { buildReport } from './src/integrations/build-report.ts';
import { atomicPublish } from './src/integrations/atomic-publish.ts';
import { withDiskFailuresInWords } from './src/integrations/disk-failures.ts';
import { contentGate } from './src/integrations/content-gate.ts';
import { devContentCheck } from './src/integrations/dev-content-check.ts';
import { webEditor } from './src/integrations/web-editor.ts';
import { articleLastModified, isFormerPath } from './src/view/last-modified.ts';
import { sitemapEntry } from './src/view/sitemap-entry.ts';
import { remarkQuotePairs } from './src/view/quote-pairs.ts';
import { remarkPastedText } from './src/view/pasted-text.ts';
import { remarkCjkLineBreaks } from './src/view/cjk-line-breaks.ts';
import { siteConfig, siteDefaultEdition } from './src/content-model/config.ts';
import { shards } from './src/integrations/shards.ts';
import { buildSitePart } from './src/core/site-parts.ts';
import { CACHE_FOLDER, VITE_CACHE_FOLDER } from './src/core/project-folders.ts';
import { changes, publishedPageUrls } from './src/integrations/changes.ts';
import { attachments } from './src/integrations/attachments.ts';

const site = siteConfig();
// Every edition's URL segment and language codes come from the one list in src/core/editions.ts.
const defaultEditionPath = siteDefaultEdition().path;
const lastModified = articleLastModified();
const isFormer = isFormerPath(site.base);
const part = buildSitePart();

export default defineConfig({
	site: site.url,
	base: site.base,
	trailingSlash: 'always',
	// Each project folder keeps its own build cache (content store, processed images), never shared through node_modules.
	cacheDir: `./${CACHE_FOLDER}`,
	// Stylesheets are files, never inline <style>, so the Content-Security-Policy can forbid inline styles.
	build: { inlineStylesheets: 'never' },
	// Likewise scripts: Astro inlines small ones unless Vite's inline limit is zero.
	vite: { build: { assetsInlineLimit: 0 }, cacheDir: `./${VITE_CACHE_FOLDER}` },
	// Article images become responsive: several widths in srcset, width and height set, never upscaled.
	image: { layout: 'constrained', responsiveStyles: true },
	markdown: {
		// The remark pipeline rather than Astro 7's default Sätteri, which runs no remark plugins and reads a "---" block at
		// the start of a body as a second frontmatter, dropping its text. remark-cjk-friendly makes **emphasis** next to
		// full-width punctuation (**「重點」**文字) work, which CommonMark's flanking rules refuse.
		// Quotes are paired by order (src/view/quote-pairs.ts): smartypants reads a Han character as a word's end. Text
		// pasted from WPS is published the site's way (src/view/pasted-text.ts: invisible characters, indents), then each
		// line break inside a paragraph is kept, dropped or left (src/view/cjk-line-breaks.ts), in that order.
		// The footnotes' heading in Chinese (remark-rehype writes English "Footnotes"), written in Traditional as the site's
		// strings are: each edition converts the body. The back links' English aria-label is dropped by the sanitiser.
		processor: unified({
			remarkPlugins: [remarkCjkFriendly, remarkPastedText, remarkCjkLineBreaks, remarkQuotePairs],
			smartypants: { quotes: false },
			remarkRehype: { footnoteLabel: '註釋' },
		}),
	},
	// An unchanged page is copied from the previous build instead of rendered (pages return a cacheKey, see
	// src/view/cache-key.ts), so publishing one bulletin into a large site re-renders only the pages it changes. The
	// same in every kind of build: a config that differs between builds makes Astro clear its content store.
	experimental: { incrementalBuild: true },
	integrations: [
		// First: a broken data file stops the build with its file and line before anything else runs.
		contentGate(),
		buildReport(),
		devContentCheck(),
		webEditor(),
		mdx(),
		// Before everything that reads the built pages: the assembly of a sharded build copies the shards' pages in here.
		shards(),
		// Likewise: a build of changes takes the unchanged pages from the published site here.
		changes(),
		// After the published files are linked in, before search, service workers, compression and the final check.
		attachments(),
		sitemap({
			// `/` only sends readers to an edition; crawlers should list the editions themselves. The offline notices are
			// what the service worker shows for a page it does not have, not a page of its own. The pages at the former ids of
			// articles, jurisdictions, topics and series lead to pages that are listed themselves.
			filter: (page) =>
				!page.endsWith('/404/') && !/\/offline\/(search\/)?$/.test(page) && new URL(page).pathname !== site.base && !isFormer(new URL(page).pathname),
			// The assembly of a sharded build renders no article page itself; the shards did. A build of changes renders only
			// the changed pages and keeps the others as published.
			customPages:
				part.kind === 'assembly'
					? editions.flatMap((edition) => [...lastModified.keys()].map((id) => new URL(`${site.base}${edition.path}/articles/${id}/`, site.url).href))
					: part.kind === 'changes'
						? publishedPageUrls()
						: [],
			// Every page with its other editions as alternates, and articles with their last change, so crawlers revisit
			// corrected bulletins.
			serialize: (item) => sitemapEntry(item, site.base, lastModified),
		}),
		searchIndex(),
		// After the pages and their JSON export are written; before compression, so the workers are compressed too.
		serviceWorker(),
		// After the search index and the service worker, so they and the sitemap are compressed too.
		precompressSite(),
		// Last: checks everything the others wrote, then replaces dist/ in one step (or leaves it as it was).
		atomicPublish(),
		// Each stops the build in words when the disk is full or a folder may not be written, not with Node's error and a stack.
	].map(withDiskFailuresInWords),
	i18n: {
		// The tag first: Astro's URL helpers take it (src/view/urls.ts).
		locales: editions.map((edition) => ({ path: edition.path, codes: [edition.tag, ...edition.languages] })),
		// Astro checks this against the locales' paths.
		defaultLocale: defaultEditionPath,
		// `/` is our own page that picks the edition from the reader's languages, so Astro must not redirect it.
		routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
	},
});
