import { pageLanguage, type Edition } from '../core/editions.ts';
import type { SiteConfig } from '../content-model/config.ts';

/** The sizes of the PNG icons (src/pages/icons/[size].png.ts): what Chromium asks of an installable site. */
export const ICON_SIZES = [192, 512] as const;

/** The site's accent and page colours (src/styles/global.css), for the installed app's title bar and splash screen. */
export const THEME_COLOR = '#0b5394';
const BACKGROUND_COLOR = '#ffffff';

/**
 * The web app manifest of one edition: the app opens the edition's home page and stays within the edition, named and
 * described in its script from content/site.yaml, so an installed Simplified app never opens Traditional pages.
 */
export function webManifest(site: SiteConfig, edition: Edition, editionHome: string, base: string): Record<string, unknown> {
	return {
		id: editionHome,
		name: site.name[edition.script],
		short_name: site.name[edition.script],
		description: site.description[edition.script],
		lang: pageLanguage(edition, site.traditionalVariant),
		dir: 'ltr',
		start_url: editionHome,
		scope: editionHome,
		display: 'standalone',
		theme_color: THEME_COLOR,
		background_color: BACKGROUND_COLOR,
		categories: ['news', 'health'],
		icons: [
			{ src: `${base}favicon.svg`, sizes: 'any', type: 'image/svg+xml' },
			...ICON_SIZES.map((size) => ({ src: `${base}icons/${size}.png`, sizes: `${size}x${size}`, type: 'image/png' })),
		],
	};
}
