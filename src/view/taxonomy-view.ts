import { countBy, getArticles, getJurisdictionTree, getTopics } from '../content-model/query.ts';
import type { County } from '../content-model/taxonomies.ts';
import { countyPath, editionUrl, topicPath } from './urls.ts';
import type { Link } from './article-view.ts';
import { toEdition } from './edition.ts';
import type { Edition } from '../core/editions.ts';

/** A county or topic with its name in the edition, its article count and, for a jurisdiction, the ones below it. */
export interface TaxonomyLink extends Link {
	count: number;
	children: TaxonomyLink[];
	/** The ids it had before (formerIds): a search link or bookmark naming one chooses this one. */
	formerIds: readonly string[];
}

/** A jurisdiction's link in the edition, with no count or children. */
export const countyLink = (county: County, edition: Edition): Link => ({
	id: county.id,
	name: toEdition(county.name, edition),
	url: editionUrl(edition, countyPath(county.id)),
});

/**
 * How many published articles each jurisdiction has, its own and those of every jurisdiction below it (a city counts
 * its districts' bulletins).
 */
export async function countyCounts(): Promise<Map<string, number>> {
	const tree = await getJurisdictionTree();
	return countBy(await getArticles(), (a) => [a.data.county.id, ...tree.ancestors(a.data.county.id).map((county) => county.id)]);
}

/**
 * The top-level jurisdictions (or those directly below `under`) with their counts, including those with none, each
 * with the jurisdictions below it nested; a flat jurisdictions file gives a flat list.
 */
export async function countyLinks(edition: Edition, under?: string): Promise<TaxonomyLink[]> {
	const [tree, counts] = await Promise.all([getJurisdictionTree(), countyCounts()]);
	const withChildren = (county: County): TaxonomyLink => ({
		...countyLink(county, edition),
		count: counts.get(county.id) ?? 0,
		children: tree.children(county.id).map(withChildren),
		formerIds: county.formerIds,
	});
	return (under === undefined ? tree.roots : tree.children(under)).map(withChildren);
}

/** Every topic with its name in the edition and its article count. */
export async function topicLinks(edition: Edition): Promise<TaxonomyLink[]> {
	const counts = countBy(await getArticles(), (a) => a.data.topics.map((t) => t.id));
	return (await getTopics()).map((t) => ({
		id: t.id,
		name: toEdition(t.data.name, edition),
		url: editionUrl(edition, topicPath(t.id)),
		count: counts.get(t.id) ?? 0,
		children: [],
		formerIds: t.data.formerIds,
	}));
}
