import { countBy, getArticles, getCounties, getTopics } from '../content-model/query.ts';
import { countyPath, editionUrl, topicPath } from './urls.ts';
import type { Link } from './article-view.ts';
import { toEdition } from './edition.ts';
import type { Edition } from '../core/editions.ts';

/** Every county with its name in the edition and how many published articles it has (including those with none). */
export async function countyLinks(edition: Edition): Promise<Array<Link & { count: number }>> {
	const counts = countBy(await getArticles(), (a) => [a.data.county.id]);
	return (await getCounties()).map((c) => ({
		id: c.id,
		name: toEdition(c.data.name, edition),
		url: editionUrl(edition, countyPath(c.id)),
		count: counts.get(c.id) ?? 0,
	}));
}

/** Every topic with its name in the edition and its article count. */
export async function topicLinks(edition: Edition): Promise<Array<Link & { count: number }>> {
	const counts = countBy(await getArticles(), (a) => a.data.topics.map((t) => t.id));
	return (await getTopics()).map((t) => ({
		id: t.id,
		name: toEdition(t.data.name, edition),
		url: editionUrl(edition, topicPath(t.id)),
		count: counts.get(t.id) ?? 0,
	}));
}
