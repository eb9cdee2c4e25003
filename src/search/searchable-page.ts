import { decodeHTML, decodeHTMLAttribute, escapeAttribute, escapeText } from 'entities';
import { GAP, spaceText } from './words.ts';

const BODY = /(<(\w+)[^>]*\bdata-pagefind-body\b[^>]*>)([\s\S]*)(<\/\2>)/;
const TAG = /(<[^>]*>)/;
const RAW_TEXT = /^<(script|style)\b/i;
// Meta values (title, county) are searched too, and Pagefind splits them only at spaces.
const META = /\bdata-pagefind-meta="([^":]+):([^"]*)"/g;
// Paragraph-like elements end with whitespace in the page's text, so an excerpt keeps a space there.
const BLOCK_END = /^<\/(p|h[1-6]|li|dt|dd|figcaption|blockquote|td|th|caption|div|section|header|footer)>$/i;

/**
 * The page as Pagefind should index it: the text and the meta values inside the element marked data-pagefind-body
 * with their index words spaced apart (see words.ts); other attributes (filters, sort) and everything outside stay as they are.
 */
export function searchablePage(html: string, lang: string): string {
	const body = BODY.exec(html);
	if (!body) return html;
	const parts = body[3]!.split(TAG);
	for (let i = 0; i < parts.length; i += 2) {
		const text = parts[i]!;
		const after = parts[i - 1];
		if (text === '' || (after && RAW_TEXT.test(after))) continue;
		parts[i] = ` ${escapeText(spaceText(decodeHTML(text), lang))} `;
	}
	for (let i = 1; i < parts.length; i += 2) {
		parts[i] = parts[i]!.replace(
			META,
			(_, key: string, value: string) => `data-pagefind-meta="${key}:${escapeAttribute(spaceText(decodeHTMLAttribute(value), lang))}"`,
		);
		if (BLOCK_END.test(parts[i]!)) parts[i] += ` ${GAP} `;
	}
	return html.slice(0, body.index) + body[1] + parts.join('') + body[4] + html.slice(body.index + body[0].length);
}
