import { decodeHTML, decodeHTMLAttribute, escapeAttribute, escapeText } from 'entities';
import { SPELLING_META, spellingRecord } from './spelling.ts';
import { GAP, spaceText } from './words.ts';
import { dropInvisible, foldFullWidth } from '../core/pasted-characters.ts';

const BODY_START = /<(\w+)[^>]*\bdata-pagefind-body\b[^>]*>/;
const TAG = /(<[^>]*>)/;
const RAW_TEXT = /^<(script|style)\b/i;
// Meta values (title, county) are searched too, and Pagefind splits them only at spaces.
const META = /\bdata-pagefind-meta="([^":]+):([^"]*)"/g;
// Paragraph-like elements end with whitespace in the page's text, so an excerpt keeps a space there.
const BLOCK_END = /^<\/(p|h[1-6]|li|dt|dd|figcaption|blockquote|td|th|caption|div|section|header|footer)>$/i;
// An element whose text Pagefind leaves out of the page's content (it still reads its filters and meta).
const IGNORED = /^<(\w+)[^>]*\bdata-pagefind-ignore\b[^>]*?(\/?)>$/;

/**
 * The page as Pagefind should index it: the text and the meta values inside the element marked data-pagefind-body
 * with their index words spaced apart (see words.ts) and, with `fold`, folded (Traditional variants to one form, see
 * spelling.ts) and full-width digits and letters as ASCII (１５００ → 1500, as the query is), the spelling the page wrote
 * recorded in meta values beside them; invisible pasted characters (a soft hyphen in a title) are left out. Other
 * attributes (filters, sort) and everything outside stay as they are.
 */
export function searchablePage(html: string, lang: string, foldVariants: (text: string) => string = (text) => text): string {
	const fold = (text: string) => foldVariants(foldFullWidth(text));
	const body = bodyElement(html);
	if (!body) return html;
	const parts = html.slice(body.contentStart, body.contentEnd).split(TAG);
	// The text Pagefind keeps as the page's content, as written and folded, to record its spelling.
	let written = '';
	let folded = '';
	let ignored: { name: string; depth: number } | undefined;
	for (let i = 0; i < parts.length; i++) {
		const part = parts[i]!;
		if (i % 2 === 1) {
			ignored = ignoredAfter(part, ignored);
			continue;
		}
		const after = parts[i - 1];
		if (part === '' || (after && RAW_TEXT.test(after))) continue;
		const text = dropInvisible(decodeHTML(part));
		const own = fold(text);
		if (!ignored) {
			written += text;
			folded += own;
		}
		parts[i] = ` ${escapeText(spaceText(own, lang))} `;
	}
	const spellings: string[] = [];
	for (let i = 1; i < parts.length; i += 2) {
		parts[i] = parts[i]!.replace(META, (_, key: string, value: string) => {
			// Pagefind reads a comma in the attribute as the start of another key: a name typed with an ASCII comma
			// (共同戰“疫”,寧德市縣區在行動) keeps its words under its key with a Chinese one.
			const text = dropInvisible(decodeHTMLAttribute(value)).replaceAll(',', '，');
			const record = spellingRecord(text, fold(text));
			if (record) spellings.push(`${SPELLING_META}-${key}:${escapeAttribute(record)}`);
			return `data-pagefind-meta="${key}:${escapeAttribute(spaceText(fold(text), lang))}"`;
		});
		if (BLOCK_END.test(parts[i]!)) parts[i] += ` ${GAP} `;
	}
	const record = spellingRecord(written, folded);
	if (record) spellings.push(`${SPELLING_META}:${escapeAttribute(record)}`);
	// Pagefind reads meta from any element of the page; an empty one inside the body carries the records.
	const spelling = spellings.map((meta) => `<span hidden data-pagefind-meta="${meta}"></span>`).join('');
	return html.slice(0, body.contentStart) + spelling + parts.join('') + html.slice(body.contentEnd);
}

/**
 * Where the content of the element marked data-pagefind-body starts and ends: at the tag that closes that element, as
 * Pagefind reads it, not at the page's last tag of its name (the cards of related articles are <article>s too, and the
 * links to the neighbours before them would otherwise count in the record of the text Pagefind keeps).
 */
function bodyElement(html: string): { contentStart: number; contentEnd: number } | undefined {
	const open = BODY_START.exec(html);
	if (!open) return undefined;
	const contentStart = open.index + open[0].length;
	// Comments and the raw text of scripts and styles are skipped whole: a tag written inside them is not one.
	const tags = new RegExp(`<!--[\\s\\S]*?-->|<(script|style)\\b[^>]*>[\\s\\S]*?<\\/\\1\\s*>|<(\\/?)${open[1]}(?=[\\s/>])[^>]*?(\\/?)>`, 'gi');
	tags.lastIndex = contentStart;
	let depth = 1;
	for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
		if (tag[1] || tag[0].startsWith('<!--') || tag[3]) continue;
		depth += tag[2] ? -1 : 1;
		if (depth === 0) return { contentStart, contentEnd: tag.index };
	}
	return undefined;
}

/** Whether the text after `tag` is inside an element marked data-pagefind-ignore, given whether the text before it was. */
function ignoredAfter(tag: string, ignored: { name: string; depth: number } | undefined): { name: string; depth: number } | undefined {
	if (!ignored) {
		const opened = IGNORED.exec(tag);
		return opened && !opened[2] && !VOID.test(opened[1]!) ? { name: opened[1]!.toLowerCase(), depth: 1 } : undefined;
	}
	const name = /^<(\/?)(\w+)/.exec(tag);
	if (!name || name[2]!.toLowerCase() !== ignored.name || tag.endsWith('/>')) return ignored;
	const depth = ignored.depth + (name[1] ? -1 : 1);
	return depth === 0 ? undefined : { ...ignored, depth };
}

// Elements without content or closing tag.
const VOID = /^(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/i;
