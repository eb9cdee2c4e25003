import { z } from 'astro/zod';
import { editorMessage } from './editor-messages.ts';
import { scripts } from '../core/scripts.ts';
import { idMeant, type KnownId } from './closest.ts';
import { strictFields } from './known-fields.ts';
import { isCalendarDate, isoFormOf } from './date-forms.ts';
import { fullWidthCommaHint } from './yaml-errors.ts';
import { endsBeforeIssue } from './urgency.ts';
import { formerIdOf } from './former-ids.ts';
import { visibleText, zeroWidthCodes } from '../core/hidden-characters.ts';
import { zeroWidthNote } from './hidden-text.ts';
import { unmatchedCharacter } from '../convert/glossary-pairs.ts';

export interface ArticleSchemaOptions {
	counties: KnownId[];
	topics: KnownId[];
	series: KnownId[];
	/** The region's counties file in content/, named in error messages. */
	countiesFile?: string;
	/** Astro's image() inside content.config.ts, which resolves the lead image for astro:assets; a plain path elsewhere. */
	image?: () => z.ZodType;
}

export const MAX_TITLE_LENGTH = 150;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::\d{2})?)?$/;

/** A calendar date written YYYY-MM-DD, kept as that string so no time zone can shift it. */
export const isoDate = z
	.union([z.string(), z.date()], {
		error: () => editorMessage({ zh: '必填：日期，寫成 YYYY-MM-DD，例如 2020-02-08', en: 'is required: a date written as YYYY-MM-DD, e.g. 2020-02-08' }),
	})
	.transform((value, ctx) => {
		const text = value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)) : value.trim();
		const match = DATE.exec(text);
		if (!match || !isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
			const converted = isoFormOf(text);
			ctx.addIssue({
				code: 'custom',
				message:
					converted && converted.length === 10
						? editorMessage(
								{ zh: '「{value}」不是 YYYY-MM-DD 寫法的日期；請寫成 {converted}', en: '"{value}" is not a date written YYYY-MM-DD; write it as {converted}' },
								{ value: String(value), converted },
							)
						: editorMessage(
								{ zh: '「{value}」不是日期；請寫成 YYYY-MM-DD，例如 2020-02-08', en: '"{value}" is not a date; write it as YYYY-MM-DD, e.g. 2020-02-08' },
								{ value: String(value) },
							),
			});
			return z.NEVER;
		}
		return text;
	});

/**
 * A date with an optional time of issue in the site's time zone: `2020-02-08` or `2020-02-08 18:30`, kept as that
 * string (seconds dropped) so bulletins sort by it as text. A YAML parser that reads `2020-02-08 18:30:00` as a UTC
 * Date gives the same string back, since the time was written without a zone.
 */
export const isoDateTime = z
	.union([z.string(), z.date()], {
		error: () =>
			editorMessage({
				zh: '必填：發佈日期，或日期加時間，例如 2020-02-08 或 2020-02-08 18:30',
				en: 'is required: the date of issue, or the date and time, e.g. 2020-02-08 or 2020-02-08 18:30',
			}),
	})
	.transform((value, ctx) => {
		const text =
			value instanceof Date
				? Number.isNaN(value.getTime())
					? ''
					: value
							.toISOString()
							.slice(0, 16)
							.replace('T', ' ')
							.replace(/ 00:00$/, '')
				: value.trim();
		const match = DATE_TIME.exec(text);
		const [hour, minute] = [Number(match?.[4] ?? 0), Number(match?.[5] ?? 0)];
		if (!match || !isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3])) || hour > 23 || minute > 59) {
			// A date written another common way (2024/3/5, 2024年3月5日) is given back converted, not as a fixed example.
			const converted = isoFormOf(text);
			ctx.addIssue({
				code: 'custom',
				message: converted
					? editorMessage(
							{
								zh: '「{value}」不是 YYYY-MM-DD 寫法的日期；請寫成 {converted}',
								en: '"{value}" is not a date written YYYY-MM-DD; write it as {converted}',
							},
							{ value: String(value), converted },
						)
					: editorMessage(
							{
								zh: '「{value}」不是有效的日期或時間；請寫成 2020-02-08 或 2020-02-08 18:30（24 小時制）',
								en: '"{value}" is not a valid date or time; write it as 2020-02-08 or 2020-02-08 18:30 (24-hour clock)',
							},
							{ value: String(value) },
						),
			});
			return z.NEVER;
		}
		const day = `${match[1]}-${match[2]}-${match[3]}`;
		return match[4] === undefined ? day : `${day} ${String(hour).padStart(2, '0')}:${match[5]}`;
	});

/** A string that must be one of the declared ids; the error lists them and suggests the id for a name typed instead. */
function knownId(field: string, file: string, known: KnownId[]) {
	const ids = known.map((k) => k.id);
	const list = { file, ids: ids.join(', ') };
	const former = new Set(known.flatMap((k) => k.formerIds ?? []));
	return z
		.string({ error: () => editorMessage({ zh: '必須是 content/{file} 裡的 id：{ids}', en: 'must be one of the ids in content/{file}: {ids}' }, list) })
		.check((ctx) => {
			const value = ctx.value.trim();
			// An old id (a county that became a city) is filed under its entry's id by reference(); the check warns of it.
			if (ids.includes(value) || former.has(value)) return;
			// An id with a zero-width character (fuan\u200B) looks like the id it is not: name the character.
			const hidden = zeroWidthCodes(value);
			if (hidden !== '') {
				const meant = ids.includes(visibleText(value)) ? visibleText(value) : undefined;
				ctx.issues.push({
					code: 'custom',
					input: ctx.value,
					message: editorMessage(
						{ zh: '「{value}」不是 {field} 的 id{note}{fix}', en: '"{value}" is not a {field} id{note}{fix}' },
						{
							value: ctx.value,
							field,
							note: zeroWidthNote(hidden),
							fix: meant ? editorMessage({ zh: '；應該是「{id}」', en: '; it should be "{id}"' }, { id: meant }) : '',
						},
					),
				});
				return;
			}
			// `[food-safety，epidemic-control]` is one item: the full-width comma typed by a Chinese input method splits nothing.
			const comma = fullWidthCommaHint(value, (part) => (ids.includes(part) ? part : (idMeant(part, known) ?? part)));
			if (comma) {
				ctx.issues.push({
					code: 'custom',
					input: ctx.value,
					message: editorMessage(
						{ zh: '「{value}」不是 {field} 的 id：{comma}', en: '"{value}" is not a {field} id: {comma}' },
						{ value: ctx.value, field, comma },
					),
				});
				return;
			}
			const guess = idMeant(value, known);
			ctx.issues.push({
				code: 'custom',
				input: ctx.value,
				message: guess
					? editorMessage(
							{
								zh: '「{value}」不是 {field} 的 id；是不是「{guess}」？可用的 id（content/{file}）：{ids}',
								en: '"{value}" is not a {field} id; did you mean "{guess}"? Valid ids (content/{file}): {ids}',
							},
							{ ...list, value: ctx.value, field, guess },
						)
					: editorMessage(
							{
								zh: '「{value}」不是 {field} 的 id。可用的 id（content/{file}）：{ids}',
								en: '"{value}" is not a {field} id. Valid ids (content/{file}): {ids}',
							},
							{ ...list, value: ctx.value, field },
						),
			});
		});
}

/**
 * The people credited (authors, photographers), one name an item. `[干春生、钟晓红]` is one item to YAML, since the 、 or ，
 * a Chinese input method types splits nothing, and would be printed as one name (trial-45); `authors: 干春生` is no list.
 */
const personList = z
	.array(
		z
			.string()
			.trim()
			.min(1, { error: () => editorMessage({ zh: '名字不能是空的', en: 'names must not be empty' }) })
			.check((ctx) => {
				const comma = fullWidthCommaHint(ctx.value);
				if (comma)
					ctx.issues.push({
						code: 'custom',
						input: ctx.value,
						message: editorMessage(
							{ zh: '「{value}」會當成一個名字：{comma}', en: '"{value}" would be read as one name: {comma}' },
							{ value: ctx.value, comma },
						),
					});
			}),
		{
			error: (issue) => {
				const comma = fullWidthCommaHint(issue.input);
				return comma
					? editorMessage({ zh: '必須是名字的清單：{comma}', en: 'must be a list of names: {comma}' }, { comma })
					: editorMessage(
							{ zh: '必須是名字的清單，一項一個名字，例如 [{example}]', en: 'must be a list of names, one an item, e.g. [{example}]' },
							{ example: typeof issue.input === 'string' && issue.input.trim() !== '' ? issue.input.trim() : '王明, 李華' },
						);
			},
		},
	)
	.default([]);

// Glossary values are printed as text, never as markup: the HTML output escapes them, and the data rule keeps them plain.
const MARKUP_OR_CONTROL = /[<>&\u0000-\u001f\u007f]/;

const glossaryText = (field: 'hant' | 'hans') =>
	z
		.string({ error: () => editorMessage({ zh: '{field} 必須是文字', en: '{field} must be text' }, { field }) })
		.trim()
		.min(1, { error: () => editorMessage({ zh: '{field} 不能是空的', en: '{field} must not be empty' }, { field }) })
		.refine((text) => !MARKUP_OR_CONTROL.test(text), {
			error: (issue) =>
				editorMessage(
					{
						zh: '{field}「{value}」含有 <、>、& 或控制字元；詞表的寫法只能是純文字',
						en: '{field} "{value}" contains <, >, & or a control character; glossary spellings must be plain text',
					},
					{ field, value: String(issue.input) },
				),
		});

/** Quotation marks of either script and the straight ones, which each edition writes its own way (「雙百」, “双百”). */
const QUOTATION_MARKS = /[“”‘’「」『』"'＂＇]/gu;

/** A glossary spelling without quotation marks: they are no part of a term, and a Traditional 「 is no form of a Simplified “. */
export const withoutQuotationMarks = (text: string) => text.replace(QUOTATION_MARKS, '');

/**
 * A glossary entry: one Simplified form and the Traditional spellings of the same term, the first being the one the
 * Traditional edition prints (`{ hant: [衞生防護中心, 衛生防護中心], hans: 卫生防护中心 }`). A single spelling may be written without brackets.
 */
export const glossaryPairSchema = strictFields({
	hant: z.union([
		glossaryText('hant'),
		z
			.array(glossaryText('hant'))
			.min(1, { error: () => editorMessage({ zh: 'hant 至少要有一個繁體寫法', en: 'hant needs at least one Traditional spelling' }) }),
	]),
	hans: glossaryText('hans'),
}).transform(({ hant: written, hans: writtenHans }, ctx) => {
	// trial-41: { hant: 「雙百」行動, hans: “双百”行动 } was refused for 「 being no form of “; kept without its marks
	// (glossaryWarnings says they need not be written).
	const hans = withoutQuotationMarks(writtenHans);
	const spellings = (typeof written === 'string' ? [written] : written).map(withoutQuotationMarks);
	if ([hans, ...spellings].includes('')) {
		ctx.addIssue({
			code: 'custom',
			path: ['hans'],
			message: editorMessage({ zh: '這一條除了引號沒有別的字：寫上要對照的詞', en: 'this entry has nothing but quotation marks: write the term to match' }),
		});
		return z.NEVER;
	}
	for (const spelling of spellings) {
		// trial-40: { hant: 于豐收, hans: 余丰收 } printed 余丰收 as 于豐收; the two sides must be one name.
		const unmatched = unmatchedCharacter(spelling, hans);
		if (unmatched) {
			ctx.addIssue({
				code: 'custom',
				path: ['hant'],
				message: editorMessage(
					{
						zh: '{hant} 的第 {position} 個字「{t}」不是 {hans} 的「{s}」的繁體寫法（「{s}」的繁體是 {forms}）；兩邊要是同一個詞：改正 hant 或 hans，讓它們逐字對應',
						en: 'character {position} of {hant}, "{t}", is not a Traditional form of "{s}" in {hans} ("{s}" is written {forms}); both sides must be one term: correct hant or hans so that they match character for character',
					},
					{ hant: spelling, hans, position: unmatched.index + 1, t: unmatched.hant, s: unmatched.hans, forms: unmatched.forms.join('、') },
				),
			});
		}
		if ([...spelling].length !== [...hans].length) {
			ctx.addIssue({
				code: 'custom',
				path: ['hant'],
				message: editorMessage(
					{
						zh: '{hant} 與 {hans} 的字數不同；兩種寫法必須逐字對應',
						en: '{hant} and {hans} differ in length; the two spellings must match character for character',
					},
					{ hant: spelling, hans },
				),
			});
		}
	}
	return { hant: spellings, hans };
});

/**
 * A validated id as the reference object Astro's getEntry() takes, an entry's former id (formerIds) made its current
 * one. Astro's reference() checks existence only when an entry is looked up; validating against the taxonomy files here
 * lets the error list the valid ids before anything is rendered.
 */
function reference<C extends 'counties' | 'topics' | 'series'>(id: z.ZodType<string>, collection: C, known: KnownId[]) {
	const current = currentIds(known);
	return id.transform((value) => ({ collection, id: current.get(value.trim()) ?? value.trim() }));
}

/** Each former id of the entries (formerIds) with the id of the entry that has it now. */
function currentIds(known: readonly KnownId[]): Map<string, string> {
	return new Map(known.flatMap((k) => (k.formerIds ?? []).map((former) => [former, k.id] as const)));
}

/** An id the article had before it was renamed, written as articles.json shows ids (2025/09/10-fuan-words). */
const formerId = z
	.string({
		error: () =>
			editorMessage({ zh: '必須是文章 id，例如 2020/02/08-fuan-mask-production', en: 'must be an article id, e.g. 2020/02/08-fuan-mask-production' }),
	})
	.check((ctx) => {
		const id = formerIdOf(ctx.value);
		if (id === ctx.value) return;
		ctx.issues.push({
			code: 'custom',
			input: ctx.value,
			message:
				id === undefined
					? editorMessage(
							{
								zh: '「{value}」不是文章 id；寫成舊檔案的路徑去掉 content/articles/ 和 .md，例如 2020/02/08-fuan-mask-production',
								en: '"{value}" is not an article id; write the old file’s path without content/articles/ and .md, e.g. 2020/02/08-fuan-mask-production',
							},
							{ value: ctx.value },
						)
					: editorMessage({ zh: '「{value}」要寫成文章 id：{id}', en: '"{value}" should be written as the article id: {id}' }, { value: ctx.value, id }),
		});
	});

/** The topic id to show in the example of a list for `input` written as one value: the id it is or stands for, else the first. */
function topicExample(input: unknown, topics: KnownId[]): string {
	const value = typeof input === 'string' ? input.trim() : '';
	const meant = topics.some((t) => t.id === value) ? value : value ? idMeant(value, topics) : undefined;
	return meant ?? topics[0]?.id ?? '<id>';
}

/** The frontmatter schema of an article; unknown keys are errors so that a typo such as `countty` cannot pass silently. */
export function articleSchema({ counties, topics, series, countiesFile = 'counties.yaml', image = () => z.string().trim().min(1) }: ArticleSchemaOptions) {
	const fields = {
		title: z
			.string({ error: () => editorMessage({ zh: '必填：快訊的標題', en: 'is required: the headline of the bulletin' }) })
			.trim()
			// A title of zero-width characters only (U+200B, U+2060) is as empty to a reader as "".
			.refine((title) => visibleText(title) !== '', {
				error: (issue) => {
					const codes = zeroWidthCodes(String(issue.input));
					return codes === ''
						? editorMessage({ zh: '不能是空的', en: 'must not be empty' })
						: editorMessage(
								{ zh: '不能是空的：只有看不見的字元 {codes}', en: 'must not be empty: it holds only the invisible character(s) {codes}' },
								{ codes },
							);
				},
			})
			.max(MAX_TITLE_LENGTH, {
				error: (issue) =>
					editorMessage(
						{
							zh: '有 {length} 個字；請少於 {max} 個字，細節寫在正文或 summary 裡',
							en: 'is {length} characters long; keep it under {max} and put the detail in the body or summary',
						},
						{ length: String(issue.input).length, max: MAX_TITLE_LENGTH },
					),
			}),
		date: isoDateTime,
		county: reference(knownId('county', countiesFile, counties), 'counties', counties),
		topics: z
			.array(reference(knownId('topic', 'topics.yaml', topics), 'topics', topics), {
				// The example is the id the value written stands for (`topics: food-safety` → [food-safety], `topics: 基层医疗` →
				// [jiceng-yiliao]), else the site's first topic: an example that is no id would fail again as an unknown id.
				error: (issue) =>
					editorMessage(
						{ zh: '必須是專題 id 的清單，例如 [{example}]', en: 'must be a list of topic ids, e.g. [{example}]' },
						{ example: topicExample(issue.input, topics) },
					),
			})
			.min(1, {
				error: () => editorMessage({ zh: '至少要有一個專題 id：{ids}', en: 'needs at least one topic id: {ids}' }, { ids: topics.map((t) => t.id).join(', ') }),
			}),
		source: z.string().trim().min(1).optional(),
		authors: personList,
		photographers: personList,
		summary: z.string().trim().min(1).optional(),
		series: reference(knownId('series', 'series.yaml', series), 'series', series).optional(),
		draft: z.boolean().default(false),
		updated: isoDate.optional(),
		corrections: z.array(strictFields({ date: isoDate, note: z.string().trim().min(1) })).default([]),
		lang: z
			.enum(scripts, {
				error: () => editorMessage({ zh: '必須是 zh-Hant 或 zh-Hans（檔案用的字體）', en: 'must be zh-Hant or zh-Hans (the script the file is written in)' }),
			})
			.optional(),
		glossary: z.array(glossaryPairSchema).default([]),
		image: image().optional(),
		imageAlt: z
			.string()
			.trim()
			.min(1, {
				error: () => editorMessage({ zh: '不能是空的：請描述這張圖片', en: 'must not be empty: describe the picture' }),
			})
			.optional(),
		/**
		 * The words printed under the lead picture (where, who, 圖為…), for every reader; imageAlt describes the picture
		 * for readers who cannot see it and is not shown. None is printed without it.
		 */
		imageCaption: z
			.string()
			.trim()
			.min(1, {
				error: () =>
					editorMessage({
						zh: '不能是空的：寫上圖片下面要顯示的文字，或刪去這一行',
						en: 'must not be empty: write the words to show under the picture, or remove the line',
					}),
			})
			.optional(),
		/** An urgent bulletin comes first on the home page and its county's page, with a mark, until `until` if given. */
		urgent: z.boolean({ error: () => editorMessage({ zh: '須為 true 或 false', en: 'must be true or false' }) }).default(false),
		until: isoDateTime.optional(),
		/**
		 * Files listed for download under the text (the web editor's 附件 field uploads them into the files/ folder next
		 * to the article): each is checked and published like an attachment linked in the text (src/content-model/attachments.ts).
		 */
		attachments: z
			.array(
				strictFields({
					file: z
						.string({
							error: () => editorMessage({ zh: '必填：附件檔案的路徑，例如 files/通知.pdf', en: 'is required: the attachment’s path, e.g. files/通知.pdf' }),
						})
						.trim()
						.min(1),
					title: z
						.string({
							error: () =>
								editorMessage({ zh: '必填：讀者看到的連結文字，例如 通知原文（PDF）', en: 'is required: the link text readers see, e.g. 通知原文（PDF）' }),
						})
						.trim()
						.min(1),
				}),
			)
			.default([]),
		/** The ids the article had before it was renamed: each keeps answering with a page that leads here (src/content-model/former-ids.ts). */
		formerIds: z
			.array(formerId, {
				error: () =>
					editorMessage({
						zh: '必須是文章 id 的清單，例如 [2020/02/08-fuan-mask-production]',
						en: 'must be a list of article ids, e.g. [2020/02/08-fuan-mask-production]',
					}),
			})
			.default([]),
	};
	// Hugo calls the same list `aliases`, Jekyll `redirect_from`.
	const object = strictFields(fields, { aliases: 'formerIds', redirect_from: 'formerIds', formerids: 'formerIds' });
	// Fields that need another field are checked even when other fields have errors, so one run of `npm run check`
	// shows every mistake. The input may then be unparsed, hence the checks on raw values.
	return object.superRefine(
		(parsed, ctx) => {
			const data = parsed as Record<string, unknown>;
			const issue = (field: string, near: string, message: string) => ctx.addIssue({ code: 'custom', path: [field], message, params: { near } });
			if (data.image !== undefined && data.imageAlt === undefined) {
				issue(
					'imageAlt',
					'image',
					editorMessage({
						zh: '有 image（首圖）就必須有 imageAlt：在 image 下一行加上「imageAlt: 醫護人員在社區為居民量體溫」這樣描述圖片的文字，供看不到圖片的讀者使用',
						en: 'is required with image (the lead picture): add a line "imageAlt: 醫護人員在社區為居民量體溫" under image, describing the picture for readers who cannot see it',
					}),
				);
			}
			if (data.imageCaption !== undefined && data.image === undefined) {
				issue(
					'imageCaption',
					'imageCaption',
					editorMessage({
						zh: 'imageCaption 是首圖下面的圖說，沒有首圖就不會顯示：加上 image（首圖）和 imageAlt，或刪去 imageCaption',
						en: 'imageCaption is the caption under the lead picture and shows only with one: add image (the lead picture) and imageAlt, or remove imageCaption',
					}),
				);
			}
			if (data.until !== undefined && data.urgent !== true)
				issue(
					'until',
					'until',
					editorMessage({
						zh: 'until 只用於緊急快訊：加上「urgent: true」，或刪去 until',
						en: 'until is only for urgent bulletins: add "urgent: true", or remove until',
					}),
				);
			if (typeof data.until === 'string' && typeof data.date === 'string' && endsBeforeIssue(data.until, data.date))
				issue(
					'until',
					'until',
					editorMessage(
						{
							zh: '緊急標記的結束時間 {until} 早於發佈時間 {date}：改成 date 之後的日期（例如 until: {suggested}），或刪去 until',
							en: 'the urgent mark ends at {until}, before the time of issue {date}: set a later date (e.g. until: {suggested}), or remove until',
						},
						{ until: data.until, date: data.date, suggested: weekAfter(data.date) },
					),
				);
		},
		{ when: ({ value }) => typeof value === 'object' && value !== null && !Array.isArray(value) },
	);
}

/** The day a week after an article's date (YYYY-MM-DD), a sensible end for an urgent mark that ended too early. */
function weekAfter(date: string): string {
	const day = new Date(`${date.slice(0, 10)}T00:00:00Z`);
	day.setUTCDate(day.getUTCDate() + 7);
	return day.toISOString().slice(0, 10);
}

export type ArticleData = z.output<ReturnType<typeof articleSchema>>;
