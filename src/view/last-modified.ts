import { publishedArticles } from '../content-model/articles-folder.ts';
import { contentPath } from '../content-model/paths.ts';
import { editions } from '../core/editions.ts';
import { readTaxonomy } from '../content-model/taxonomies.ts';
import { countyPath, seriesPath, topicPath } from './page-paths.ts';

/** Each article's last change (its `updated` date, else its `date`), by id, for the sitemap. */
export function articleLastModified(): Map<string, string> {
	// A time of issue (2020-02-08 18:30) is dropped: the sitemap's lastmod is a day.
	return new Map(publishedArticles(contentPath('articles')).map((article) => [article.id, article.lastModified]));
}

/**
 * Whether a site path is a page at an id an article, a jurisdiction, a topic or a series had before it was renamed
 * (formerIds), in any edition: pages that lead elsewhere (and a feed served again at a jurisdiction's old address), not
 * pages of their own, so the sitemap leaves them out.
 */
export function isFormerPath(base: string): (path: string) => boolean {
	const articles = publishedArticles(contentPath('articles')).flatMap((article) => article.formerIds);
	const exact = new Set(editions.flatMap((edition) => articles.map((id) => `${base}${edition.path}/articles/${id}/`)));
	const listings = [
		...readTaxonomy('counties').flatMap((entry) => entry.formerIds.map(countyPath)),
		...readTaxonomy('topics').flatMap((entry) => entry.formerIds.map(topicPath)),
		...readTaxonomy('series').flatMap((entry) => entry.formerIds.map(seriesPath)),
	];
	const under = editions.flatMap((edition) => listings.map((path) => `${base}${edition.path}/${path}/`));
	return (path) => exact.has(path) || under.some((prefix) => path.startsWith(prefix));
}
