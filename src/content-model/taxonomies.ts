import { z } from 'astro/zod';
import { editorMessage, type Message } from './editor-messages.ts';
import { strictFields } from './known-fields.ts';
import { contentPath } from './paths.ts';
import { siteConfig } from './config.ts';
import { readYamlFile } from './yaml-file.ts';

/** A required text field, its error describing what it holds (`what` in Traditional Chinese and English). */
const required = (what: Message) =>
	z
		.string({ error: () => editorMessage({ zh: '必填：{what}', en: 'is required: {what}' }, { what: editorMessage(what) }) })
		.min(1, { error: () => editorMessage({ zh: '不能是空的：{what}', en: 'must not be empty: {what}' }, { what: editorMessage(what) }) });
const order = z.number({ error: () => editorMessage({ zh: '必填：決定列表順序的整數', en: 'is required: a whole number that sets the listing order' }) }).int();
const id = z
	.string({ error: () => editorMessage({ zh: '必填：英文或拼音的 id，例如 east-district', en: 'is required: an ASCII id such as east-district' }) })
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
		error: () =>
			editorMessage({
				zh: '必須是以「-」連接的小寫英文字或拼音，例如 east-district 或 medical-supplies',
				en: 'must be lowercase ASCII words joined by "-", e.g. east-district or medical-supplies',
			}),
	});

export const countySchema = strictFields({
	id,
	name: required({ zh: '全名，例如 某某市、某某縣', en: 'the full name, e.g. 某某市 or 某某縣' }),
	short: required({ zh: '簡稱，例如 某某', en: 'the short name, e.g. 某某' }),
	level: z.enum(['city', 'county', 'district'], {
		error: () =>
			editorMessage({
				zh: '必須是 city、county 或 district：city 是整個地區（匯入時沒提到地區的報道歸它），其下各級（縣、區、鄉鎮、街道）用 county 或 district',
				en: 'must be city, county or district: city is the whole region (an imported report naming no jurisdiction is filed under it), any level below it (counties, districts, townships) is county or district',
			}),
	}),
	order,
});

export const topicSchema = strictFields({
	id,
	name: required({ zh: '主題名稱，例如 疫情防控', en: 'the topic name, e.g. 疫情防控' }),
	order,
	/** Words that suggest the topic when `npm run import` guesses an imported report's topics. */
	keywords: z.array(z.string().min(1)).default([]),
});

export const seriesSchema = strictFields({
	id,
	name: required({ zh: '專題名稱', en: 'the series name' }),
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
				ctx.addIssue({
					code: 'custom',
					path: [index, 'id'],
					message: editorMessage({ zh: 'id「{id}」重複了；每個 id 都必須不同', en: 'duplicate id "{id}"; every id must be unique' }, { id: item.id }),
				});
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
	const hint = () =>
		editorMessage(
			{
				zh: 'content/{file} 是 YAML 清單，每一項有英文 id；見 docs/operators/configuration.md',
				en: 'content/{file} is a YAML list of entries with an ASCII id; see docs/operators/configuration.md',
			},
			{ file },
		);
	return readYamlFile(contentPath(file), schema as z.ZodType, hint) as z.output<(typeof taxonomyFiles)[N]['schema']>;
}
