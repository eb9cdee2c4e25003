/** A post's time of publication in the site's time zone. */
export interface PostDate {
	/** YYYY-MM-DD */
	date: string;
	/** HH:MM, when the post gave a time. */
	time?: string;
}

// YAML date 2020-02-08, Jekyll 2020-02-08 18:30:00 +0800, Hugo 2020-02-08T18:30:00+08:00, Hexo 2020-02-08 18:30:00.
const DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const pad = (n: number) => String(n).padStart(2, '0');

/** The wall-clock date and time of an instant in a time zone. */
function wallClock(instant: Date, timeZone: string): PostDate {
	const parts = Object.fromEntries(
		new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
			.formatToParts(instant)
			.map((p) => [p.type, p.value]),
	);
	return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/**
 * Reads a front-matter date in the forms Jekyll, Hugo and Hexo write (a YAML date, a date with a time and an offset, a
 * quoted string). A time with an offset is moved into `timeZone` (a post of 23:30 -05:00 is the next day in Ningde);
 * one without is taken as the site's own. Undefined for anything else, including impossible dates (2020-02-30).
 */
export function parsePostDate(value: unknown, timeZone: string): PostDate | undefined {
	const text = value instanceof Date ? value.toISOString() : typeof value === 'string' ? value.trim() : '';
	const match = DATE.exec(text);
	if (!match) return undefined;
	const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((i) => (match[i] === undefined ? undefined : Number(match[i])));
	const calendar = new Date(Date.UTC(year!, month! - 1, day!));
	if (calendar.getUTCMonth() !== month! - 1 || calendar.getUTCDate() !== day || (hour ?? 0) > 23 || (minute ?? 0) > 59) return undefined;
	const date = `${year}-${pad(month!)}-${pad(day!)}`;
	const offset = match[7];
	if (hour === undefined) return { date };
	if (!offset) return { date, time: `${pad(hour)}:${pad(minute!)}` };
	const iso = offset.toUpperCase() === 'Z' ? 'Z' : `${offset.slice(0, 3)}:${offset.slice(-2)}`;
	return wallClock(new Date(`${date}T${pad(hour)}:${pad(minute!)}:00${iso}`), timeZone);
}
