import { z } from 'astro/zod';
import { contentPath } from '../site/paths.ts';
import { siteConfig } from '../site/config.ts';
import { readYamlFile } from '../site/yaml-file.ts';

const required = (what: string) => z.string({ error: `is required: ${what}` }).min(1, { error: `must not be empty: ${what}` });
const order = z.number({ error: 'is required: a whole number that sets the listing order' }).int();
const id = z
	.string({ error: 'is required: an ASCII id such as fuan' })
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be lowercase ASCII words joined by "-", e.g. fuan or medical-supplies' });

export const countySchema = z.strictObject({
	id,
	name: required('the full name, e.g. 福安市'),
	short: required('the short name, e.g. 福安'),
	level: z.enum(['city', 'county', 'district'], { error: 'must be city, county or district' }),
	order,
});

export const topicSchema = z.strictObject({
	id,
	name: required('the topic name, e.g. 疫情防控'),
	order,
	/** Words that suggest the topic when `npm run import` guesses an imported report's topics. */
	keywords: z.array(z.string().min(1)).default([]),
});

export const seriesSchema = z.strictObject({
	id,
	name: required('the series name'),
	description: z.string().optional(),
});

export type County = z.output<typeof countySchema>;
export type Topic = z.output<typeof topicSchema>;
export type Series = z.output<typeof seriesSchema>;

/** A list of entries whose ids are unique (the file() loader would silently keep only the last duplicate). */
function uniqueList<S extends z.ZodType<{ id: string }>>(entry: S) {
	return z.array(entry).superRefine((entries, ctx) => {
		const seen = new Set<string>();
		entries.forEach((item, index) => {
			if (seen.has(item.id)) {
				ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate id "${item.id}"; every id must be unique` });
			}
			seen.add(item.id);
		});
	});
}

export const taxonomyFiles = {
	counties: { file: () => siteConfig().counties, schema: uniqueList(countySchema) },
	topics: { file: () => 'topics.yaml', schema: uniqueList(topicSchema) },
	series: { file: () => 'series.yaml', schema: uniqueList(seriesSchema) },
} as const;

export type TaxonomyName = keyof typeof taxonomyFiles;

/** Reads and validates one taxonomy file (counties, topics or series) from `content/`. */
export function readTaxonomy<N extends TaxonomyName>(name: N): z.output<(typeof taxonomyFiles)[N]['schema']> {
	const { schema } = taxonomyFiles[name];
	const file = taxonomyFiles[name].file();
	const hint = `content/${file} is a YAML list of entries with an ASCII id; see README "Counties, topics and series".`;
	return readYamlFile(contentPath(file), schema as z.ZodType, hint) as z.output<(typeof taxonomyFiles)[N]['schema']>;
}
