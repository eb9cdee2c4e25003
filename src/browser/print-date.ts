import { formatDate, today } from '../core/dates.ts';

/** Fills the printout's print date with the reader's date, now and whenever printing starts (a page left open overnight). */
export function showPrintDate(): void {
	const fill = () => {
		for (const field of document.querySelectorAll<HTMLElement>('[data-print-date]')) {
			field.textContent = formatDate(today());
			field.closest<HTMLElement>('[hidden]')?.removeAttribute('hidden');
		}
	};
	fill();
	addEventListener('beforeprint', fill);
}
