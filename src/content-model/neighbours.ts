/** What neighbours are found by: an article's id, county and topics (an `Article` of query.ts, which imports this module). */
export interface Placed {
	id: string;
	data: { county: { id: string }; topics: ReadonlyArray<{ id: string }> };
}

export interface Neighbours<Article extends Placed> {
	newer?: Article;
	older?: Article;
	/** Articles from the same county or on a shared topic, the nearest in time, newest first. */
	related: Article[];
}

/**
 * For each article (given newest first): the next newer and older article, and up to `max` related ones besides
 * those: the nearest in time from its county and topics. Indexed by county and topic once, so a large archive
 * does not compare every pair.
 */
export function neighbours<Article extends Placed>(articles: readonly Article[], max = 5): Map<string, Neighbours<Article>> {
	const position = new Map(articles.map((a, i) => [a.id, i]));
	const groups = new Map<string, Article[]>();
	const add = (key: string, article: Article) => (groups.get(key) ?? groups.set(key, []).get(key)!).push(article);
	const keysOf = (article: Article) => [`county:${article.data.county.id}`, ...article.data.topics.map((t) => `topic:${t.id}`)];
	for (const article of articles) for (const key of keysOf(article)) add(key, article);
	const inGroup = new Map([...groups].map(([key, group]) => [key, new Map(group.map((a, i) => [a.id, i]))]));
	const result = new Map<string, Neighbours<Article>>();
	articles.forEach((article, index) => {
		// Each group is newest first, so the articles nearest in time are the ones around this one in each group.
		// Nearness rather than recency also keeps a new article from changing every older article's page.
		const candidates = new Set<Article>();
		for (const key of keysOf(article)) {
			const at = inGroup.get(key)!.get(article.id)!;
			for (const other of groups.get(key)!.slice(Math.max(0, at - max), at + max + 1)) candidates.add(other);
		}
		// The newer and older articles have their own links on the page.
		const [newer, older] = [articles[index - 1], articles[index + 1]];
		for (const linked of [article, newer, older]) if (linked) candidates.delete(linked);
		const distance = (other: Article) => Math.abs(position.get(other.id)! - index);
		const related = [...candidates]
			.sort((a, b) => distance(a) - distance(b) || position.get(a.id)! - position.get(b.id)!)
			.slice(0, max)
			.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
		result.set(article.id, { newer, older, related });
	});
	return result;
}
