import type { APIRoute } from 'astro';
import { getArticles } from '../../content-model/query.ts';
import type { Edition } from '../../core/editions.ts';
import { siteConfig } from '../../content-model/config.ts';
import { editionFeed } from '../../view/feed.ts';
import { everyEdition } from '../../view/static-paths.ts';
import { editionFileUrl, editionUrl } from '../../view/urls.ts';

export const getStaticPaths = everyEdition;

/** The edition's feed of the newest bulletins from every county. */
export const GET: APIRoute = async ({ props, site }) => {
	const { edition } = props as { edition: Edition };
	const config = siteConfig();
	return editionFeed({
		edition,
		title: config.name[edition.script],
		description: config.description[edition.script],
		site: site!,
		page: editionUrl(edition),
		feed: editionFileUrl(edition, 'rss.xml'),
		articles: await getArticles(),
	});
};
