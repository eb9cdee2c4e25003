/** A YYYY-MM-DD date as Chinese readers write it: 2020年2月8日 (the same in both scripts). */
export function formatDate(isoDate: string): string {
	const [year, month, day] = isoDate.split('-').map(Number);
	return `${year}年${month}月${day}日`;
}

/** Today's date where the command runs (the machine's time zone), as YYYY-MM-DD. */
export function today(now = new Date()): string {
	return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}
