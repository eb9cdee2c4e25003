import { editorMessage } from '../content-model/editor-messages.ts';
import { PICTURE_LINE, pictureLine, type PageText } from './blocks.ts';
import { mergeCredits, parseCreditLine, splitTrailingCredit, type Credits } from './credits.ts';
import { parseBylineLine, parseDateLine, parseMetaLine, parseTimeLine, type PageMeta } from './page-meta.ts';
import { signatureLength } from './signature.ts';
import { boilerplateLines } from './boilerplate.ts';
import { isTableLine } from './data-table.ts';
import { chineseHeadline } from './headline.ts';

/** One report found on a scraped page. */
interface ImportedReport {
	title: string;
	paragraphs: string[];
	credits: Credits;
	/** The date its metadata line gives (发布时间：2013-11-08, or a date line under the headline), and how the page wrote it. */
	date?: { value: string; written: string };
	/** What the importer was unsure about, for the editor to check. */
	notes: string[];
}

export interface ImportedPage {
	/** The roundup title the page repeats (as captions), recorded as the reports' series. */
	series?: string;
	reports: ImportedReport[];
	/** Every line left out, and why: nothing disappears without a trace. */
	dropped: Array<{ line: string; reason: string }>;
	/** Whether the page is a list page (rows of dates and linked headlines) rather than a report. */
	list?: boolean;
}

const CHROME = /^(分享到|相關文章|相关文章|打印|關閉窗口|关闭窗口|上一篇|下一篇|掃一掃|扫一扫|返回頂部|返回顶部|【字體|【字体)/;
/** 【打印本页】【关闭窗口】, [收藏] [返回]: a row of short bracketed links, the page's buttons. */
const BUTTONS = /^(?:[【[［]\s*[^】\]］]{1,8}\s*[】\]］]\s*)+$/;
/** The page's footer: 版权所有：…, 主办单位, 技术支持, ICP numbers, the office's address and telephone. */
const FOOTER_START = /^(?:版權所有|版权所有|Copyright|©|主辦|主办|承辦|承办|技術支持|技术支持|地址\s*[:：]|電話\s*[:：]|电话\s*[:：])|ICP[備备]/i;
/** A copyright notice anywhere in a short line: 2003 © 版權所有 香港特別行政區政府 | 重要告示 | 私隱政策 starts with its year. */
const COPYRIGHT = /版權所有|版权所有|©|copyright/i;
/** Longer than this, a line with 版權所有 in it is text, not the footer. */
const MAX_FOOTER = 80;
/** Whether a line is the page's footer; 版權所有 inside a sentence (with its 。 or ，) is text. */
const isFooter = (line: string) => FOOTER_START.test(line) || (COPYRIGHT.test(line) && [...line].length <= MAX_FOOTER && !/[。，；！？]/.test(line));
/** A "you are here" line: 當前位置：首頁 > 新聞中心, 您的位置: … */
const LOCATION = /^(?:當前位置|当前位置|您的位置|你的位置|您現在的位置|您现在的位置|所在位置|現在位置|现在位置)\s*[:：]?/;
const CRUMB_SEPARATOR = /\s*(?:>>?|＞|»|›|→)\s*/;
const HOME = /^(?:首頁|首页|主頁|主页|網站首頁|网站首页|home)$/i;

/**
 * A breadcrumb or navigation menu copied with the page: 首頁 > 新聞中心 > 縣區動態, 當前位置：…, or short menu entries
 * separated by "|". Never a report, whatever its length.
 */
function isNavigation(line: string): boolean {
	// A data table's cells are separated by "|" too, and so are credits (文字：郑丽华 | 图片：网络 | 编辑：吴敏).
	if (isTableLine(line) || parseCreditLine(line)) return false;
	if (LOCATION.test(line)) return true;
	const crumbs = line.split(CRUMB_SEPARATOR).filter(Boolean);
	const short = (parts: string[]) => parts.every((part) => [...part].length <= 12 && !/[。，,；;]/.test(part));
	if (crumbs.length >= 2 && short(crumbs) && (HOME.test(crumbs[0]!) || crumbs.length >= 3)) return true;
	const menu = line.split(/\s*[|｜]\s*/).filter(Boolean);
	return menu.length >= 3 && short(menu);
}

/** The 完 ("end") a Hong Kong release prints under its text, above its date and time lines: 完, －完－, （完）. */
const END = /^[-－—–\s]*[（(]?\s*完\s*[)）]?[-－—–\s]*$/;

const SENTENCE_END = /[。！？!?；;：:，,、…]$/;

/** A headline: short, not a sentence (no 。 and no closing punctuation), not a date-led lead paragraph, not a date line. */
function isTitle(line: string): boolean {
	const length = [...line].length;
	return (
		!isTableLine(line) &&
		length >= 4 &&
		length <= 50 &&
		!line.includes('。') &&
		!SENTENCE_END.test(line) &&
		!/^\d{1,2}月\d{1,2}日/.test(line) &&
		/[\u3400-\u9fff]/.test(line) &&
		!parseDateLine(line)
	);
}

/**
 * Splits the lines of a scraped page into reports: drops page chrome and the caption placeholders the scraper repeated
 * (the first of which is the roundup's title), and takes metadata and credit lines out of the text. A page whose markup
 * marks a headline (not repeated) is one report: what is above the headline is the page's header and menus, and every
 * line below it is its text, a short one too (a caption under a picture). Any other page, a roundup or plain text, starts
 * a report at each headline, a short line that is not a sentence.
 */
export function splitPage({ lines, headline, links = [] }: PageText): ImportedPage {
	const counts = new Map<string, number>();
	for (const line of lines) if (line) counts.set(line, (counts.get(line) ?? 0) + 1);
	const repeated = (line: string) => (counts.get(line) ?? 0) > 1 && [...line].length <= 50 && !line.includes('。') && !isTableLine(line);
	const chrome = (line: string) => CHROME.test(line) || isNavigation(line);
	// The roundup's title is the first line that is not page chrome: a breadcrumb above it must not cost the reports their series.
	const firstLine = lines.find((line) => line !== '' && !chrome(line));
	const page: ImportedPage = { series: firstLine && repeated(firstLine) ? firstLine : undefined, reports: [], dropped: [] };
	// A headline the page repeats is the roundup's title or a caption placeholder, not one report's headline.
	const marked = headline && !repeated(headline) && lines.includes(headline) ? headline : undefined;
	let aboveHeadline = marked !== undefined;
	const creditsOf = new Map<ImportedReport, Credits[]>();
	let current: ImportedReport | undefined;
	const startReport = (title: string, notes: string[] = []) => {
		// A bilingual headline keeps its Chinese part; the article is Chinese, and its English name would lengthen the file name.
		current = { title: chineseHeadline(title), paragraphs: [], credits: { authors: [], photographers: [] }, notes };
		page.reports.push(current);
		creditsOf.set(current, []);
		return current;
	};
	/** Takes a metadata line into the current report: its date (the first given wins) and its credits. */
	const takeMeta = (report: ImportedReport, meta: PageMeta) => {
		if (meta.date && !report.date) report.date = { value: meta.date, written: meta.written ?? meta.date };
		creditsOf.get(report)!.push({ source: meta.source, authors: meta.authors, photographers: [] });
	};

	/**
	 * The press release's header above its headline: the issuing office (澳門特別行政區政府衞生局新聞稿) and the date
	 * (2024年9月24日), in either order. It dates and credits every report below that gives none of its own.
	 */
	let header: { date?: PageMeta; source?: string } = {};
	/** Whether a line is part of such a header, read into it when it is. */
	const takeHeader = (line: string) => {
		const date = parseDateLine(line);
		const source = date?.source ?? parseBylineLine(line);
		if (!date && !source) return false;
		if (date && !header.date) header.date = date;
		if (source) header.source ??= source;
		return true;
	};

	/** The next line with text after line i, where a release prints its 香港時間 under its date. */
	const nextLine = (i: number) => lines.slice(i + 1).find((line) => line !== '') ?? '';
	/** Lines of a release's stamp (完, the date with its 香港時間 line, the time line) already read, left out of the text. */
	const stamp = new Set<number>();
	for (const [i, line] of lines.entries()) {
		if (END.test(line)) stamp.add(i);
		else if (parseTimeLine(line)) stamp.add(i);
		else if (parseDateLine(line) && (parseTimeLine(nextLine(i)) || [...stamp].some((j) => j < i && END.test(lines[j]!)))) stamp.add(i);
	}
	// A notice's signature block (offices, then the date) ending the text is text: not headlines, not a metadata date.
	const boilerplate = boilerplateLines(lines, new Set(links));
	// Credits and a WeChat account's boilerplate after a notice's signature leave it the end of the text.
	const clutter = (line: string) => chrome(line) || BUTTONS.test(line) || isFooter(line) || repeated(line) || parseCreditLine(line);
	const text = lines.flatMap((line, i) => (line !== '' && !clutter(line) && !stamp.has(i) && !boilerplate.has(i) ? [i] : []));
	const signature = new Set(text.slice(text.length - signatureLength(text.map((i) => lines[i]!))));
	/** The picture the previous line showed, whose caption the next short line may be. */
	let picture: { report: ImportedReport; index: number } | undefined;
	for (const [i, line] of lines.entries()) {
		if (line === '') continue;
		const meta = parseMetaLine(line);
		const previous = picture;
		picture = undefined;
		if (!aboveHeadline && boilerplate.has(i)) {
			page.dropped.push({ line, reason: boilerplate.get(i)! });
			continue;
		}
		const shown = PICTURE_LINE.exec(line);
		if (shown && !aboveHeadline && !repeated(line)) {
			if (current) {
				current.paragraphs.push(line);
				picture = { report: current, index: current.paragraphs.length - 1 };
			} else page.dropped.push({ line, reason: editorMessage({ zh: '報道之前的圖片', en: 'picture before any report' }) });
		} else if (previous && !aboveHeadline && isCaption(line) && !repeated(line) && !meta && !parseCreditLine(line)) {
			// The short line under a picture is its caption (志愿者在农贸市场清理垃圾): the picture's alt text, never a headline.
			const [, alt = '', src = '', caption] = PICTURE_LINE.exec(previous.report.paragraphs[previous.index]!)!;
			previous.report.paragraphs[previous.index] = alt && alt !== line ? pictureLine(alt, src, line) : pictureLine(line, src, caption);
		} else if (aboveHeadline) {
			if (line === marked) {
				aboveHeadline = false;
				startReport(line);
			} else {
				// Only the lines right above the headline are its header; a date in a menu higher up dates nothing.
				if (!takeHeader(line)) header = {};
				page.dropped.push({ line, reason: editorMessage({ zh: '標題之上的網頁頁首和選單', en: "the page's header and menus above the headline" }) });
			}
		} else if (isNavigation(line)) page.dropped.push({ line, reason: editorMessage({ zh: '導覽列或麵包屑', en: 'navigation or breadcrumbs' }) });
		else if (CHROME.test(line) || BUTTONS.test(line)) page.dropped.push({ line, reason: editorMessage({ zh: '網頁雜項', en: 'page clutter' }) });
		else if (MORE.test(line)) page.dropped.push({ line, reason: editorMessage({ zh: '欄目的「更多」連結', en: "a section's 'more' link" }) });
		else if (isFooter(line)) page.dropped.push({ line, reason: editorMessage({ zh: '網頁頁尾', en: 'page footer' }) });
		else if (stamp.has(i) && current) {
			// 完, then 2003年4月1日（星期二） and 香港時間18時30分: the release's date wherever it stands, read and left out of the text.
			const date = parseDateLine(line);
			const time = date && parseTimeLine(nextLine(i));
			if (date && !current.date) takeMeta(current, time ? { ...date, date: `${date.date} ${time}`, written: `${date.written} ${nextLine(i)}` } : date);
			page.dropped.push({ line, reason: editorMessage({ zh: '新聞公報的「完」和日期、時間行', en: "the release's 完 and its date and time lines" }) });
		} else if (signature.has(i) && current?.paragraphs.length) current.paragraphs.push(line);
		else if (repeated(line)) {
			const reason = shown
				? editorMessage({ zh: '重複的圖片佔位', en: 'repeated picture placeholder' })
				: line === page.series
					? editorMessage({ zh: '合輯標題或圖片說明佔位', en: 'roundup title or picture caption placeholder' })
					: editorMessage({ zh: '重複的圖片說明佔位', en: 'repeated picture caption placeholder' });
			page.dropped.push({ line, reason });
		} else if (meta) {
			if (current) takeMeta(current, meta);
			else page.dropped.push({ line, reason: editorMessage({ zh: '報道之前的發布資料行', en: 'metadata line before any report' }) });
		} else if (current && current.paragraphs.length === 0 && parseBylineLine(line)) {
			// 衞生防護中心 Centre for Health Protection, 衞生福利及食物局新聞稿 under the headline: the issuing office, its source.
			creditsOf.get(current)!.push({ source: parseBylineLine(line), authors: [], photographers: [] });
		} else if (current && current.paragraphs.length === 0 && parseDateLine(line)) {
			// Only right under the headline: a date at the end of a notice is its signature, part of the text.
			takeMeta(current, parseDateLine(line)!);
		} else if (!current && takeHeader(line)) {
			// Above the first headline, a date line or an office's byline is the release's header, not a headline.
		} else if (parseCreditLine(line)) {
			if (current) creditsOf.get(current)!.push(parseCreditLine(line)!);
			else page.dropped.push({ line, reason: editorMessage({ zh: '報道之前的署名行', en: 'credit line before any report' }) });
		} else if (isTitle(line) && marked === undefined) startReport(line);
		else {
			current ??= startReport(untitled(line), [
				editorMessage({ zh: '這段文字之前沒有標題；標題取自第一句', en: 'this text had no title before it; the title is its first sentence' }),
			]);
			current.paragraphs.push(line);
		}
	}
	const linked = new Set(links.filter(Boolean));
	// A site's home page: columns of linked headlines with their dates (08-16) under the sections' names, every row taken
	// for a report; together its lines are a list page's.
	const whole = page.reports.flatMap((r) => [r.title, ...r.paragraphs]);
	const home = page.reports.length > 1 && marked === undefined && isList(whole, linked);
	for (const report of page.reports.filter((r) => home || isList(r.paragraphs, linked))) {
		// A list page (新聞公報: a table of dates and linked headlines) links to reports; it is none itself.
		page.reports.splice(page.reports.indexOf(report), 1);
		page.list = true;
		for (const line of [report.title, ...report.paragraphs])
			page.dropped.push({ line, reason: editorMessage({ zh: '目錄頁（一列列的連結）', en: 'list page (rows of links)' }) });
	}
	for (const report of page.reports) {
		const trailing = report.paragraphs.length ? splitTrailingCredit(report.paragraphs.at(-1)!) : undefined;
		const credits = creditsOf.get(report)!;
		if (trailing) {
			report.paragraphs[report.paragraphs.length - 1] = trailing.text;
			credits.push(trailing.credits);
		}
		if (header.date && !report.date) report.date = { value: header.date.date!, written: header.date.written ?? header.date.date! };
		if (header.source) credits.push({ source: header.source, authors: [], photographers: [] });
		report.credits = mergeCredits(credits);
		if (report.paragraphs.length === 0) report.notes.push(editorMessage({ zh: '標題下沒有正文', en: 'no text under the title' }));
	}
	return page;
}

/** The date a list page writes at the start or end of a row, bracketed or not. */
const ROW_DATE = /^\s*[[【(（]?\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[\]】)）]?|[[【(（]?\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[\]】)）]?\s*$/;
/** A home page's row date, a month and day alone: 08-16, [03-15], 1月8日. */
const ROW_DAY = /^[[【(（]?\d{1,2}[-/.月]\d{1,2}日?[\]】)）]?$/;
/** A section's link to its list page on a home page: 更多>>, more». */
const MORE = /^(?:更多|more)\s*(?:>>|»|>|…|\.\.\.)?$/i;
/** A list page's pager: 共4条 第1页, 上一页 下一页. */
const PAGER = /^(?:共\s*\d+\s*[條条篇頁页]|第\s*\d+\s*[頁页]|首[頁页]|上一[頁页]|下一[頁页]|尾[頁页]|\s)+$/;

/** Links a report needs before it can be a list page rather than a report quoting a few. */
const MIN_LIST_LINKS = 3;

/** Whether a report's lines are a list page's: at least three links, and links and dates two thirds of its lines or more. */
function isList(paragraphs: readonly string[], links: ReadonlySet<string>): boolean {
	// A list's row is a link, or a link with its date beside it: 勐腊县召开…会议 2018-04-24, [2018-04-01]双城镇开展…活动.
	const linked = (p: string) => links.has(p) || links.has(p.replace(ROW_DATE, '').trim());
	const linkLines = paragraphs.filter(linked).length;
	const listLines = paragraphs.filter((p) => linked(p) || parseDateLine(p) || ROW_DAY.test(p) || isFooter(p) || PAGER.test(p)).length;
	return linkLines >= MIN_LIST_LINKS && listLines * 3 >= paragraphs.length * 2;
}

/** A caption under a picture: a short line, not a sentence (a picture's caption has no 。). */
function isCaption(line: string): boolean {
	return !isTableLine(line) && [...line].length <= 50 && !line.includes('。') && !SENTENCE_END.test(line) && !PICTURE_LINE.test(line);
}

/** A title for text that came without a headline: its first sentence, at most 30 characters. */
function untitled(paragraph: string): string {
	const sentence = paragraph.split(/[。！？!?]/)[0] ?? paragraph;
	return [...sentence].slice(0, 30).join('');
}
