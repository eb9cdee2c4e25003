/** Whether year, month and day make a real calendar date (2020-02-30 does not). */
export function isCalendarDate(y: number, m: number, d: number): boolean {
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

// Dates as offices write them elsewhere: 2024/3/5, 2024.3.5, 2024-9-15, 2024年3月5日, with a time 18:30 or 18时30分.
const WRITTEN_DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号號]?(?:\s*(\d{1,2})\s*[:時时点點]\s*(\d{1,2})\s*分?)?$/;

/**
 * The `YYYY-MM-DD` (or `YYYY-MM-DD HH:mm`) form of a date written another common way, for a hint that gives the value
 * itself converted; undefined when the text is no real date. Full-width digits and colons are read as ASCII.
 */
export function isoFormOf(text: string): string | undefined {
	const match = WRITTEN_DATE.exec(text.normalize('NFKC').trim());
	if (!match) return undefined;
	const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (!isCalendarDate(y, m, d)) return undefined;
	const day = `${match[1]}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
	if (match[4] === undefined) return day;
	const [hour, minute] = [Number(match[4]), Number(match[5])];
	return hour > 23 || minute > 59 ? undefined : `${day} ${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
