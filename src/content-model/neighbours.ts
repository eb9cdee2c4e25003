import type { Article } from './query.ts';

export interface Neighbours {
	newer?: Article;
	older?: Article;
	/** Articles from the same county or on a shared topic, newest first. */
	related: Article[];
}

/**
 * For each article (given newest first): the next newer and older article, and up to `max` related ones. Indexed
 * by county and topic once, so a large archive does not compare every pair.
 */
export function neighbours(articles: readonly Article[], max = 5): Map<string, Neighbours> {
	const position = new Map(articles.map((a, i) => [a.id, i]));
	const groups = new Map<string, Article[]>();
	const add = (key: string, article: Article) => (groups.get(key) ?? groups.set(key, []).get(key)!).push(article);
	for (const article of articles) {
		add(`county:${article.data.county.id}`, article);
		for (const topic of article.data.topics) add(`topic:${topic.id}`, article);
	}
	const result = new Map<string, Neighbours>();
	articles.forEach((article, index) => {
		const keys = [`county:${article.data.county.id}`, ...article.data.topics.map((t) => `topic:${t.id}`)];
		// Each group is newest first; the nearest entries around the article in each group are the best candidates.
		const candidates = new Set<Article>();
		for (const key of keys) {
			const group = groups.get(key)!;
			for (const other of group.slice(0, max + 1)) candidates.add(other);
		}
		candidates.delete(article);
		const related = [...candidates].sort((a, b) => position.get(a.id)! - position.get(b.id)!).slice(0, max);
		result.set(article.id, { newer: articles[index - 1], older: articles[index + 1], related });
	});
	return result;
}
