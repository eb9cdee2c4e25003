import { publishedArticles } from '../content-model/articles-folder.ts';
import { contentPath } from '../content-model/paths.ts';

/** Each article's last change (its `updated` date, else its `date`), by id, for the sitemap. */
export function articleLastModified(): Map<string, string> {
	// A time of issue (2020-02-08 18:30) is dropped: the sitemap's lastmod is a day.
	return new Map(publishedArticles(contentPath('articles')).map((article) => [article.id, article.lastModified]));
}
