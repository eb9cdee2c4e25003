import { today } from './dates.ts';

/** Shows the alerts that are current on `now` and hides the others (runs in the reader's browser). */
export function showAlertsFor(now: Date): void {
	const day = today(now);
	for (const alert of document.querySelectorAll<HTMLElement>('[data-alert-start]')) {
		const { alertStart = '', alertEnd } = alert.dataset;
		alert.hidden = alertStart > day || (alertEnd !== undefined && alertEnd < day);
	}
}
