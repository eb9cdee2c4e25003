import type { APIRoute } from 'astro';
import { getArticles } from '../../content-model/query.ts';
import type { Script } from '../../core/scripts.ts';
import { siteConfig } from '../../content-model/config.ts';
import { editionFeed } from '../../view/feed.ts';
import { editions } from '../../view/static-paths.ts';
import { editionFileUrl, editionUrl } from '../../view/urls.ts';

export const getStaticPaths = editions;

/** The edition's feed of the newest bulletins from every county. */
export const GET: APIRoute = async ({ props, site }) => {
	const { script } = props as { script: Script };
	const config = siteConfig();
	return editionFeed({
		script,
		title: config.name[script],
		description: config.description[script],
		site: site!,
		page: editionUrl(script),
		feed: editionFileUrl(script, 'rss.xml'),
		articles: await getArticles(),
	});
};
