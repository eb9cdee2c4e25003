import { editorMessage } from './editor-messages.ts';
import { proseLines } from './prose-lines.ts';
import type { Problem } from './problems.ts';
import { hasFullWidth, PASTED } from '../core/pasted-characters.ts';

// What text pasted from WPS or Word leaves in a body (trial-35), each named on its line with the fix. The build already
// publishes the characters the site's way (src/view/pasted-text.ts) and keeps numbered and tab-separated lines apart
// (src/view/cjk-line-breaks.ts); the warnings say what the file should hold instead, so the source reads right too.
// Numbered lines (1． （一） 一、) are not warned about: the page shows each on its own line as written, and a Markdown
// list could not write Taiwan's and Hong Kong's （一）（二） under 一、二、 (trial-42).

/** The names editors know the pasted characters by. */
const NAMES: Record<string, { zh: string; en: string }> = {
	'\u00AD': { zh: '軟連字號 U+00AD', en: 'soft hyphen U+00AD' },
	'\u200B': { zh: '零寬空格 U+200B', en: 'zero-width space U+200B' },
	'\u2060': { zh: '零寬連接符 U+2060', en: 'word joiner U+2060' },
	'\uFEFF': { zh: '位元組順序記號 U+FEFF', en: 'byte order mark U+FEFF' },
	'\u00A0': { zh: '不換行空格 U+00A0', en: 'no-break space U+00A0' },
	'\u2028': { zh: '換行符 U+2028', en: 'line separator U+2028' },
	'\u2029': { zh: '段落符 U+2029', en: 'paragraph separator U+2029' },
};

// A Markdown list item, which is a list already.
const MARKDOWN_ITEM = /^ {0,3}(?:[-+*]|\d{1,9}[.)])[ \t]/;

/** The warnings for pasted characters, full-width digits and letters and tab-separated lines in a body. */
export function pastedTextProblems(body: string, firstLine: number, file: string): Problem[] {
	const problems: Problem[] = [];
	const warn = (line: number, message: string, hint: string) => problems.push({ file, line, severity: 'warning', message, hint });
	let previous = '';
	let tableWarned = false;
	for (const [text, line] of proseLines(body, firstLine)) {
		const pasted = [...new Set([...text].filter((char) => PASTED.test(char)))];
		if (pasted.length > 0) {
			const names = (language: 'zh' | 'en') => pasted.map((char) => NAMES[char]![language]).join(language === 'zh' ? '、' : ', ');
			warn(
				line,
				editorMessage(
					{
						zh: '這一行有從 WPS 或 Word 貼上的看不見的字元：{zhNames}；它們會讓搜尋找不到這段文字',
						en: 'this line holds invisible characters pasted from WPS or Word: {enNames}; they keep search from finding the text',
					},
					{ zhNames: names('zh'), enNames: names('en') },
				),
				editorMessage({
					zh: '發佈時會刪掉或換成空格和換行；在編輯器裡把它們刪掉，或貼上時選「只貼上文字」',
					en: 'the build removes them or makes them spaces and line breaks; delete them in your editor, or paste as plain text',
				}),
			);
		}
		if (hasFullWidth(text)) {
			warn(
				line,
				editorMessage({ zh: '這一行有全形數字或英文字母（例如 １５００）', en: 'this line has full-width digits or Latin letters (such as １５００)' }),
				editorMessage({
					zh: '改成半形（1500、N95）；搜尋兩種寫法都找得到',
					en: 'write them half-width (1500, N95); search finds either way',
				}),
			);
		}
		if (text.includes('\t') && previous.includes('\t') && !tableWarned) {
			warn(
				line - 1,
				editorMessage({
					zh: '用 Tab 分隔的幾行像是從表格貼上的，發佈後只是幾行文字，不是表格',
					en: 'lines separated by tabs look pasted from a table; they are published as lines of text, not as a table',
				}),
				editorMessage({
					zh: '寫成 Markdown 表格：第一行「| 鄉鎮 | 人數 |」，第二行「| --- | --- |」，每一行資料「| 羅坳鎮 | 1500 |」',
					en: 'write a Markdown table: "| town | people |", then "| --- | --- |", then a row "| Luoao | 1500 |" for each line',
				}),
			);
		}
		tableWarned = text.includes('\t') && (tableWarned || previous.includes('\t'));
		previous = text;
	}
	return problems;
}
