/** The months that have articles, newest first, each with its articles in the order given (newest first). */
export function archiveMonths<A extends { data: { date: string } }>(articles: readonly A[]): Array<{ year: string; month: string; articles: A[] }> {
	const months = new Map<string, A[]>();
	for (const article of articles) {
		const key = article.data.date.slice(0, 7);
		const list = months.get(key);
		if (list) list.push(article);
		else months.set(key, [article]);
	}
	return [...months].sort(([a], [b]) => b.localeCompare(a)).map(([key, list]) => ({ year: key.slice(0, 4), month: key.slice(5, 7), articles: list }));
}
