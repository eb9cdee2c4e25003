import { escapeText } from 'entities';
import { ADMIN_CSS } from './admin-style.ts';
import { stringify } from 'yaml';
import { readTaxonomy } from '../content-model/taxonomies.ts';
import { siteConfig } from '../content-model/config.ts';
import { adminPath, cmsConfig, editorLabels } from './cms-config.ts';

/**
 * The editor's page, /admin/index.html: Decap's bundle and, beside it, the configuration it reads. It is written as a
 * file rather than an Astro page because the site's i18n routing answers pages outside an edition with a 404.
 */
export function adminPage(): string {
	const site = siteConfig();
	const t = editorLabels(site);
	// Addressed from the site's base path, like every other page's links and scripts.
	const admin = adminPath(site.base);
	return [
		'<!doctype html>',
		`<html lang="${site.defaultScript}">`,
		'<head>',
		'<meta charset="utf-8">',
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		'<meta name="robots" content="noindex">',
		`<title>${escapeText(`${t('編輯快訊')} | ${site.name[site.defaultScript]}`)}</title>`,
		`<link href="${admin}config.yml" type="text/yaml" rel="cms-config-url">`,
		`<link href="${admin}editor.css" rel="stylesheet">`,
		'</head>',
		'<body>',
		`<noscript>${escapeText(t('網頁編輯器需要啟用 JavaScript。'))}</noscript>`,
		`<script src="${admin}decap-cms.js"></script>`,
		`<script src="${admin}editor-setup.js"></script>`,
		'</body>',
		'</html>',
		'',
	].join('\n');
}

/** The editor's stylesheet: Decap's entry editor narrowed to a phone's screen. */
export const adminStyle = (): string => ADMIN_CSS;

/** The editor's configuration as YAML, from content/site.yaml and the data files as they are now. */
export function adminConfig(): string {
	const config = cmsConfig({ site: siteConfig(), counties: readTaxonomy('counties'), topics: readTaxonomy('topics'), series: readTaxonomy('series') });
	return stringify(config, { lineWidth: 0 });
}
