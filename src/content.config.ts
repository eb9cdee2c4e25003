import { defineCollection } from 'astro:content';
import { articlesLoader } from './content-model/loader.ts';
import { siteArticleSchema } from './content-model/site-schema.ts';
import { countySchema, readTaxonomy, seriesSchema, topicSchema } from './content-model/taxonomies.ts';

// Articles live in content/articles/ (outside src/) so editors never need to open the code folder.
const articles = defineCollection({
	loader: articlesLoader(siteArticleSchema()),
	schema: ({ image }) => siteArticleSchema(image),
});

// Taxonomies come from the same validated readers the content check uses, so a duplicate id is an error, not a silent overwrite.
const counties = defineCollection({ loader: () => readTaxonomy('counties'), schema: countySchema });
const topics = defineCollection({ loader: () => readTaxonomy('topics'), schema: topicSchema });
const series = defineCollection({ loader: () => readTaxonomy('series'), schema: seriesSchema });

export const collections = { articles, counties, topics, series };
