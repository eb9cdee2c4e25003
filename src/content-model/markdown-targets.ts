import { editorMessage } from './editor-messages.ts';
import type { Problem } from './problems.ts';
import { proseLines } from './prose-lines.ts';

// Pictures and links on one line of Markdown, read by CommonMark's rules for a link destination (6.3), so that the
// checks see the target the renderer will see, and see the text that looks like a picture or a link but that the
// renderer leaves as text (a space in the path, a full-width bracket typed by a Chinese input method).

/** A picture or link the renderer will make: its target as written (without <…>), where it starts on the line. */
export interface MarkdownTarget {
	image: boolean;
	label: string;
	href: string;
	index: number;
}

/** Text that looks like a picture or link but that Markdown publishes as typed, with what is wrong with it. */
export interface UnreadTarget {
	image: boolean;
	/** The text as written, from "!" or "[" to the end of what was read. */
	text: string;
	index: number;
	why: 'space' | 'unclosed' | 'full-width' | 'gap' | 'full-width-bang';
}

const LABEL = /(!|！)?\[([^\]\n]*)\]/g;
/** What a path or address starts like, so that "[1]（2020年）" in prose is not taken for a link. */
const PATH_LIKE = /^\s*(?:<|\.{0,2}\/|#|[a-z][a-z0-9+.-]*:|[^\s)）]*\.[a-z0-9]{2,5}\s*[)）])/i;

/** Where picture- or link-like text that Markdown does not read ends: its last closing bracket before the next "[" or the line's end. */
function unreadEnd(line: string, after: number): number {
	const next = line.indexOf('[', after);
	const segment = line.slice(after, next < 0 ? undefined : next);
	const close = Math.max(segment.lastIndexOf(')'), segment.lastIndexOf('）'));
	return close < 0 ? after + segment.length : after + close + 1;
}

/** Reads a destination and optional title after "(" at `start`; the index after ")" and the destination, or why not. */
function readDestination(line: string, start: number): { end: number; href: string } | { why: 'space' | 'unclosed' } {
	let i = start;
	while (line[i] === ' ' || line[i] === '\t') i++;
	let href = '';
	if (line[i] === '<') {
		const close = /^<((?:[^<>\\\n]|\\.)*)>/.exec(line.slice(i));
		if (!close) return { why: 'unclosed' };
		href = close[1]!;
		i += close[0].length;
	} else {
		let depth = 0;
		const from = i;
		for (; i < line.length; i++) {
			const c = line[i]!;
			if (c === '\\' && i + 1 < line.length) i++;
			else if (c === '(') depth++;
			else if (c === ')') {
				if (depth === 0) break;
				depth--;
			} else if (/[\s\u0000-\u001f]/.test(c)) break;
		}
		href = line.slice(from, i);
	}
	const rest = /^(?:[ \t]+(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\)))?[ \t]*\)/.exec(line.slice(i));
	if (rest) return { end: i + rest[0].length, href };
	// What follows the destination is neither a title nor ")": a space inside the path, or no ")" at all.
	return { why: /^[ \t]+\S/.test(line.slice(i)) && line.indexOf(')', i) >= 0 ? 'space' : 'unclosed' };
}

/** The pictures and links on a line (code spans already blanked), and the picture- or link-like text Markdown leaves as text. */
export function markdownTargets(line: string): { targets: MarkdownTarget[]; unread: UnreadTarget[] } {
	const targets: MarkdownTarget[] = [];
	const unread: UnreadTarget[] = [];
	for (const m of line.matchAll(LABEL)) {
		// A "[" escaped by a backslash opens nothing.
		if (m.index > 0 && line[m.index - 1] === '\\' && !m[1]) continue;
		const bang = m[1];
		const after = m.index + m[0].length;
		const image = bang !== undefined;
		const start = bang === '！' ? m.index + 1 : m.index;
		const next = line[after];
		if (next === '(') {
			const read = readDestination(line, after + 1);
			if ('why' in read) {
				unread.push({ image, text: line.slice(m.index, unreadEnd(line, after)).trimEnd(), index: m.index, why: read.why });
			} else if (bang === '！') {
				unread.push({ image: true, text: line.slice(m.index, read.end), index: m.index, why: 'full-width-bang' });
				targets.push({ image: false, label: m[2]!, href: read.href, index: start });
			} else {
				targets.push({ image, label: m[2]!, href: read.href, index: start });
			}
		} else if ((next === '（' || (next === ' ' && line[after + 1] === '(')) && PATH_LIKE.test(line.slice(after).replace(/^ ?[(（]/, ''))) {
			unread.push({
				image,
				text: line.slice(m.index, unreadEnd(line, after)),
				index: m.index,
				why: next === '（' ? 'full-width' : 'gap',
			});
		}
	}
	return { targets, unread };
}

/** The text as it should be written: half-width brackets and "!", no gap, a path with spaces inside <…>. */
function corrected({ image, text, why }: UnreadTarget): string {
	const m = /^[!！]?\[([^\]]*)\]\s*[(（]\s*(.*?)\s*[)）]?$/.exec(text);
	if (!m) return text;
	const path = m[2]!.replace(/^<|>$/g, '');
	return `${image ? '!' : ''}[${m[1]}](${why === 'space' || /\s/.test(path) ? `<${path}>` : path})`;
}

/**
 * Errors for the picture- and link-like text of a Markdown body that the renderer would publish as typed (or, after a
 * full-width "！", as a link instead of a picture), each on its line with the text as it should be written.
 */
export function unreadTargetProblems(body: string, firstLine: number, file: string): Problem[] {
	const problems: Problem[] = [];
	for (const [text, line] of proseLines(body, firstLine)) {
		for (const target of markdownTargets(text).unread) {
			const what = target.image ? editorMessage({ zh: '圖片', en: 'picture' }) : editorMessage({ zh: '連結', en: 'link' });
			const values = { what, text: target.text.slice(0, 80), fix: corrected(target) };
			const message = {
				space: {
					zh: '{text} 不會顯示成{what}，頁面上會出現這段文字：路徑裡有空格',
					en: '{text} is not read as a {what} and would show as typed: the path has a space',
				},
				unclosed: { zh: '{text} 沒有用「)」結束，頁面上會出現這段文字', en: '{text} is not closed by ")" and would show as typed' },
				'full-width': {
					zh: '{text} 用了全形括號「（）」，不會顯示成{what}，頁面上會出現這段文字',
					en: '{text} has full-width brackets "（）", so it is not read as a {what} and would show as typed',
				},
				gap: {
					zh: '{text} 的「]」和「(」之間有空格，不會顯示成{what}，頁面上會出現這段文字',
					en: '{text} has a space between "]" and "(", so it is not read as a {what} and would show as typed',
				},
				'full-width-bang': {
					zh: '{text} 開頭是全形的「！」，只會顯示成一個連結，不是圖片',
					en: '{text} starts with a full-width "！", so it shows as a link, not a picture',
				},
			}[target.why];
			const hint =
				target.why === 'space'
					? {
							zh: '把路徑放在尖括號裡：{fix}，或把檔案改名，不用空格和括號',
							en: 'put the path in angle brackets, {fix}, or rename the file without spaces and brackets',
						}
					: target.why === 'unclosed'
						? { zh: '在同一行寫完整：{fix}', en: 'write it whole on one line: {fix}' }
						: { zh: '改成半形符號：{fix}', en: 'use half-width characters: {fix}' };
			problems.push({ file, line, severity: 'error', message: editorMessage(message, values), hint: editorMessage(hint, values) });
		}
	}
	return problems;
}
