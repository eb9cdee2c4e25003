// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { editionPath } from './src/editions/scripts.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { siteConfig } from './src/site/config.ts';

const site = siteConfig();

export default defineConfig({
	site: site.url,
	base: site.base,
	trailingSlash: 'always',
	// Article images become responsive: several widths in srcset, width and height set, never upscaled.
	image: { layout: 'constrained', responsiveStyles: true },
	integrations: [mdx(), searchIndex()],
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
