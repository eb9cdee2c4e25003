import { editorMessage } from '../content-model/editor-messages.ts';
import { PICTURE_LINE } from './blocks.ts';
import { parseCreditLine } from './credits.ts';

/** Longer than this, a line is a sentence of the report, whatever words it shares with the boilerplate. */
const MAX_BOILERPLATE = 40;

/** What WeChat accounts print around every article: follow us, 在看, 阅读原文, the QR code's line, END, the reprint notice. */
const BOILERPLATE = [
	/(?:點擊|点击|關注|关注).*(?:藍字|蓝字)|(?:藍字|蓝字).*(?:關注|关注)/,
	/^(?:關注我們|关注我们)$/,
	/(?:長按|长按)(?:識別|识别|掃描|扫描)?(?:二維碼|二维码)|(?:掃碼|扫码)(?:關注|关注)|(?:微信掃一掃|微信扫一扫)|^(?:關注該公眾號|关注该公众号)$/,
	/^(?:微信號|微信号)\s*[:：]/,
	/(?:點|点|讚|赞|分享).{0,8}在看|在看.{0,8}(?:點|点|讚|赞)/,
	/^(?:閱讀原文|阅读原文)$/,
	/^(?:閱讀|阅读)\s*(?:\d+|10萬\+|10万\+)$/,
	/^[-—–－_=\s]*END[-—–－_=\s]*$/i,
	/(?:如有侵權|如有侵权)|(?:版權歸原作者所有|版权归原作者所有)$/,
	/^(?:轉發|转发)[，,]?\s*(?:讓|让)更多人看到/,
];
/** A line of the QR code's, whose picture beside it is the account's code, not the report's. */
const QR = /二維碼|二维码|掃碼|扫码|掃一掃|扫一扫|微信號|微信号/;
/** The heading of the links to earlier articles a WeChat article ends with. */
const RELATED =
	/^[\p{P}\p{S}\s]*(?:往期推薦|往期推荐|往期回顧|往期回顾|往期精選|往期精选|推薦閱讀|推荐阅读|相關閱讀|相关阅读|精彩推薦|精彩推荐)[\p{P}\p{S}\s]*$/u;

/** Whether a line is a WeChat account's boilerplate rather than the report's text. */
const isBoilerplate = (line: string) => [...line].length <= MAX_BOILERPLATE && BOILERPLATE.some((pattern) => pattern.test(line));

/**
 * The lines of a page that are a WeChat account's boilerplate, each with why: the follow-us lines, 在看, 阅读原文, END,
 * 往期推荐 with the linked titles under it, and the account's QR code (the picture beside a 长按识别二维码 line).
 */
export function boilerplateLines(lines: readonly string[], links: ReadonlySet<string>): Map<number, string> {
	const found = new Map<number, string>();
	const said = editorMessage({ zh: '公眾號的套話（關注、在看、閱讀原文…）', en: "a WeChat account's boilerplate (follow us, 在看, 阅读原文…)" });
	const related = editorMessage({ zh: '往期推薦和它列出的標題', en: 'the links to earlier articles and their titles' });
	let inRelated = false;
	for (const [i, line] of lines.entries()) {
		if (line === '') continue;
		if (RELATED.test(line)) {
			found.set(i, related);
			inRelated = true;
		} else if (inRelated && (links.has(line) || PICTURE_LINE.test(line))) found.set(i, related);
		else {
			inRelated = false;
			// 本文转载自公众号“福建疾控”，版权归原作者所有 names the source: a credit, not boilerplate.
			if (isBoilerplate(line) && !parseCreditLine(line)) found.set(i, said);
		}
	}
	const qr = editorMessage({ zh: '公眾號的二維碼', en: "the account's QR code" });
	const nearest = (i: number, step: number) => {
		for (let j = i + step; j >= 0 && j < lines.length; j += step) if (lines[j] !== '') return j;
		return undefined;
	};
	for (const [i] of [...found].filter(([i]) => QR.test(lines[i]!)))
		for (const j of [nearest(i, -1), nearest(i, 1)]) if (j !== undefined && PICTURE_LINE.test(lines[j]!)) found.set(j, qr);
	return found;
}
