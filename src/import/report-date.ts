import { editorMessage } from '../content-model/editor-messages.ts';
import type { Guess } from './guess.ts';
import { parseDateLine } from './page-meta.ts';

/** What a report's date may come from, most trusted first. */
export interface DateSources {
	/** The time of publication the page itself gives (a WeChat article's meta line or script), and how it wrote it. */
	published?: { value: string; written: string };
	/** The date of the metadata line under the headline (发布时间：…) or a release's stamp, and how it was written. */
	meta?: { value: string; written: string };
	/** --date. */
	given?: string;
	/** Whether the page is one report: --date is then its date, not only the year and the fallback of a roundup's reports. */
	single: boolean;
	/** The page's address or file name, which a government CMS dates (t20121012_1050.htm, P020190715….pdf's folder 201907). */
	address?: string;
	/** The report's paragraphs, whose opening may name a day (an event's, as often as the publication's) and whose end may be a signature dated. */
	paragraphs: readonly string[];
}

const pad = (n: string) => n.padStart(2, '0');

/** The full or month-and-day date the opening of a text names, as written. */
function openingDate(paragraphs: readonly string[]): { full?: RegExpExecArray; short?: RegExpExecArray } {
	const opening = paragraphs.slice(0, 2).join('');
	return { full: /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(opening) ?? undefined, short: /(\d{1,2})月(\d{1,2})日/.exec(opening) ?? undefined };
}

/** Below SURE (0.6): the importer asks the editor to check a date read from the text alone. */
const FROM_TEXT = 0.5;

/**
 * A report's date, from what states a publication date before what only suggests one: the page's own publication time,
 * the metadata line, --date for a page of one report (a first sentence's 11月20日 is an event's day, not the publication's),
 * then the text — its opening's full date, a roundup's 2月8日 with --date's year, --date, a closing signature's date — each
 * of those asked to be checked. Undefined when nothing dates it (today would be a silent guess).
 */
export function reportDate({ published, meta, given, single, paragraphs, address }: DateSources): Guess<string> | undefined {
	if (published)
		return {
			value: published.value,
			confidence: 1,
			reason: editorMessage({ zh: '網頁標明的發布時間 {written}', en: 'the publication time the page gives, {written}' }, { written: published.written }),
		};
	if (meta)
		return {
			value: meta.value,
			confidence: 1,
			reason: editorMessage({ zh: '文中寫的是 {written}', en: 'the text says {written}' }, { written: meta.written }),
		};
	const { full, short } = openingDate(paragraphs);
	if (given && single) {
		const written = full?.[0] ?? short?.[0];
		return {
			value: given,
			confidence: FROM_TEXT,
			reason: written
				? editorMessage(
						{
							zh: '使用 --date；文中的 {written} 看來是報道裡事情的日期，沒有用',
							en: 'using --date; the text’s {written} looks like the day of the event, not used',
						},
						{ written },
					)
				: editorMessage({ zh: '文中沒有日期，使用 --date', en: 'the text gives no date; using --date' }),
		};
	}
	if (full)
		return {
			value: `${full[1]}-${pad(full[2]!)}-${pad(full[3]!)}`,
			confidence: FROM_TEXT,
			reason: editorMessage(
				{ zh: '網頁沒有標明發布時間，取自文中的 {written}', en: 'the page gives no publication time; from the text’s {written}' },
				{ written: full[0] },
			),
		};
	if (short && given)
		return {
			value: `${given.slice(0, 4)}-${pad(short[1]!)}-${pad(short[2]!)}`,
			confidence: FROM_TEXT,
			reason: editorMessage({ zh: '文中寫的是 {written}，年份取自 --date', en: 'the text says {written}; the year is from --date' }, { written: short[0] }),
		};
	if (given)
		return { value: given, confidence: FROM_TEXT, reason: editorMessage({ zh: '文中沒有日期，使用 --date', en: 'the text gives no date; using --date' }) };
	const signed = paragraphs.length > 1 ? parseDateLine(paragraphs.at(-1)!) : undefined;
	if (signed?.date)
		return {
			value: signed.date,
			confidence: FROM_TEXT,
			reason: editorMessage(
				{ zh: '網頁沒有標明發布時間，取自文末落款的 {written}', en: 'the page gives no publication time; from the signature’s {written}' },
				{ written: signed.written ?? signed.date },
			),
		};
	const addressed = single && address ? addressDate(address) : undefined;
	if (addressed)
		return {
			value: addressed.value,
			confidence: FROM_TEXT,
			reason: editorMessage(
				{ zh: '網頁和文中都沒有日期，取自網頁網址裡的 {written}', en: 'neither the page nor its text gives a date; from the {written} in its address' },
				{ written: addressed.written },
			),
		};
	return undefined;
}

/** A page's name as a government CMS (TRS) writes it, dated: t20121012_1050.htm. */
const ADDRESS_DATE = /(?:^|[/\\])t((?:19|20)\d{2})(\d{2})(\d{2})_\d+\.s?html?$/i;

/** The day a CMS page's name gives (t20121012_1050.htm → 2012-10-12), if it is a real day. */
function addressDate(address: string): { value: string; written: string } | undefined {
	const match = ADDRESS_DATE.exec(address);
	if (!match) return undefined;
	const [, year, month, day] = match;
	const value = `${year}-${month}-${day}`;
	const date = new Date(`${value}T00:00:00Z`);
	return date.getUTCMonth() + 1 === Number(month) && date.getUTCDate() === Number(day) ? { value, written: match[0].replace(/^[/\\]/, '') } : undefined;
}
