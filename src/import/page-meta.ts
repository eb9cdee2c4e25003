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
/** A line that is a date alone, or a date and the office that issued it: 2013年12月3日 新豐縣衛生局. */
const DATE_LINE = new RegExp(`^[\\[【(（]?${DATE.source}[\\]】)）]?(?:\\s+([^\\s\\d].{1,24}))?$`);

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
	const match = DATE_LINE.exec(line);
	if (!match) return undefined;
	const date = readDate(match);
	if (!date) return undefined;
	return { date, written: match[0].slice(0, match[0].length - (match[6]?.length ?? 0)).trim(), source: match[6]?.trim(), authors: [] };
}
