import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Elements that are page chrome in a saved news page, never part of a report. */
const CHROME = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'iframe', 'svg', 'head']);
const BLOCK = new Set([
	'p',
	'div',
	'section',
	'article',
	'main',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'li',
	'figcaption',
	'blockquote',
	'td',
	'tr',
	'table',
	'ul',
	'ol',
	'dd',
	'dt',
	'center',
	'body',
]);

/** Whether a page is HTML rather than plain text (a browser's "save page" output). */
function looksLikeHtml(input: string): boolean {
	return /^\s*(<!doctype html|<html|<head|<body|<meta|<div|<p[\s>])/i.test(input);
}

/** The lines of a plain-text or HTML page, trimmed (full-width spaces included), keeping blank lines where paragraphs break. */
export function pageLines(input: string): string[] {
	const text = looksLikeHtml(input) ? htmlText(input) : input;
	return text
		.replace(/^\uFEFF/, '')
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''));
}

/** The text of an HTML page with one line per block element; chrome (nav, scripts, footers) is left out. */
function htmlText(html: string): string {
	const out: string[] = [];
	const walk = (node: Node): void => {
		if (node.nodeName === '#text') {
			out.push((node as DefaultTreeAdapterMap['textNode']).value.replace(/\s+/g, ' '));
			return;
		}
		const element = node as Element;
		if (CHROME.has(element.nodeName)) return;
		if (element.nodeName === 'br') out.push('\n');
		if (element.nodeName === 'img') {
			const alt = element.attrs.find((a) => a.name === 'alt')?.value;
			if (alt) out.push(`\n${alt}\n`);
		}
		const block = BLOCK.has(element.nodeName);
		if (block) out.push('\n');
		for (const child of 'childNodes' in element ? element.childNodes : []) walk(child as Node);
		if (block) out.push('\n');
	};
	walk(parse(html) as unknown as Node);
	return out.join('');
}
