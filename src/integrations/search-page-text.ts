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
