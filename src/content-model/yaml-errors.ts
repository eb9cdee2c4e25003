import { Parser, type LineCounter, type YAMLError } from 'yaml';
import { editorMessage } from './editor-messages.ts';

/** The slips behind most YAML errors editors make, each with the fix a hint can name. */
type YamlSlipCause = 'full-width-colon' | 'tab' | 'unclosed-bracket' | 'unclosed-quote' | 'indent';

/** Where a YAML syntax error is (1-based line in the YAML text) and, when it is a common slip, which one. */
export interface YamlSlip {
	line: number;
	cause?: YamlSlipCause;
}

// A field name followed by the full-width colon a Chinese input method types: `county：qujiang`, `- name：x`.
const FULL_WIDTH_COLON_FIELD = /^[ \t]*(?:-[ \t]+)?[A-Za-z_][\w.-]*[ \t]*：/;

/** The 1-based line of the first `field：value` line at or before `lastLine`, or undefined. */
export function fullWidthColonLine(text: string, lastLine = Infinity): number | undefined {
	const index = text.split('\n').findIndex((line, i) => i < lastLine && FULL_WIDTH_COLON_FIELD.test(line));
	return index < 0 ? undefined : index + 1;
}

interface Opened {
	offset: number;
	end: number;
}

/** The flow collections (`[…]`, `{…}`) the parser's syntax tree (CST) shows never closed, and every quoted value. */
function openers(text: string): { brackets: Opened[]; quoted: Opened[] } {
	const brackets: Opened[] = [];
	const quoted: Opened[] = [];
	// Walked with a stack of its own, not by recursion: a hostile frontmatter nests brackets thousands deep.
	const pending: unknown[] = [...new Parser().parse(text)];
	while (pending.length > 0) {
		const node = pending.pop();
		if (Array.isArray(node)) {
			for (const item of node) pending.push(item);
			continue;
		}
		if (node === null || typeof node !== 'object') continue;
		const token = node as { type?: string; offset?: number; source?: string; end?: Array<{ type: string }> };
		if (token.type === 'flow-collection' && !token.end?.some((end) => end.type === 'flow-seq-end' || end.type === 'flow-map-end'))
			brackets.push({ offset: token.offset!, end: text.length });
		if ((token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') && token.source !== undefined)
			quoted.push({ offset: token.offset!, end: token.offset! + token.source.length });
		for (const value of Object.values(token)) if (typeof value === 'object') pending.push(value);
	}
	// Popped last-first, so put back in the text's order for findLast().
	brackets.sort((a, b) => a.offset - b.offset);
	quoted.sort((a, b) => a.offset - b.offset);
	return { brackets, quoted };
}

/**
 * The line of a YAML error and its likely cause. The yaml package places some errors away from their cause (an
 * unclosed `[` is reported where the next field starts, an unclosed quote at the end of the text), so the line given
 * is the cause's.
 */
export function yamlSlip(text: string, error: YAMLError, lines: LineCounter): YamlSlip {
	const at = lines.linePos(error.pos[0]).line;
	if (error.code === 'TAB_AS_INDENT') return { line: at, cause: 'tab' };
	// A tab before a field of a list item is reported as an unexpected token on its line, without naming the tab.
	if (/^ *\t/.test(text.split('\n')[at - 1] ?? '')) return { line: at, cause: 'tab' };
	const { brackets, quoted } = openers(text);
	if (/^Missing closing .?quote/.test(error.message)) {
		const quote = quoted.findLast((q) => q.offset <= error.pos[0] && error.pos[0] <= q.end);
		return { line: quote ? lines.linePos(quote.offset).line : at, cause: 'unclosed-quote' };
	}
	const bracket = brackets.findLast((b) => b.offset <= error.pos[0]);
	if (bracket) return { line: lines.linePos(bracket.offset).line, cause: 'unclosed-bracket' };
	// trial-40: a list item indented more or less than the one before it (All sequence items must start at the same column).
	if (error.code === 'BAD_INDENT') return { line: at, cause: 'indent' };
	const colon = fullWidthColonLine(text, at);
	if (colon !== undefined) return { line: colon, cause: 'full-width-colon' };
	return { line: at };
}

/** What went wrong, named in the editor's language for a common slip, with the parser's English reason after it. */
export function yamlSlipDetail(error: { message: string; cause?: YamlSlipCause }): string {
	const reason = error.message.split('\n')[0]!;
	switch (error.cause) {
		case 'full-width-colon':
			return editorMessage({ zh: '欄位名後面用了全形冒號「：」（{reason}）', en: 'full-width colon "：" after a field name ({reason})' }, { reason });
		case 'tab':
			return editorMessage({ zh: '用 Tab 縮排（{reason}）', en: 'indented with a tab ({reason})' }, { reason });
		case 'unclosed-bracket':
			return editorMessage({ zh: '「[」或「{」沒有關上（{reason}）', en: 'a "[" or "{" is never closed ({reason})' }, { reason });
		case 'unclosed-quote':
			return editorMessage({ zh: '引號沒有關上（{reason}）', en: 'a quote is never closed ({reason})' }, { reason });
		case 'indent':
			return editorMessage(
				{
					zh: '縮排不一致：這一項和同一清單的上一項沒有對齊（{reason}）',
					en: 'inconsistent indentation: this item is not aligned with the one before it in its list ({reason})',
				},
				{ reason },
			);
		default:
			return reason;
	}
}

/** The hint naming a slip's fix, or the general one when the cause is not a common slip. */
export function yamlSlipHint(cause: YamlSlipCause | undefined): string {
	switch (cause) {
		case 'full-width-colon':
			return editorMessage({
				zh: '欄位名後面的冒號是全形的「：」；改成半形「:」，後面加一個空格',
				en: 'the colon after the field name is the full-width "："; use a half-width ":" followed by a space',
			});
		case 'tab':
			return editorMessage({
				zh: '這一行用了 Tab 縮排；YAML 只接受空格，請把 Tab 換成兩個空格',
				en: 'this line is indented with a tab; YAML accepts only spaces, so replace the tab with two spaces',
			});
		case 'unclosed-bracket':
			return editorMessage({
				zh: '這一行的「[」或「{」沒有關上；在同一行末尾補上「]」或「}」，項目之間用半形逗號「,」分隔',
				en: 'the "[" or "{" on this line is never closed; add "]" or "}" at its end, and separate items with half-width ","',
			});
		case 'unclosed-quote':
			return editorMessage({
				zh: '這一行的引號沒有關上；在值的末尾補上同樣的引號（" 或 \'），引號要用半形',
				en: 'the quote on this line is never closed; end the value with the same half-width quote (" or \')',
			});
		case 'indent':
			return editorMessage({
				zh: '同一清單的每一項「- 」都要從同一欄開始：這一行前面的空格數改成和上一項一樣',
				en: 'every "- " item of one list starts at the same column: give this line as many leading spaces as the item before it',
			});
		default:
			return editorMessage({
				zh: '檢查引號、括號和冒號；值裡有「: 」或以 [ { - 開頭時，要用引號括起來',
				en: 'check quotes, brackets and colons; quote a value that contains ": " or starts with [ { -',
			});
	}
}

/**
 * The hint for a list item that holds a full-width comma (`[food-safety，epidemic-control]` is one item), or undefined;
 * `item` writes each part as the list should hold it (a topic's name as its id: `[疫苗接種，傳染病]` → `[vaccination,
 * infectious-diseases]`, trial-46).
 */
export function fullWidthCommaHint(value: unknown, item: (part: string) => string = (part) => part): string | undefined {
	if (typeof value !== 'string' || !/[，、]/.test(value)) return undefined;
	return editorMessage(
		{
			zh: '「，」或「、」是全形標點，YAML 不把它當分隔；寫成 [{items}]，用半形逗號「,」分隔',
			en: '"，" and "、" are full-width, so YAML does not split there; write [{items}] with half-width commas',
		},
		{
			items: value
				.split(/\s*[，、]\s*/)
				.map(item)
				.join(', '),
		},
	);
}
