import { articleSchema, type ArticleSchemaOptions } from './schema.ts';
import { readTaxonomy } from './taxonomies.ts';

/** The article schema for this site: ids checked against content/counties.yaml, topics.yaml and series.yaml. */
export function siteArticleSchema(image?: ArticleSchemaOptions['image']) {
	return articleSchema({
		counties: readTaxonomy('counties').map((c) => ({ id: c.id, names: [c.name, c.short] })),
		topics: readTaxonomy('topics').map((t) => ({ id: t.id, names: [t.name] })),
		series: readTaxonomy('series').map((s) => ({ id: s.id, names: [s.name] })),
		image,
	});
}
