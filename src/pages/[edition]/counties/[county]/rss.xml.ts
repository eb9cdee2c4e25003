import type { APIRoute } from 'astro';
import { getArticles, getCounties, type CountyEntry } from '../../../../content-model/query.ts';
import { toEdition } from '../../../../view/edition.ts';
import { label } from '../../../../view/ui.ts';
import type { Script } from '../../../../core/scripts.ts';
import { siteConfig } from '../../../../content-model/config.ts';
import { editionFeed } from '../../../../view/feed.ts';
import { perEdition } from '../../../../view/static-paths.ts';
import { countyPath, editionFileUrl, editionUrl } from '../../../../view/urls.ts';

export async function getStaticPaths() {
	return perEdition(await getCounties(), (county) => ({ county: county.id }));
}

/** One county's feed, so residents can follow only the bulletins about where they live. */
export const GET: APIRoute = async ({ props, site }) => {
	const { script, item } = props as { script: Script; item: CountyEntry };
	const name = toEdition(item.data.name, script);
	const articles = (await getArticles()).filter((a) => a.data.county.id === item.id);
	return editionFeed({
		script,
		title: `${name} · ${siteConfig().name[script]}`,
		description: `${name}${label('articlesIn', script)}`,
		site: site!,
		page: editionUrl(script, countyPath(item.id)),
		feed: editionFileUrl(script, `${countyPath(item.id)}/rss.xml`),
		articles,
	});
};
