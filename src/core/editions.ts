import type { Script, TraditionalVariant } from './scripts.ts';

/** One edition of the site: the pages in one script (and, for Traditional, one regional standard) under one URL segment. */
export interface Edition {
	/**
	 * Its BCP 47 tag: its hreflang in pages and the sitemap, its locale code for Astro's i18n, the `lang` of its name in
	 * the edition switch, and how site.yaml's `defaultEdition` names it.
	 */
	readonly tag: string;
	/** Its URL segment under the base path (/zh-hant/…); its search folder is `<path>/pagefind/`. */
	readonly path: string;
	readonly script: Script;
	/** The OpenCC regional standard its Traditional text follows; without it, site.yaml's `traditionalVariant`. */
	readonly variant?: TraditionalVariant;
	/**
	 * Browser languages it serves besides its tag (Astro's locale codes, and the root page's choice, which takes the
	 * longest code a reader's first Chinese language starts with; the edition serving plain `zh` gets everyone else).
	 */
	readonly languages: readonly string[];
	/** Its name in its own script: `short` in the edition switch, `long` as the switch's title and on the root page. */
	readonly name: { readonly short: string; readonly long: string };
}

/**
 * The site's editions, in the order pages list them. Everything that names an edition is derived from this list: Astro's
 * i18n and the sitemap (astro.config.mjs), routes, URLs and links, labels and converters, the edition switch, the root
 * page's choice, search bundles, service workers and `_headers`. Adding an edition is an entry here.
 */
export const editions: readonly Edition[] = [
	{ tag: 'zh-Hant', path: 'zh-hant', script: 'zh-Hant', languages: ['zh-TW', 'zh-HK', 'zh-MO'], name: { short: '繁', long: '繁體中文' } },
	{ tag: 'zh-Hans', path: 'zh-hans', script: 'zh-Hans', languages: ['zh', 'zh-CN', 'zh-SG'], name: { short: '简', long: '简体中文' } },
];

/** Where an edition's search folder (its bundles, their manifest and the query map) is published, relative to the site root. */
export const searchBundlePath = (edition: Edition) => `${edition.path}/pagefind/`;

/** The edition with this tag (as site.yaml's `defaultEdition` writes it), if the list has one. */
export const editionByTag = (tag: string): Edition | undefined => editions.find((edition) => edition.tag === tag);

/** The first edition in a script, for text that is written for a script rather than an edition (the web editor's labels). */
export function firstEditionIn(script: Script): Edition {
	const edition = editions.find((candidate) => candidate.script === script);
	if (!edition) throw new Error(`src/core/editions.ts lists no edition in ${script}`);
	return edition;
}

/** The other editions, in the list's order: what a page's edition switch and hreflang alternates offer. */
export const otherEditions = (edition: Edition): Edition[] => editions.filter((other) => other !== edition);

/** The regional standard an edition's Traditional text follows: its own, else the site's (site.yaml's `traditionalVariant`). */
export const editionVariant = (edition: Edition, siteVariant: TraditionalVariant): TraditionalVariant => edition.variant ?? siteVariant;

/**
 * The language of an edition's pages (`<html lang>`): a Traditional edition names its regional standard, so a Hong Kong
 * edition gets Hong Kong fonts and a screen reader's Cantonese voice where the reader has one.
 */
export function pageLanguage(edition: Edition, siteVariant: TraditionalVariant): string {
	if (edition.script === 'zh-Hans') return 'zh-Hans';
	const variant = editionVariant(edition, siteVariant);
	return variant === 'hk' ? 'zh-Hant-HK' : variant === 'tw' ? 'zh-Hant-TW' : 'zh-Hant';
}

/**
 * An edition's Open Graph locale (og:locale), which names a region and no script: from its script and regional
 * standard as `<html lang>` is, so a Hong Kong or Macau site says zh_HK where it used to say zh_TW.
 */
export function openGraphLocale(edition: Edition, siteVariant: TraditionalVariant): string {
	if (edition.script === 'zh-Hans') return 'zh_CN';
	// OpenCC's own standard names no region; Taiwan's is the nearest Open Graph has.
	return editionVariant(edition, siteVariant) === 'hk' ? 'zh_HK' : 'zh_TW';
}

/** The edition whose tag or languages best match a browser language: the longest code it starts with, by subtags. */
export function editionForLanguage(language: string): Edition | undefined {
	const lower = language.toLowerCase();
	let best: { edition: Edition; length: number } | undefined;
	for (const edition of editions) {
		for (const code of [edition.tag, ...edition.languages]) {
			const c = code.toLowerCase();
			if ((lower === c || lower.startsWith(`${c}-`)) && c.length > (best?.length ?? 0)) best = { edition, length: c.length };
		}
	}
	return best?.edition;
}

/** The edition and page a site-root-relative link points at: `/zh-hant/counties/fuan/` → zh-hant's `counties/fuan/`. */
export function editionPage(href: string): { edition: Edition; page: string } | undefined {
	for (const edition of editions) {
		const prefix = `/${edition.path}`;
		if (href === prefix || href.startsWith(`${prefix}/`)) return { edition, page: href.slice(prefix.length + 1) };
	}
	return undefined;
}
