import { articleSchema, type ArticleSchemaOptions } from './schema.ts';
import { readTaxonomy } from './taxonomies.ts';
import { siteConfig } from './config.ts';
import type { KnownId } from './closest.ts';

/** The counties with the names an editor types for them: full and short. */
export const knownCounties = (): KnownId[] => readTaxonomy('counties').map((c) => ({ id: c.id, names: [c.name, c.short], formerIds: c.formerIds }));

/** The topics with their names and keywords (流感防控, 流感): `--topic 流感` is told the topic it means. */
export const knownTopics = (): KnownId[] => readTaxonomy('topics').map((t) => ({ id: t.id, names: [t.name, ...t.keywords], formerIds: t.formerIds }));

/** The series with their names. */
const knownSeries = (): KnownId[] => readTaxonomy('series').map((s) => ({ id: s.id, names: [s.name], formerIds: s.formerIds }));

/** The article schema for this site: ids checked against the region's counties file, topics.yaml and series.yaml. */
export function siteArticleSchema(image?: ArticleSchemaOptions['image']) {
	return articleSchema({
		counties: knownCounties(),
		topics: knownTopics(),
		series: knownSeries(),
		countiesFile: siteConfig().counties,
		image,
	});
}
