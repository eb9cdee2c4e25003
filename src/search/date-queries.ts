// Residents type a day as they say it (3月5号, 三月五日) or as a form writes it (2024-03-05, 2024/3/5); articles mostly
// print it one way, 2024年3月5日 and 3月5日 (trial-38). The search page searches the day as typed first, since some
// articles write 3月5号 too (trial-41), and as printed when nothing writes it as typed. Written by hand: a date library parses whole dates, not a day inside a
// query, and the Chinese numerals of a month and a day (一 to 三十一) are all there is to read.

const DIGITS = '〇一二三四五六七八九';

/** The number a Chinese numeral of 1 to 39 stands for (五 → 5, 十二 → 12, 二十三 → 23, 三十一 → 31), or undefined. */
export function smallNumeral(text: string): number | undefined {
	const match = /^(?:([二三])?[十])?([一二三四五六七八九])?$/.exec(text);
	if (!match || text === '') return undefined;
	const [, tens, ones] = match;
	const hasTen = text.includes('十');
	return (hasTen ? (tens ? DIGITS.indexOf(tens) : 1) * 10 : 0) + (ones ? DIGITS.indexOf(ones) : 0);
}

const NUMERAL = '[一二三四五六七八九十]{1,3}';
const ISO_DAY = /(?<![0-9])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![0-9])/g;
const SPOKEN_DAY = /(?<![0-9])(\d{1,2})[月](\d{1,2})[号號]/g;
const NUMERAL_DAY = new RegExp(`(?<![一二三四五六七八九十])(${NUMERAL})[月](${NUMERAL})[日号號]`, 'g');

/** The query with each day written as articles print it: 2024-03-05 → 2024年3月5日, 3月5号 (號) and 三月五日 → 3月5日. */
export function printedDates(query: string): string {
	return query
		.replace(ISO_DAY, (whole, year: string, month: string, day: string) =>
			validDay(Number(month), Number(day)) ? `${year}年${Number(month)}月${Number(day)}日` : whole,
		)
		.replace(SPOKEN_DAY, (whole, month: string, day: string) => (validDay(Number(month), Number(day)) ? `${Number(month)}月${Number(day)}日` : whole))
		.replace(NUMERAL_DAY, (whole, month: string, day: string) => {
			const [m, d] = [smallNumeral(month), smallNumeral(day)];
			return m !== undefined && d !== undefined && validDay(m, d) ? `${m}月${d}日` : whole;
		});
}

const validDay = (month: number, day: number) => month >= 1 && month <= 12 && day >= 1 && day <= 31;
