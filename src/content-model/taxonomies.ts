import { z } from 'astro/zod';
import { contentPath } from '../site/paths.ts';
import { readYamlFile } from '../site/yaml-file.ts';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'id must be lowercase ASCII words joined by "-", e.g. fuan or medical-supplies' });

export const countySchema = z.strictObject({
	id,
	name: z.string().min(1),
	short: z.string().min(1),
	level: z.enum(['city', 'county', 'district']),
	order: z.number().int(),
});

export const topicSchema = z.strictObject({
	id,
	name: z.string().min(1),
	order: z.number().int(),
});

export const seriesSchema = z.strictObject({
	id,
	name: z.string().min(1),
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
	counties: { file: 'counties.yaml', schema: uniqueList(countySchema) },
	topics: { file: 'topics.yaml', schema: uniqueList(topicSchema) },
	series: { file: 'series.yaml', schema: uniqueList(seriesSchema) },
} as const;

export type TaxonomyName = keyof typeof taxonomyFiles;

/** Reads and validates one taxonomy file (counties, topics or series) from `content/`. */
export function readTaxonomy<N extends TaxonomyName>(name: N): z.output<(typeof taxonomyFiles)[N]['schema']> {
	const { file, schema } = taxonomyFiles[name];
	const hint = `content/${file} is a YAML list of entries with an ASCII id; see README "Counties, topics and series".`;
	return readYamlFile(contentPath(file), schema as z.ZodType, hint) as z.output<(typeof taxonomyFiles)[N]['schema']>;
}

/** The ids declared in each taxonomy file, which article frontmatter may refer to. */
export function taxonomyIds(): Record<TaxonomyName, string[]> {
	return {
		counties: readTaxonomy('counties').map((c) => c.id),
		topics: readTaxonomy('topics').map((t) => t.id),
		series: readTaxonomy('series').map((s) => s.id),
	};
}
