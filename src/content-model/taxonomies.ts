import { z } from 'astro/zod';
import { editorMessage, type Message } from './editor-messages.ts';
import { strictFields } from './known-fields.ts';
import { contentPath } from './paths.ts';
import { siteConfig } from './config.ts';
import { readYamlFile } from './yaml-file.ts';
import { parentProblems, type ParentProblem } from './jurisdictions.ts';
import { closestId } from './closest.ts';
import { zeroWidthCodes } from '../core/hidden-characters.ts';
import { zeroWidthNote } from './hidden-text.ts';

/** A required text field, its error describing what it holds (`what` in Traditional Chinese and English). */
const required = (what: Message) =>
	z
		.string({ error: () => editorMessage({ zh: '必填：{what}', en: 'is required: {what}' }, { what: editorMessage(what) }) })
		.min(1, { error: () => editorMessage({ zh: '不能是空的：{what}', en: 'must not be empty: {what}' }, { what: editorMessage(what) }) });
const order = z.number({ error: () => editorMessage({ zh: '必填：決定列表順序的整數', en: 'is required: a whole number that sets the listing order' }) }).int();
const id = z
	.string({ error: () => editorMessage({ zh: '必填：英文或拼音的 id，例如 east-district', en: 'is required: an ASCII id such as east-district' }) })
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
		error: (issue) =>
			editorMessage(
				{
					zh: '必須是以「-」連接的小寫英文字或拼音，例如 east-district 或 medical-supplies{note}',
					en: 'must be lowercase ASCII words joined by "-", e.g. east-district or medical-supplies{note}',
				},
				// An id with a zero-width character looks right: say which character is there (trial-39).
				{ note: zeroWidthNote(zeroWidthCodes(String(issue.input))) },
			),
	});

/**
 * The ids an entry had before it was renamed or took another in (撤縣設市, a township merged into its neighbour): their
 * pages and feed keep answering and lead to this entry's (src/view/static-paths.ts, perFormerListing).
 */
const formerIds = z.array(id).default([]);

export const countySchema = strictFields({
	id,
	formerIds,
	name: required({ zh: '全名，例如 某某市、某某縣', en: 'the full name, e.g. 某某市 or 某某縣' }),
	short: required({ zh: '簡稱，例如 某某', en: 'the short name, e.g. 某某' }),
	level: z.enum(['province', 'city', 'county', 'district'], {
		error: () =>
			editorMessage({
				zh: '必須是 province、city、county 或 district：province 是全省，city 是一個市（匯入時沒提到地區的報道歸最上一級的 province 或 city），其下各級（縣、區、鄉鎮、街道）用 county 或 district；屬於哪一級由 parent 指明',
				en: 'must be province, city, county or district: province is the whole province, city a city (an imported report naming no jurisdiction is filed under the top province or city), any level below (counties, districts, townships) is county or district; parent says which entry one belongs to',
			}),
	}),
	/**
	 * The id of the jurisdiction this one is part of (a district's city): its page, feed and search filter cover this one too.
	 * Any text here, checked against the file's ids with the others, so a name written instead (吉安市) is told the id it names.
	 */
	parent: z.string().optional(),
	order,
});

export const topicSchema = strictFields({
	id,
	formerIds,
	name: required({ zh: '專題名稱，例如 疫情防控', en: 'the topic name, e.g. 疫情防控' }),
	order,
	/** Words that suggest the topic when `npm run import` guesses an imported report's topics. */
	keywords: z.array(z.string().min(1)).default([]),
});

export const seriesSchema = strictFields({
	id,
	formerIds,
	name: required({ zh: '系列報道名稱', en: 'the series name' }),
	description: z.string().optional(),
});

export type County = z.output<typeof countySchema>;
export type Topic = z.output<typeof topicSchema>;
export type Series = z.output<typeof seriesSchema>;

/**
 * A list of entries whose ids are unique (the file() loader would silently keep only the last duplicate), and whose
 * former ids each lead to one entry: not an id an entry has now, not claimed by two.
 */
function uniqueList<S extends z.ZodType<{ id: string; formerIds: string[] }>>(entry: S) {
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
		const claimed = new Map<string, string>();
		entries.forEach((item, index) => {
			item.formerIds.forEach((former, position) => {
				const message = seen.has(former)
					? editorMessage(
							{
								zh: 'formerIds 裡的「{former}」是現有一項的 id，舊網址不能同時是現在的網址；刪掉這一項，或刪掉 id 是「{former}」的那一項',
								en: '"{former}" in formerIds is the id of an entry; an old address cannot be a current one: remove it, or remove the entry whose id is "{former}"',
							},
							{ former },
						)
					: claimed.has(former)
						? editorMessage(
								{
									zh: 'formerIds 裡的「{former}」已經寫在「{other}」的 formerIds 裡，舊網址只能轉到一項；只在接手的那一項留下它',
									en: '"{former}" in formerIds is already in the formerIds of "{other}", and an old address leads to one entry; keep it only in the entry that took it over',
								},
								{ former, other: claimed.get(former)! },
							)
						: undefined;
				if (message) ctx.addIssue({ code: 'custom', path: [index, 'formerIds', position], message });
				else claimed.set(former, item.id);
			});
		});
	});
}

/** The message for a parent that cannot be, with its fix. */
function parentMessage(problem: ParentProblem, entries: readonly County[]): string {
	const ids = entries.map((entry) => entry.id);
	switch (problem.kind) {
		case 'self':
			return editorMessage(
				{
					zh: '「{id}」的 parent 是它自己；填它所屬的上一級的 id，最上一級不寫 parent',
					en: '"{id}" is its own parent; give the id of the entry it belongs to, or no parent at the top level',
				},
				{ id: problem.id },
			);
		case 'unknown': {
			// A name written for its id (吉安市 for jian) is the commonest slip: say whose name it is.
			const named = entries.find((entry) => [entry.name, entry.short].includes(problem.parent.trim()));
			if (named)
				return editorMessage(
					{
						zh: '「{parent}」是 {id} 的名稱；parent 要填上一級的 id：parent: {id}',
						en: '"{parent}" is the name of {id}; parent takes the id of the entry above: parent: {id}',
					},
					{ parent: problem.parent, id: named.id },
				);
			// The id meant when one is close; else every id, since the file is short and the editor must pick one.
			const near = closestId(problem.parent, ids);
			const fix = near
				? editorMessage({ zh: '是不是「{near}」？', en: 'did you mean "{near}"?' }, { near })
				: editorMessage(
						{ zh: 'parent 要填同一檔案中上一級的 id：{ids}', en: 'parent must be the id of another entry of this file: {ids}' },
						{ ids: ids.join(', ') },
					);
			return editorMessage(
				{ zh: '「{parent}」不是本檔案裡的 id；{fix}（最上一級不寫 parent）', en: '"{parent}" is not an id in this file; {fix} (the top level has no parent)' },
				{ parent: problem.parent, fix },
			);
		}
		case 'cycle':
			return editorMessage(
				{
					zh: '上一級繞成一圈：{cycle}；刪掉其中最上一級那一項的 parent',
					en: 'the parents go round in a circle: {cycle}; delete the parent of the one that is the top level',
				},
				{ cycle: problem.cycle.join(' → ') },
			);
	}
}

/** The jurisdictions: unique ids, and parents that are other entries of the file with no cycle. */
const countyList = uniqueList(countySchema).superRefine((entries, ctx) => {
	for (const problem of parentProblems(entries)) ctx.addIssue({ code: 'custom', path: [problem.index, 'parent'], message: parentMessage(problem, entries) });
});

export const taxonomyFiles = {
	counties: { file: () => siteConfig().counties, schema: countyList },
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

/** The id an article's value stands for now: an entry's former id (formerIds) is the entry's id, any other is itself. */
export function currentTaxonomyId(name: TaxonomyName): (id: string) => string {
	const current = new Map(readTaxonomy(name).flatMap((entry) => entry.formerIds.map((former) => [former, entry.id] as const)));
	return (id) => current.get(id) ?? id;
}
