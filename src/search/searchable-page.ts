import { decodeHTML, escapeText } from 'entities';
import { GAP, spaceWords } from './words.ts';

const BODY = /(<(\w+)[^>]*\bdata-pagefind-body\b[^>]*>)([\s\S]*)(<\/\2>)/;
const TAG = /(<[^>]*>)/;
const RAW_TEXT = /^<(script|style)\b/i;
// Paragraph-like elements end with whitespace in the page's text, so an excerpt keeps a space there.
const BLOCK_END = /^<\/(p|h[1-6]|li|dt|dd|figcaption|blockquote|td|th|caption|div|section|header|footer)>$/i;

/**
 * The page as Pagefind should index it: the text inside the element marked data-pagefind-body with its words
 * spaced apart (see words.ts); tags, attributes (filters, meta, sort) and everything outside stay as they are.
 */
export function searchablePage(html: string, lang: string): string {
	const body = BODY.exec(html);
	if (!body) return html;
	const parts = body[3]!.split(TAG);
	for (let i = 0; i < parts.length; i += 2) {
		const text = parts[i]!;
		const after = parts[i - 1];
		if (text === '' || (after && RAW_TEXT.test(after))) continue;
		parts[i] = ` ${escapeText(spaceWords(decodeHTML(text), lang))} `;
	}
	for (let i = 1; i < parts.length; i += 2) if (BLOCK_END.test(parts[i]!)) parts[i] += ` ${GAP} `;
	return html.slice(0, body.index) + body[1] + parts.join('') + body[4] + html.slice(body.index + body[0].length);
}
