import type { APIRoute } from 'astro';
import { getArticles } from '../../content-model/query.ts';
import type { Script } from '../../editions/scripts.ts';
import { siteConfig } from '../../site/config.ts';
import { editionFeed } from '../../site/feed.ts';
import { editions } from '../../site/static-paths.ts';
import { editionFileUrl, editionUrl } from '../../site/urls.ts';

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
