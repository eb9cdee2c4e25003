import { siteConfig } from './config.ts';
import { dayOf, timeOf, wallClock } from '../core/dates.ts';

/** The fields that make a bulletin urgent: `urgent: true`, until `until` (a date means to the end of that day). */
export interface UrgencyFields {
	urgent?: boolean;
	until?: string;
}

/** Whether a bulletin is urgent at `now` (`YYYY-MM-DD HH:mm`, the site's wall clock). */
export function isUrgent({ urgent, until }: UrgencyFields, now: string): boolean {
	if (!urgent) return false;
	if (until === undefined) return true;
	return (timeOf(until) ? until : `${until} 23:59`) >= now;
}

/**
 * Whether an urgent mark's `until` ends before the bulletin's time of issue `date`. A day alone is the last day,
 * inclusive (to 23:59), so a mark ending the day it was issued, at any hour, is fine: days are compared unless both
 * give a time.
 */
export function endsBeforeIssue(until: string, date: string): boolean {
	return timeOf(until) && timeOf(date) ? until < date : dayOf(until) < dayOf(date);
}

/** The list with the bulletins urgent at `now` moved to the front; both parts keep their order (newest first). */
export function urgentFirst<A extends { data: UrgencyFields }>(articles: readonly A[], now: string): A[] {
	const urgent = articles.filter((a) => isUrgent(a.data, now));
	return urgent.length === 0 ? [...articles] : [...urgent, ...articles.filter((a) => !isUrgent(a.data, now))];
}

let buildTime: string | undefined;

/** The site's wall clock when this build (or dev server) started: the one "now" every page of a build agrees on. */
export function siteNow(): string {
	buildTime ??= wallClock(siteConfig().timeZone);
	return buildTime;
}

/** The site's date when this build or check started (YYYY-MM-DD), the day alerts and future dates are judged by. */
export function siteToday(): string {
	return siteNow().slice(0, 10);
}
