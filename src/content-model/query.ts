import { getCollection, type CollectionEntry } from 'astro:content';
import { neighbours, type Neighbours } from './neighbours.ts';
import { issueOrder } from '../core/dates.ts';
import { jurisdictionTree, type JurisdictionTree } from './jurisdictions.ts';
import { readTaxonomy, type County } from './taxonomies.ts';
import { listArticleFiles, publishedArticles } from './articles-folder.ts';
import { contentPath } from './paths.ts';

export type Article = CollectionEntry<'articles'>;
export type CountyEntry = CollectionEntry<'counties'>;
export type TopicEntry = CollectionEntry<'topics'>;
export type SeriesEntry = CollectionEntry<'series'>;

/** Newest first by time of issue; articles issued at the same time in a stable order (by id) so rebuilds produce identical pages. */
function byNewest(a: Article, b: Article): number {
	return issueOrder(b.data.date).localeCompare(issueOrder(a.data.date)) || a.id.localeCompare(b.id);
}

// The mode, not DEV: `astro build` with NODE_ENV=test (as CI tools set it) reports DEV=true but still builds for production.
const showDrafts = import.meta.env.MODE === 'development';

let articles: Promise<Article[]> | undefined;

/** The articles to publish, newest first: drafts appear in `npm run dev` only, never in a production build. */
export function getArticles(): Promise<Article[]> {
	articles ??= hasArticles() ? getCollection('articles', (entry) => showDrafts || !entry.data.draft).then((list) => list.sort(byNewest)) : Promise.resolve([]);
	return articles;
}

/**
 * Whether there is any article to show. A site with none yet (an office that just deleted the sample) is not asked
 * about, as Astro warns in English that such a collection may be misconfigured; the build says so in the editors' words.
 */
function hasArticles(): boolean {
	const dir = contentPath('articles');
	return showDrafts ? listArticleFiles(dir).length > 0 : publishedArticles(dir).length > 0;
}

let neighbourMap: Promise<Map<string, Neighbours<Article>>> | undefined;

/** Every article's newer and older neighbours and related articles, by id, computed once for the whole build. */
export function getAllNeighbours(): Promise<Map<string, Neighbours<Article>>> {
	neighbourMap ??= getArticles().then((list) => neighbours(list));
	return neighbourMap;
}

/** An article's newer and older neighbours and related articles. */
export async function getNeighbours(id: string): Promise<Neighbours<Article>> {
	return (await getAllNeighbours()).get(id) ?? { related: [] };
}

/** Counties in the order of their `order` field. */
export async function getCounties(): Promise<CountyEntry[]> {
	return (await getCollection('counties')).sort((a, b) => a.data.order - b.data.order);
}

let tree: Promise<JurisdictionTree<County>> | undefined;

/** The jurisdictions as a tree, from the `parent` of each entry (a flat file is all top level), built once. */
export function getJurisdictionTree(): Promise<JurisdictionTree<County>> {
	tree ??= getCounties().then((list) => jurisdictionTree(list.map((county) => county.data)));
	return tree;
}

/** The articles filed under a jurisdiction or any jurisdiction below it, newest first: a city's page shows its districts' bulletins. */
export async function getArticlesUnder(countyId: string): Promise<Article[]> {
	const within = (await getJurisdictionTree()).withDescendants(countyId);
	return (await getArticles()).filter((article) => within.has(article.data.county.id));
}

export async function getTopics(): Promise<TopicEntry[]> {
	return (await getCollection('topics')).sort((a, b) => a.data.order - b.data.order);
}

/** The series; none without asking Astro when series.yaml is empty, as Astro warns in English that such a collection may be misconfigured. */
export async function getSeries(): Promise<SeriesEntry[]> {
	// A site without series is normal, not a configuration error worth a warning on every build.
	return readTaxonomy('series').length === 0 ? [] : getCollection('series');
}

/** How many published articles carry each id, for the counts shown next to county and topic names. */
export function countBy(list: Article[], ids: (article: Article) => string[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const article of list) for (const id of ids(article)) counts.set(id, (counts.get(id) ?? 0) + 1);
	return counts;
}
