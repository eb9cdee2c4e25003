/** What an old news page's metadata line says about its report: when it was issued, by whom, written by whom. */
export interface PageMeta {
	/** YYYY-MM-DD, or YYYY-MM-DD HH:MM when the page gives the time. */
	date?: string;
	/** The line as the page wrote the date, for the editor. */
	written?: string;
	source?: string;
	authors: string[];
}

/** The labels of a metadata line, by what they give; a click counter is read only to be left out. No bare 時間 or 日期: a notice's body says 時間：3月5日 too. */
const LABELS: Record<string, 'date' | 'source' | 'author' | 'count'> = {
	發布時間: 'date',
	发布时间: 'date',
	發佈時間: 'date',
	發布日期: 'date',
	发布日期: 'date',
	發佈日期: 'date',
	發表時間: 'date',
	发表时间: 'date',
	更新時間: 'date',
	更新时间: 'date',
	來源: 'source',
	来源: 'source',
	信息來源: 'source',
	信息来源: 'source',
	稿件來源: 'source',
	稿件来源: 'source',
	文章來源: 'source',
	文章来源: 'source',
	作者: 'author',
	撰稿: 'author',
	撰稿人: 'author',
	點擊數: 'count',
	点击数: 'count',
	點擊: 'count',
	点击: 'count',
	點擊率: 'count',
	点击率: 'count',
	瀏覽次數: 'count',
	浏览次数: 'count',
	閱讀次數: 'count',
	阅读次数: 'count',
	訪問量: 'count',
	访问量: 'count',
	人氣: 'count',
	人气: 'count',
};

// Longest first, so 信息来源 is not read as 来源 after a stray 信息.
const LABEL = new RegExp(
	`(${Object.keys(LABELS)
		.sort((a, b) => b.length - a.length)
		.join('|')})\\s*[:：]\\s*`,
	'g',
);

/** 2013-11-08, 2013/11/08, 2013.11.08 or 2013年11月8日, with an optional time 09:30 or 09:30:15. */
const DATE = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(\d{1,2})[:：](\d{2})(?:[:：]\d{2})?)?/;
/** The weekday Hong Kong releases write after the date: 2003年4月1日（星期二）. */
const WEEKDAY = '(?:\\s*[（(]\\s*(?:星期|禮拜|礼拜)[一二三四五六日天]\\s*[)）])?';
/** A line that is a date alone, or a date and the office that issued it: 2013年12月3日 新豐縣衛生局, 2003年4月1日（星期二）. */
const DATE_LINE = new RegExp(`^[\\[【(（]?${DATE.source}${WEEKDAY}[\\]】)）]?(?:\\s+([^\\s\\d].{1,24}))?$`);

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, '○': 0, Ｏ: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** 一 to 三十一 as a number: 十 alone is 10, 十一 is 11, 二十三 is 23. */
function smallNumber(text: string): number {
	const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
	return (text.includes('十') ? (tens ? DIGITS[tens]! : 1) * 10 : 0) + (ones ? DIGITS[ones]! : 0);
}
/** A date written in Chinese numerals, as releases print it: 二零零九年六月十一日, 二〇二〇年一月二十三日. */
const CHINESE_DATE = /([〇零○Ｏ一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,4})\s*日/g;

/** A line with its Chinese-numeral dates written in digits (二零零九年六月十一日 → 2009年6月11日), so one pattern reads both. */
function withDigitDates(line: string): string {
	return line.replace(
		CHINESE_DATE,
		(_, year: string, month: string, day: string) => `${[...year].map((c) => DIGITS[c]).join('')}年${smallNumber(month)}月${smallNumber(day)}日`,
	);
}

const pad = (n: string) => n.padStart(2, '0');

/** A date as written on a page, as the `date` field writes it; undefined for an impossible one (2013-02-30). */
function readDate(match: RegExpExecArray): string | undefined {
	const [, year, month, day, hour, minute] = match;
	const calendar = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
	if (calendar.getUTCMonth() !== Number(month) - 1 || calendar.getUTCDate() !== Number(day)) return undefined;
	const date = `${year}-${pad(month!)}-${pad(day!)}`;
	return hour !== undefined && Number(hour) < 24 && Number(minute) < 60 ? `${date} ${pad(hour)}:${minute}` : date;
}

const NAMES = /[\u3400-\u9fff·]{2,4}/g;

/**
 * Reads the metadata line a news page prints under its headline (发布时间：2013-11-08 来源：县爱卫办 作者：钟志发 点击数：1024),
 * every part of it labelled; undefined when the line is anything else. A single 来源 line is a credit line (credits.ts).
 */
export function parseMetaLine(line: string): PageMeta | undefined {
	const labels = [...line.matchAll(LABEL)];
	if (labels.length === 0 || labels[0]!.index !== 0) return undefined;
	if (labels.length === 1 && LABELS[labels[0]![1]!] === 'source') return undefined;
	const meta: PageMeta = { authors: [] };
	for (const [i, label] of labels.entries()) {
		const value = line.slice(label.index + label[0].length, labels[i + 1]?.index ?? line.length).trim();
		const kind = LABELS[label[1]!];
		if (kind === 'date') {
			const date = DATE.exec(value);
			if (!date) return undefined;
			meta.date = readDate(date);
			meta.written = `${label[0]}${date[0]}`.replace(/\s+/g, ' ');
		} else if (kind === 'source' && value) meta.source = value.split(/\s+/)[0];
		else if (kind === 'author') meta.authors.push(...(value.match(NAMES) ?? []));
	}
	return meta;
}

/** A line that gives only the date, maybe followed by the issuing office: 2013年12月3日 新豐縣衛生局, 2013-12-03. */
export function parseDateLine(line: string): PageMeta | undefined {
	const digits = withDigitDates(line);
	const match = DATE_LINE.exec(digits);
	if (!match) return undefined;
	const date = readDate(match);
	if (!date) return undefined;
	const office = match[6]?.trim();
	// The editor is shown the date as the page wrote it, Chinese numerals included.
	const written =
		digits === line ? match[0].slice(0, match[0].length - (match[6]?.length ?? 0)).trim() : office ? line.slice(0, line.lastIndexOf(office)).trim() : line;
	return { date, written, source: office, authors: [] };
}

/** The time line under a Hong Kong release's date: 香港時間18時30分, 香港時間 下午6時30分, 香港時間 18:30. */
const TIME_LINE = /^(?:香港時間|香港时间|HKT)\s*(上午|早上|凌晨|中午|下午|晚上)?\s*(\d{1,2})\s*(?:時|时|點|点|:|：)\s*(\d{1,2})?\s*分?$/;

/** The HH:MM of a release's time line, undefined for any other line or an impossible time. */
export function parseTimeLine(line: string): string | undefined {
	const match = TIME_LINE.exec(line);
	if (!match) return undefined;
	const [, part, hourText, minuteText = '0'] = match;
	let hour = Number(hourText);
	if ((part === '下午' || part === '晚上') && hour < 12) hour += 12;
	const minute = Number(minuteText);
	return hour < 24 && minute < 60 ? `${pad(String(hour))}:${pad(String(minute))}` : undefined;
}

/** What the name of an issuing office ends with: 衞生署, 食物及衞生局, 衞生防護中心, 大埔民政事務處… */
const OFFICE = '[\\u3400-\\u9fff]{1,18}(?:署|局|處|处|中心|委員會|委员会|辦事處|办事处|政府|部|醫院|医院)';
/** An office's byline under a release's headline: 衞生防護中心 Centre for Health Protection, or 衞生福利及食物局新聞稿. */
const BYLINE = new RegExp(`^(${OFFICE})(?:\\s+[A-Z][A-Za-z ,.&'()-]{3,80}|\\s*(?:新聞稿|新闻稿|新聞公報|新闻公报))$`);

/** The issuing office a byline line names (衞生防護中心 Centre for Health Protection → 衞生防護中心), undefined for any other line. */
export function parseBylineLine(line: string): string | undefined {
	return BYLINE.exec(line)?.[1];
}
