// Runs in the reader's browser: which alerts show, by the reader's date and the alerts they hid.
import { today } from '../core/dates.ts';

const KEY = 'bulletin-hidden-alerts';

/** What the page says about one alert (its data-alert-* attributes). */
export interface AlertState {
	id: string;
	version: string;
	start: string;
	end?: string;
}

/** Whether an alert shows on `day` (YYYY-MM-DD): from its start day to its end day, unless the reader hid this version of it. */
export function alertShown(alert: AlertState, day: string, hidden: Readonly<Record<string, string>>): boolean {
	const current = alert.start <= day && (alert.end === undefined || alert.end >= day);
	return current && hidden[alert.id] !== alert.version;
}

/** The alerts a reader hid, as id → the version hidden; storage may be unavailable (private mode), which only loses the memory. */
function hiddenAlerts(): Record<string, string> {
	try {
		const stored: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
		return stored && typeof stored === 'object' ? (stored as Record<string, string>) : {};
	} catch {
		return {};
	}
}

function rememberHidden(id: string, version: string): void {
	try {
		localStorage.setItem(KEY, JSON.stringify({ ...hiddenAlerts(), [id]: version }));
	} catch {
		/* storage disabled: the alert hides for this page only */
	}
}

/**
 * Shows the alerts current on `now` that the reader has not hidden, and wires their hide buttons: a hidden alert stays
 * hidden on every page until the office changes it (its version). Urgent alerts only have the button inside their text,
 * so they cannot be hidden before they are opened and read.
 */
export function startAlerts(now: Date): void {
	const day = today(now);
	const hidden = hiddenAlerts();
	for (const box of document.querySelectorAll<HTMLElement>('[data-alert-id]')) {
		const { alertId = '', alertVersion = '', alertStart = '', alertEnd } = box.dataset;
		const alert: AlertState = { id: alertId, version: alertVersion, start: alertStart, end: alertEnd };
		box.hidden = !alertShown(alert, day, hidden);
		for (const button of box.querySelectorAll<HTMLButtonElement>('[data-alert-hide]')) {
			button.hidden = false;
			button.addEventListener('click', () => {
				rememberHidden(alert.id, alert.version);
				box.hidden = true;
				// The button is gone with its alert; the page's content is where the reader goes on.
				document.getElementById('main')?.focus();
			});
		}
	}
}
