/** A YYYY-MM-DD date as Chinese readers write it: 2020年2月8日 (the same in both scripts). */
export function formatDate(isoDate: string): string {
	return `${Number(isoDate.slice(0, 4))}年${formatMonthDay(isoDate)}`;
}

/** The month and day of a YYYY-MM-DD date as Chinese readers write them: 2月8日. */
export function formatMonthDay(isoDate: string): string {
	const [, month, day] = isoDate.split('-').map(Number);
	return `${month}月${day}日`;
}

// 星期日 … 星期六 are written the same in Traditional and Simplified.
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** The calendar day of a date or date-and-time value (`2020-02-08` or `2020-02-08 18:30`). */
export const dayOf = (value: string): string => value.slice(0, 10);

/** The time of day of a date-and-time value (`18:30`), undefined for a date alone. */
export const timeOf = (value: string): string | undefined => value.slice(11, 16) || undefined;

/**
 * A key that orders dates and dates with times as text, a date alone counting as noon: the same instant the feeds
 * give it, so a bulletin sits in the same place on the pages and in feed readers.
 */
export const issueOrder = (value: string): string => (timeOf(value) ? value : `${value} 12:00`);

/** 2020年2月8日 星期六 18:30 (or without the time for a date alone): how bulletins show their time of issue. */
export function formatDateTime(value: string): string {
	const [year, month, day] = dayOf(value).split('-').map(Number) as [number, number, number];
	const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
	const time = timeOf(value);
	return `${formatDate(dayOf(value))} 星期${weekday}${time ? ` ${time}` : ''}`;
}

/** Today's date where the code runs (a reader's device), as YYYY-MM-DD; the build and the tools use the site's day (siteToday). */
export function today(now = new Date()): string {
	return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

/** The day before a YYYY-MM-DD day (2020-03-01 → 2020-02-29), by the calendar, with no time zone involved. */
export function dayBefore(day: string): string {
	const date = new Date(`${day}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() - 1);
	return date.toISOString().slice(0, 10);
}

/** Whether `timeZone` is an IANA time zone name this machine knows (Asia/Shanghai, Asia/Hong_Kong…). */
export function isTimeZone(timeZone: string): boolean {
	try {
		new Intl.DateTimeFormat('en', { timeZone });
		return true;
	} catch {
		return false;
	}
}

// Making a formatter costs far more than formatting (a profile of 3,000 articles' dates spent seconds on it).
const clocks = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock date and time in a time zone at an instant, as `YYYY-MM-DD HH:mm` (the form articles write). */
export function wallClock(timeZone: string, now = new Date()): string {
	let clock = clocks.get(timeZone);
	if (!clock) {
		// sv-SE formats as "2020-02-08 18:30"; Intl is the platform's own time zone database, so no library is needed.
		clock = new Intl.DateTimeFormat('sv-SE', {
			timeZone,
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23',
		});
		clocks.set(timeZone, clock);
	}
	return clock.format(now).replace(',', '');
}

/**
 * The instant a date or date-and-time value means in a time zone, as ISO 8601 with the zone's offset then
 * (`2020-02-08T18:30:00+08:00`). A date alone means noon, which is that day in every reader's time zone.
 */
export function zonedIso(value: string, timeZone: string): string {
	const local = `${dayOf(value)}T${timeOf(value) ?? '12:00'}:00`;
	// The zone's offset at an instant is its wall clock read as UTC minus the instant. It is taken at the first guess
	// of the instant, which settles a value that lies across a daylight-saving change from the wall time read as UTC.
	const asUtc = Date.parse(`${local}Z`);
	const offsetAt = (instant: number) => Date.parse(`${wallClock(timeZone, new Date(instant)).replace(' ', 'T')}:00Z`) - instant;
	const minutes = offsetAt(asUtc - offsetAt(asUtc)) / 60_000;
	const sign = minutes < 0 ? '-' : '+';
	const hhmm = [Math.floor(Math.abs(minutes) / 60), Math.abs(minutes) % 60].map((n) => String(n).padStart(2, '0')).join(':');
	return `${local}${sign}${hhmm}`;
}
