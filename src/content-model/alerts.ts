import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { editorMessage } from './editor-messages.ts';
import { strictFields } from './known-fields.ts';
import { z } from 'astro/zod';
import { contentPath } from './paths.ts';
import { readYamlFile } from './yaml-file.ts';
import { siteExamples } from './site-examples.ts';
import { isoDate } from './schema.ts';
import { dayBefore } from '../core/dates.ts';

const alertSchema = strictFields({
	id: z
		.string()
		.regex(/^[a-z0-9-]+$/, { error: () => editorMessage({ zh: '必須是英文 id，例如 mask-supply', en: 'must be an ASCII id such as mask-supply' }) }),
	level: z.enum(['info', 'warning', 'urgent'], {
		error: () => editorMessage({ zh: '必須是 info、warning 或 urgent', en: 'must be info, warning or urgent' }),
	}),
	message: z
		.string({ error: () => editorMessage({ zh: '必填：通告的內容，用網站的預設字體', en: "is required: the notice, in the site's default script" }) })
		.trim()
		.min(1),
	link: z
		.string()
		.regex(/^[a-z0-9][\w./-]*$/, {
			error: () =>
				editorMessage(
					{
						zh: '必須是本站的頁面，不寫版本，例如 counties/{county}',
						en: 'must be a page of this site without the edition, e.g. counties/{county}',
					},
					{ county: siteExamples().counties[0].id },
				),
		})
		.optional(),
	start: isoDate,
	end: isoDate.optional(),
}).refine((alert) => !alert.end || alert.end >= alert.start, {
	error: () => editorMessage({ zh: 'end 不能早於 start', en: 'end must not be before start' }),
	path: ['end'],
});

export type Alert = z.output<typeof alertSchema>;

/** A list of alerts whose ids are unique, so `npm run alert -- expire <id>` and readers' browsers can tell them apart. */
const alertListSchema = z.array(alertSchema).superRefine((alerts, ctx) => {
	const seen = new Set<string>();
	alerts.forEach((alert, index) => {
		if (seen.has(alert.id)) {
			ctx.addIssue({
				code: 'custom',
				path: [index, 'id'],
				message: editorMessage(
					{ zh: '兩則通告的 id 都是「{id}」；每則通告的 id 要不同', en: 'two alerts have the id "{id}"; every alert needs its own id' },
					{ id: alert.id },
				),
			});
		}
		seen.add(alert.id);
	});
});

/**
 * The schema of the alerts file's text. It is a list, or `alerts:` with the list under it: the form the web editor
 * writes, since Decap CMS cannot edit a list at the top of a file.
 */
export function alertsFileSchema(text: string) {
	const list = alertListSchema.nullable();
	return /^alerts\s*:/m.test(text) ? strictFields({ alerts: list }).transform((file) => file.alerts) : list;
}

/** What the alerts file holds, the hint for any problem in it. */
const alertsHint = () =>
	editorMessage({
		zh: 'content/alerts.yaml 是 { id, level, message, link, start, end } 的清單（或把同樣的清單寫在「alerts:」下面）；見 docs/operators/configuration.md',
		en: 'content/alerts.yaml is a list of { id, level, message, link, start, end } (or the same list under "alerts:"); see docs/operators/configuration.md',
	});

/** The alerts in content/alerts.yaml (an empty list when the file is absent or empty). */
export function readAlerts(): Alert[] {
	const path = contentPath('alerts.yaml');
	if (!existsSync(path)) return [];
	return readYamlFile(path, alertsFileSchema, alertsHint) ?? [];
}

/** Alerts that have not ended by `day` (YYYY-MM-DD), most severe first; ones starting later are kept for the browser to reveal. */
export function currentAlerts(alerts: readonly Alert[], day: string): Alert[] {
	const severity = { urgent: 0, warning: 1, info: 2 };
	return alerts.filter((a) => !a.end || a.end >= day).sort((a, b) => severity[a.level] - severity[b.level] || b.start.localeCompare(a.start));
}

/** What `npm run alert -- expire` does to an alert: end it on a day (its last day shown), remove it, or refuse `on`. */
export type AlertExpiry = { end: string } | { remove: true } | { refused: string };

/**
 * How an alert starting on `start` is ended on `today`: on `on` when given (its last day shown, as `end` always is),
 * else on yesterday, so the next build takes it down (ending today would keep it up until tomorrow's build). An alert
 * that starts today or later cannot end yesterday (end is never before start): without `on` it is removed instead.
 */
export function alertExpiry(start: string, today: string, on?: string): AlertExpiry {
	if (on !== undefined) return on < start ? { refused: on } : { end: on };
	const yesterday = dayBefore(today);
	return yesterday < start ? { remove: true } : { end: yesterday };
}

/** A short fingerprint of everything an alert says and when: a reader who hid it sees it again once the office changes it. */
export function alertVersion(alert: Alert): string {
	return createHash('sha256')
		.update(JSON.stringify([alert.level, alert.message, alert.link, alert.start, alert.end]))
		.digest('base64url')
		.slice(0, 10);
}
