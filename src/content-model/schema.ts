import { z } from 'astro/zod';
import { editorMessage } from '../editions/messages.ts';
import { scripts } from '../editions/scripts.ts';
import { closest } from './closest.ts';

/** An id an article may refer to, with the names an editor might type instead of it. */
export interface KnownId {
	id: string;
	names: string[];
}

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

/** Whether year, month and day make a real calendar date (2020-02-30 does not). */
function isCalendarDate(y: number, m: number, d: number): boolean {
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::\d{2})?)?$/;

/** A calendar date written YYYY-MM-DD, kept as that string so no time zone can shift it. */
export const isoDate = z.union([z.string(), z.date()], { error: 'is required: a date written as YYYY-MM-DD, e.g. 2020-02-08' }).transform((value, ctx) => {
	const text = value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)) : value.trim();
	const match = DATE.exec(text);
	if (!match || !isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
		ctx.addIssue({ code: 'custom', message: `"${String(value)}" is not a date; write it as YYYY-MM-DD, e.g. 2020-02-08` });
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
	.union([z.string(), z.date()], { error: '必填：發佈日期，或日期加時間，例如 2020-02-08 或 2020-02-08 18:30' })
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
			ctx.addIssue({ code: 'custom', message: `「${String(value)}」不是有效的日期或時間；請寫成 2020-02-08 或 2020-02-08 18:30（24 小時制）` });
			return z.NEVER;
		}
		const day = `${match[1]}-${match[2]}-${match[3]}`;
		return match[4] === undefined ? day : `${day} ${String(hour).padStart(2, '0')}:${match[5]}`;
	});

/** A string that must be one of the declared ids; the error lists them and suggests the id for a name typed instead. */
export function knownId(field: string, file: string, known: KnownId[]) {
	const ids = known.map((k) => k.id);
	return z.string({ error: `must be one of the ids in content/${file}: ${ids.join(', ')}` }).check((ctx) => {
		const value = ctx.value.trim();
		if (ids.includes(value)) return;
		const byName = known.find((k) => k.names.includes(value));
		const guess = byName?.id ?? closest(value, ids);
		ctx.issues.push({
			code: 'custom',
			input: ctx.value,
			message: `"${ctx.value}" is not a ${field} id${guess ? `; did you mean "${guess}"?` : '.'} Valid ids (content/${file}): ${ids.join(', ')}`,
		});
	});
}

const personList = z.array(z.string().trim().min(1, { error: 'names must not be empty' })).default([]);

// Glossary values are printed as text, never as markup: the HTML output escapes them, and the data rule keeps them plain.
const MARKUP_OR_CONTROL = /[<>&\u0000-\u001f\u007f]/;

const glossaryText = (field: 'hant' | 'hans') =>
	z
		.string({ error: () => editorMessage('{field} 必須是文字', { field }) })
		.trim()
		.min(1, { error: () => editorMessage('{field} 不能是空的', { field }) })
		.refine((text) => !MARKUP_OR_CONTROL.test(text), {
			error: (issue) => editorMessage('{field}「{value}」含有 <、>、& 或控制字元；詞表的寫法只能是純文字', { field, value: String(issue.input) }),
		});

/**
 * A glossary entry: one Simplified form and the Traditional spellings of the same term, the first being the one the
 * Traditional edition prints (`{ hant: [衞生防護中心, 衛生防護中心], hans: 卫生防护中心 }`). A single spelling may be written without brackets.
 */
export const glossaryPairSchema = z
	.strictObject({
		hant: z.union([glossaryText('hant'), z.array(glossaryText('hant')).min(1, { error: () => editorMessage('hant 至少要有一個繁體寫法') })]),
		hans: glossaryText('hans'),
	})
	.transform(({ hant, hans }, ctx) => {
		const spellings = typeof hant === 'string' ? [hant] : hant;
		for (const spelling of spellings) {
			if ([...spelling].length !== [...hans].length) {
				ctx.addIssue({
					code: 'custom',
					path: ['hant'],
					message: editorMessage('{hant} 與 {hans} 的字數不同；兩種寫法必須逐字對應', { hant: spelling, hans }),
				});
			}
		}
		return { hant: spellings, hans };
	});

/**
 * A validated id as the reference object Astro's getEntry() takes. Astro's reference() checks existence only when an
 * entry is looked up; validating against the taxonomy files here lets the error list the valid ids before anything is rendered.
 */
function reference<C extends 'counties' | 'topics' | 'series'>(id: z.ZodType<string>, collection: C) {
	return id.transform((value) => ({ collection, id: value.trim() }));
}

/** The frontmatter schema of an article; unknown keys are errors so that a typo such as `countty` cannot pass silently. */
export function articleSchema({ counties, topics, series, countiesFile = 'counties.yaml', image = () => z.string().trim().min(1) }: ArticleSchemaOptions) {
	const fields = {
		title: z
			.string({ error: 'is required: the headline of the bulletin' })
			.trim()
			.min(1, { error: 'must not be empty' })
			.max(MAX_TITLE_LENGTH, {
				error: (issue) => `is ${String(issue.input).length} characters long; keep it under ${MAX_TITLE_LENGTH} and put the detail in the body or summary`,
			}),
		date: isoDateTime,
		county: reference(knownId('county', countiesFile, counties), 'counties'),
		topics: z
			.array(reference(knownId('topic', 'topics.yaml', topics), 'topics'), { error: 'must be a list of topic ids, e.g. [epidemic-control]' })
			.min(1, { error: `needs at least one topic id: ${topics.map((t) => t.id).join(', ')}` }),
		source: z.string().trim().min(1).optional(),
		authors: personList,
		photographers: personList,
		summary: z.string().trim().min(1).optional(),
		series: reference(knownId('series', 'series.yaml', series), 'series').optional(),
		draft: z.boolean().default(false),
		updated: isoDate.optional(),
		corrections: z.array(z.strictObject({ date: isoDate, note: z.string().trim().min(1) })).default([]),
		lang: z.enum(scripts, { error: 'must be zh-Hant or zh-Hans (the script the file is written in)' }).optional(),
		glossary: z.array(glossaryPairSchema).default([]),
		image: image().optional(),
		imageAlt: z.string().trim().min(1, { error: 'must not be empty: describe the picture' }).optional(),
		/** An urgent bulletin comes first on the home page and its county's page, with a mark, until `until` if given. */
		urgent: z.boolean({ error: '須為 true 或 false' }).default(false),
		until: isoDateTime.optional(),
	};
	const allowed = Object.keys(fields);
	const object = z.strictObject(fields, {
		error: (issue) => {
			if (issue.code !== 'unrecognized_keys') return undefined;
			return issue.keys
				.map((key) => {
					const guess = closest(key, allowed);
					return `unknown field "${key}"${guess ? `; did you mean "${guess}"?` : ''} Allowed fields: ${allowed.join(', ')}`;
				})
				.join('; ');
		},
	});
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
					'有 image（首圖）就必須有 imageAlt：在 image 下一行加上「imageAlt: 工人在口罩生產線上作業」這樣描述圖片的文字，供看不到圖片的讀者使用',
				);
			}
			if (data.until !== undefined && data.urgent !== true) issue('until', 'until', 'until 只用於緊急快訊：加上「urgent: true」，或刪去 until');
			if (typeof data.until === 'string' && typeof data.date === 'string' && data.until < data.date)
				issue('until', 'until', `until ${data.until} 早於發佈時間 ${data.date}`);
		},
		{ when: ({ value }) => typeof value === 'object' && value !== null && !Array.isArray(value) },
	);
}

export type ArticleData = z.output<ReturnType<typeof articleSchema>>;
