import { publishedArticles } from '../content-model/articles-folder.ts';
import { contentPath } from '../content-model/paths.ts';
import { editions } from '../core/editions.ts';

/** Each article's last change (its `updated` date, else its `date`), by id, for the sitemap. */
export function articleLastModified(): Map<string, string> {
	// A time of issue (2020-02-08 18:30) is dropped: the sitemap's lastmod is a day.
	return new Map(publishedArticles(contentPath('articles')).map((article) => [article.id, article.lastModified]));
}

/**
 * The site paths of the pages at ids articles had before they were renamed (formerIds), in every edition: pages that
 * lead to an article, not articles, so the sitemap leaves them out.
 */
export function formerArticlePaths(base: string): Set<string> {
	const formerIds = publishedArticles(contentPath('articles')).flatMap((article) => article.formerIds);
	return new Set(editions.flatMap((edition) => formerIds.map((id) => `${base}${edition.path}/articles/${id}/`)));
}
