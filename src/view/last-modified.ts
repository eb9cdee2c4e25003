import { join } from 'node:path';
import { articleFrontmatter, articleId, listArticleFiles } from '../content-model/articles-folder.ts';
import { contentPath } from '../content-model/paths.ts';

/** Each article's last change (its `updated` date, else its `date`), by id, for the sitemap, from the read and parse the content check shares. */
export function articleLastModified(): Map<string, string> {
	const dir = contentPath('articles');
	const dates = new Map<string, string>();
	for (const file of listArticleFiles(dir)) {
		const data = articleFrontmatter(join(dir, file))?.data as { date?: unknown; updated?: unknown } | undefined;
		// A time of issue (2020-02-08 18:30) is dropped: the sitemap's lastmod is a day.
		const date = String(data?.updated ?? data?.date ?? '').slice(0, 10);
		if (/^\d{4}-\d{2}-\d{2}$/.test(date)) dates.set(articleId(file), date);
	}
	return dates;
}
