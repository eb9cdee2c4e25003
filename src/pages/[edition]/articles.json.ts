import type { APIRoute } from 'astro';
import { getArticles, type Article } from '../../content-model/query.ts';
import { keptFile, keptValues } from '../../view/article-cache.ts';
import { articleVersion, cacheKey, codeVersion, siteVersion } from '../../view/cache-key.ts';
import { articleView } from '../../view/article-view.ts';
import type { Edition } from '../../core/editions.ts';
import { everyEdition } from '../../view/static-paths.ts';

export const getStaticPaths = everyEdition;

/** Every published article's metadata in the edition's script, for people who would otherwise scrape the site. */
export const GET: APIRoute = async ({ props, site }) => {
	const { edition } = props as { edition: Edition };
	// Kept between builds: one new bulletin would otherwise convert every article's title and summary again.
	const key = (article: Article) => cacheKey(edition.path, site?.href, articleVersion(article), siteVersion(), codeVersion());
	const articles = await keptValues(keptFile(`articles-${edition.path}`), await getArticles(), key, async (article) => {
		const view = await articleView(article, edition);
		return {
			id: view.id,
			title: view.title,
			date: view.day,
			// The time of issue as an instant (ISO 8601 with the site's offset); noon for a bulletin dated without a time.
			published: view.datetime,
			updated: view.updated?.date ?? null,
			county: { id: view.county.id, name: view.county.name },
			topics: view.topics.map((t) => ({ id: t.id, name: t.name })),
			series: view.series ? { id: view.series.id, name: view.series.name } : null,
			summary: view.summary,
			url: new URL(view.url, site).href,
		};
	});
	return new Response(JSON.stringify({ edition: edition.tag, articles }, null, '\t'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
