import { articleSchema, type ArticleSchemaOptions } from './schema.ts';
import { readTaxonomy } from './taxonomies.ts';
import { siteConfig } from './config.ts';

/** The article schema for this site: ids checked against the region's counties file, topics.yaml and series.yaml. */
export function siteArticleSchema(image?: ArticleSchemaOptions['image']) {
	return articleSchema({
		counties: readTaxonomy('counties').map((c) => ({ id: c.id, names: [c.name, c.short] })),
		topics: readTaxonomy('topics').map((t) => ({ id: t.id, names: [t.name] })),
		series: readTaxonomy('series').map((s) => ({ id: s.id, names: [s.name] })),
		countiesFile: siteConfig().counties,
		image,
	});
}
