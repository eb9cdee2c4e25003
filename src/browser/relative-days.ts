import { today } from '../core/dates.ts';

// 今天 and 昨天 are written the same in Traditional and Simplified, so one script serves both editions.
const WORDS = ['今天', '昨天'];

/**
 * Shows 今天 or 昨天 instead of the date of bulletins issued today or yesterday by the reader's own clock (runs in the
 * browser, after the page is built); the full date moves to the title. Without this script the full date stays.
 */
export function showRelativeDays(now: Date): void {
	const days = WORDS.map((_, back) => today(new Date(now.getFullYear(), now.getMonth(), now.getDate() - back)));
	for (const time of document.querySelectorAll<HTMLTimeElement>('time[data-day]')) {
		const word = WORDS[days.indexOf(time.dataset.day ?? '')];
		if (!word) continue;
		time.title = time.textContent?.trim() ?? '';
		time.textContent = time.dataset.time ? `${word} ${time.dataset.time}` : word;
	}
}
