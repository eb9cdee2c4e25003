import { mergeCredits, parseCreditLine, splitTrailingCredit, type Credits } from './credits.ts';

/** One report found on a scraped page. */
export interface ImportedReport {
	title: string;
	paragraphs: string[];
	credits: Credits;
	/** What the importer was unsure about, for the editor to check. */
	notes: string[];
}

export interface ImportedPage {
	/** The roundup title the page repeats (as captions), recorded as the reports' series. */
	series?: string;
	reports: ImportedReport[];
	/** Every line left out, and why: nothing disappears without a trace. */
	dropped: Array<{ line: string; reason: string }>;
}

const CHROME = /^(分享到|相關文章|相关文章|責任編輯|责任编辑|編輯|编辑|打印|關閉窗口|关闭窗口|上一篇|下一篇|掃一掃|扫一扫|返回頂部|返回顶部|【字體|【字体)/;
const SENTENCE_END = /[。！？!?；;：:，,、…]$/;

/** A headline: short, not a sentence (no 。 and no closing punctuation), not a date-led lead paragraph. */
export function isTitle(line: string): boolean {
	const length = [...line].length;
	return length >= 4 && length <= 50 && !line.includes('。') && !SENTENCE_END.test(line) && !/^\d{1,2}月\d{1,2}日/.test(line) && /[\u3400-\u9fff]/.test(line);
}

/**
 * Splits the lines of a scraped roundup page into reports: drops page chrome and the caption placeholders the
 * scraper repeated (the first of which is the roundup's title), starts a report at each headline, and takes
 * credit lines out of the text.
 */
export function splitPage(lines: readonly string[]): ImportedPage {
	const counts = new Map<string, number>();
	for (const line of lines) if (line) counts.set(line, (counts.get(line) ?? 0) + 1);
	const repeated = (line: string) => (counts.get(line) ?? 0) > 1 && [...line].length <= 50 && !line.includes('。');
	const firstLine = lines.find((line) => line !== '');
	const page: ImportedPage = { series: firstLine && repeated(firstLine) ? firstLine : undefined, reports: [], dropped: [] };
	const creditsOf = new Map<ImportedReport, Credits[]>();
	let current: ImportedReport | undefined;

	for (const line of lines) {
		if (line === '') continue;
		if (CHROME.test(line)) page.dropped.push({ line, reason: 'page chrome' });
		else if (repeated(line)) page.dropped.push({ line, reason: line === page.series ? 'roundup title / caption placeholder' : 'repeated caption placeholder' });
		else if (parseCreditLine(line)) {
			if (current) creditsOf.get(current)!.push(parseCreditLine(line)!);
			else page.dropped.push({ line, reason: 'credit line before any report' });
		} else if (isTitle(line)) {
			current = { title: line, paragraphs: [], credits: { authors: [], photographers: [] }, notes: [] };
			page.reports.push(current);
			creditsOf.set(current, []);
		} else {
			if (!current) {
				current = {
					title: untitled(line),
					paragraphs: [],
					credits: { authors: [], photographers: [] },
					notes: ['no headline found before this text; the title is its first sentence'],
				};
				page.reports.push(current);
				creditsOf.set(current, []);
			}
			current.paragraphs.push(line);
		}
	}
	for (const report of page.reports) {
		const trailing = report.paragraphs.length ? splitTrailingCredit(report.paragraphs.at(-1)!) : undefined;
		const credits = creditsOf.get(report)!;
		if (trailing) {
			report.paragraphs[report.paragraphs.length - 1] = trailing.text;
			credits.push(trailing.credits);
		}
		report.credits = mergeCredits(credits);
		if (report.paragraphs.length === 0) report.notes.push('no text under this headline');
	}
	return page;
}

/** A title for text that came without a headline: its first sentence, at most 30 characters. */
function untitled(paragraph: string): string {
	const sentence = paragraph.split(/[。！？!?]/)[0] ?? paragraph;
	return [...sentence].slice(0, 30).join('');
}
