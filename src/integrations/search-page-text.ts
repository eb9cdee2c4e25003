import { SAXParser } from 'parse5-sax-parser';

/** Elements whose content is never text a reader sees. */
const NOT_TEXT = new Set(['script', 'style', 'template', 'noscript']);
/** Elements HTML never closes, so they open no level of nesting. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * The text runs of the part of a page that search indexes (the element marked data-pagefind-body), in order, read
 * with an HTML5 tokenizer and stopping where that element closes: nothing after it (a related-article card, the
 * footer) and nothing in a script or style reaches the index's word list.
 */
export function indexedText(html: string): string[] {
	const runs: string[] = [];
	let depth = 0; // levels open inside the body element, itself included; 0 before and after it
	let hidden = 0; // levels open inside a script or style within the body
	let done = false;
	const parser = new SAXParser();
	parser.on('startTag', ({ tagName, attrs, selfClosing }) => {
		if (done) return;
		const opens = !selfClosing && !VOID.has(tagName);
		if (depth === 0) {
			if (opens && attrs.some((attr) => attr.name === 'data-pagefind-body')) depth = 1;
			return;
		}
		if (!opens) return;
		depth++;
		if (hidden > 0 || NOT_TEXT.has(tagName)) hidden++;
	});
	parser.on('endTag', ({ tagName }) => {
		if (done || depth === 0 || VOID.has(tagName)) return;
		depth--;
		if (hidden > 0) hidden--;
		if (depth === 0) done = true;
	});
	parser.on('text', ({ text }) => {
		if (depth > 0 && hidden === 0 && text.trim() !== '') runs.push(text.trim());
	});
	parser.end(html);
	return runs;
}

/** Whether a tag outside the indexed element still reaches Pagefind: a filter, meta or sort attribute, or an image it may take as the page's picture. */
const readByPagefind = (tagName: string, attrs: Array<{ name: string }>) =>
	tagName === 'img' || attrs.some(({ name }) => name.startsWith('data-pagefind-') && name !== 'data-pagefind-ignore');

/**
 * The part of an article page that decides what Pagefind stores for it: its element marked data-pagefind-body, read
 * with an HTML5 tokenizer to where that element closes, and outside it every tag Pagefind still reads. Two pages with
 * the same part are indexed alike, however their links to newer, older and related articles differ.
 */
export function indexedPart(html: string): string {
	const parts: string[] = [];
	let depth = 0; // levels open inside the body element, itself included
	let start = -1;
	const parser = new SAXParser({ sourceCodeLocationInfo: true });
	parser.on('startTag', ({ tagName, attrs, selfClosing, sourceCodeLocation }) => {
		const { startOffset, endOffset } = sourceCodeLocation!;
		const opens = !selfClosing && !VOID.has(tagName);
		if (depth > 0) depth += opens ? 1 : 0;
		else if (start < 0 && attrs.some((attr) => attr.name === 'data-pagefind-body')) {
			start = startOffset;
			if (opens) depth = 1;
			else parts.push(html.slice(startOffset, endOffset));
		} else if (readByPagefind(tagName, attrs)) parts.push(html.slice(startOffset, endOffset));
	});
	parser.on('endTag', ({ tagName, sourceCodeLocation }) => {
		if (depth === 0 || VOID.has(tagName)) return;
		if (--depth === 0) parts.push(html.slice(start, sourceCodeLocation!.endOffset));
	});
	parser.end(html);
	return parts.join('\n');
}
