import { articleSchema, type ArticleSchemaOptions } from './schema.ts';
import { readTaxonomy } from './taxonomies.ts';
import { siteConfig } from './config.ts';

/** The article schema for this site: ids checked against the region's counties file, topics.yaml and series.yaml. */
export function siteArticleSchema(image?: ArticleSchemaOptions['image']) {
	return articleSchema({
		counties: readTaxonomy('counties').map((c) => ({ id: c.id, names: [c.name, c.short], formerIds: c.formerIds })),
		topics: readTaxonomy('topics').map((t) => ({ id: t.id, names: [t.name], formerIds: t.formerIds })),
		series: readTaxonomy('series').map((s) => ({ id: s.id, names: [s.name], formerIds: s.formerIds })),
		countiesFile: siteConfig().counties,
		image,
	});
}
