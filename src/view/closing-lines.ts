import { decodeHTML } from 'entities';

// A notice ends with its sender and its date, each on a line of its own and printed at the right (區長　蘇建明 /
// 中華民國106年4月18日, 雲峯區健康中心 / 二〇二三年十月九日, a press release's date / 香港時間十七時四十五分). In
// Markdown these are lines of one paragraph, which the page ran together into one line (trial-42). The last paragraph of
// a body whose lines are such a closing keeps its line breaks (src/view/cjk-line-breaks.ts) and is marked to be printed
// at the right (markClosing, after the sanitiser, which keeps no class of ours).

// A number as a date writes it: digits (full-width too) or Chinese numerals (二〇二三, 十月九日).
const NUMBER = '(?:[0-9０-９]{1,4}|[〇○零一二三四五六七八九十廿卅百]{1,4})';
const ERAS = ['中華民國', '中华民国', '民國', '民国'].join('|');
const WEEKDAYS = ['星期', '週', '周', '禮拜', '礼拜'].join('|');
/** A line that is a date and nothing else: 中華民國106年4月18日, 二〇二三年十月九日（星期一）, 2026年1月8日, 2023-10-09. */
const DATE_LINE = new RegExp(
	`^(?:(?:${ERAS})?\\s*${NUMBER}\\s*年\\s*${NUMBER}\\s*月\\s*${NUMBER}\\s*日|[0-9０-９]{4}[-/.．－／][0-9０-９]{1,2}[-/.．－／][0-9０-９]{1,2})` +
		`(?:\\s*[（(](?:${WEEKDAYS})?[一二三四五六日天][）)])?$`,
);
// A closing line is short and is no sentence: a sentence's last line before a date is the text, not the sender.
const MAX_LINE = 30;
const SENTENCE_END = /[。！？!?；;，,、：:…]$/;

/** Whether a paragraph's lines (as written, at most a few) are a notice's closing: short lines, none a sentence, one of them a date. */
export function isClosing(lines: readonly string[]): boolean {
	const trimmed = lines.map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''));
	return (
		trimmed.length >= 2 &&
		trimmed.length <= 5 &&
		trimmed.every((line) => line !== '' && [...line].length <= MAX_LINE && !SENTENCE_END.test(line)) &&
		trimmed.some((line) => DATE_LINE.test(line))
	);
}

/** The class the page's stylesheet prints a closing with (src/components/ArticleBody.astro). */
const CLOSING_CLASS = 'closing';

// The body's last paragraph, after which only footnotes may come.
const LAST_PARAGRAPH = /<p>((?:(?!<\/?p[\s>])[\s\S])*)<\/p>(\s*(?:<section\b[^>]*\bdata-footnotes\b[\s\S]*)?)$/;
const BREAK = /<br\s*\/?>/;

/** An article's HTML with its last paragraph marked as a closing when its lines (at <br>s) are one; else as it was. */
export function markClosing(html: string): string {
	const last = LAST_PARAGRAPH.exec(html);
	if (!last || !BREAK.test(last[1]!)) return html;
	const lines = last[1]!.split(BREAK).map((line) => decodeHTML(line.replace(/<[^>]*>/g, '')));
	if (!isClosing(lines)) return html;
	return `${html.slice(0, last.index)}<p class="${CLOSING_CLASS}">${last[1]}</p>${last[2]}`;
}
