import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { z } from 'astro/zod';
import { contentPath } from '../site/paths.ts';
import { readYamlFile } from '../site/yaml-file.ts';
import { isoDate } from './schema.ts';

export const alertSchema = z
	.strictObject({
		id: z.string().regex(/^[a-z0-9-]+$/, { error: 'must be an ASCII id such as mask-supply' }),
		level: z.enum(['info', 'warning', 'urgent'], { error: 'must be info, warning or urgent' }),
		message: z.string({ error: 'is required: the notice, in Traditional script' }).trim().min(1),
		link: z
			.string()
			.regex(/^[a-z0-9][\w./-]*$/, { error: 'must be a page of this site without the edition, e.g. articles/2020/02/08-fuan-mask-production' })
			.optional(),
		start: isoDate,
		end: isoDate.optional(),
	})
	.refine((alert) => !alert.end || alert.end >= alert.start, { error: 'end must not be before start', path: ['end'] });

export type Alert = z.output<typeof alertSchema>;

/** The alerts in content/alerts.yaml (an empty list when the file is absent or empty). */
export function readAlerts(): Alert[] {
	const path = contentPath('alerts.yaml');
	if (!existsSync(path)) return [];
	return (
		readYamlFile(path, z.array(alertSchema).nullable(), 'content/alerts.yaml is a list of { id, level, message, link, start, end }; see README "Alerts".') ?? []
	);
}

/** Alerts that have not ended by `day` (YYYY-MM-DD), most severe first; ones starting later are kept for the browser to reveal. */
export function currentAlerts(alerts: readonly Alert[], day: string): Alert[] {
	const severity = { urgent: 0, warning: 1, info: 2 };
	return alerts.filter((a) => !a.end || a.end >= day).sort((a, b) => severity[a.level] - severity[b.level] || b.start.localeCompare(a.start));
}

/** A short fingerprint of everything an alert says and when: a reader who hid it sees it again once the office changes it. */
export function alertVersion(alert: Alert): string {
	return createHash('sha256')
		.update(JSON.stringify([alert.level, alert.message, alert.link, alert.start, alert.end]))
		.digest('base64url')
		.slice(0, 10);
}
