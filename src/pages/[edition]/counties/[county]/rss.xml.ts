import type { APIRoute } from 'astro';
import { getArticlesUnder, getCounties, type CountyEntry } from '../../../../content-model/query.ts';
import { toEdition } from '../../../../view/edition.ts';
import { label } from '../../../../view/ui.ts';
import type { Edition } from '../../../../core/editions.ts';
import { siteConfig } from '../../../../content-model/config.ts';
import { editionFeed } from '../../../../view/feed.ts';
import { perEditionWithFormerIds } from '../../../../view/static-paths.ts';
import { countyPath, editionFileUrl, editionUrl } from '../../../../view/urls.ts';

export async function getStaticPaths() {
	// At a former id too (a county that became a city, a township merged into this one): a feed reader follows no page
	// that leads elsewhere, so the old address serves this feed, whose self link names the address to subscribe to now.
	return perEditionWithFormerIds(
		await getCounties(),
		(id) => ({ county: id }),
		(county) => county.id,
	);
}

/** One county's feed, so residents can follow only the bulletins about where they live (a city's includes its districts'). */
export const GET: APIRoute = async ({ props, site }) => {
	const { edition, item } = props as { edition: Edition; item: CountyEntry };
	const name = toEdition(item.data.name, edition);
	const articles = await getArticlesUnder(item.id);
	return editionFeed({
		edition,
		title: `${name} · ${siteConfig().name[edition.script]}`,
		description: `${name}${label('articlesIn', edition)}`,
		site: site!,
		page: editionUrl(edition, countyPath(item.id)),
		feed: editionFileUrl(edition, `${countyPath(item.id)}/rss.xml`),
		articles,
	});
};
