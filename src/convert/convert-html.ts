import { escapeText } from 'entities';
import { RewritingStream } from 'parse5-html-rewriting-stream';
import { conversionTime } from './convert.ts';
import type { Convert } from './opencc.ts';
import { quotesInScript, type QuoteRun } from './quote-marks.ts';
import type { Script } from '../core/scripts.ts';

/** Elements whose text is code or machine-readable and must stay exactly as written. */
const VERBATIM = new Set(['code', 'pre', 'kbd', 'samp', 'var', 'script', 'style', 'template', 'svg', 'math']);
/** Attributes that readers see or hear; every other attribute (href, src, class, data-*) is left alone. */
const TEXT_ATTRIBUTES = new Set(['alt', 'title', 'aria-label', 'aria-description', 'placeholder']);
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * The text nodes of an HTML fragment as readers see them (entities decoded), in the order a RewritingStream reports
 * them; those inside code are fixed.
 */
function textRuns(html: string): QuoteRun[] {
	const reader = new RewritingStream();
	const texts: QuoteRun[] = [];
	let verbatimDepth = 0;
	reader.on('startTag', (tag) => {
		if (VERBATIM.has(tag.tagName) && !tag.selfClosing) verbatimDepth++;
	});
	reader.on('endTag', (tag) => {
		if (VERBATIM.has(tag.tagName) && verbatimDepth > 0) verbatimDepth--;
	});
	reader.on('text', ({ text }) => texts.push({ text, fixed: verbatimDepth > 0 }));
	reader.end(html);
	return texts;
}

/**
 * Converts the reader-visible text of an HTML fragment (text nodes and alt/title/aria-label values), inserting what the
 * converter returns as escaped text; markup, URLs, code and everything inside `pre`/`code`/`script` are passed through
 * byte for byte, except link targets that `rewriteHref` maps (links between articles, which point into the edition).
 * Given `quotes`, quotation marks are paired across elements (「<b>重點</b>」) and written in that script's marks.
 */
export function convertHtml(html: string, convert: Convert, rewriteHref?: (href: string) => string | undefined, quotes?: Script): string {
	if (!CJK.test(html) && !rewriteHref) return html;
	const started = performance.now();
	// The converter writes each text node's own pairs in the edition's marks; a pair split by markup needs the whole run.
	const quoted = quotes !== undefined && /[“”「」‘’『』]/.test(html) ? quotesInScript(textRuns(html), quotes) : undefined;
	// Every text node in order, code's included, as textRuns read them.
	let textIndex = 0;
	const before = conversionTime.ms;
	const rewriter = new RewritingStream();
	let out = '';
	let verbatimDepth = 0;
	rewriter.on('data', (chunk: string) => (out += chunk));
	rewriter.on('startTag', (tag, raw) => {
		if (VERBATIM.has(tag.tagName) && !tag.selfClosing) verbatimDepth++;
		const converts = verbatimDepth === 0 && tag.attrs.some((a) => TEXT_ATTRIBUTES.has(a.name) && CJK.test(a.value));
		const href = tag.tagName === 'a' ? tag.attrs.find((a) => a.name === 'href') : undefined;
		const target = href && rewriteHref?.(href.value);
		if (!converts && !target) return rewriter.emitRaw(raw);
		for (const attr of tag.attrs) if (converts && TEXT_ATTRIBUTES.has(attr.name)) attr.value = convert(attr.value);
		if (href && target) href.value = target;
		rewriter.emitStartTag(tag);
	});
	rewriter.on('endTag', (tag, raw) => {
		if (VERBATIM.has(tag.tagName) && verbatimDepth > 0) verbatimDepth--;
		rewriter.emitRaw(raw);
	});
	// The converter works on the text as readers see it (entities decoded, so `&amp;` is one character inside a
	// -{…}- pair) and whatever it returns — glossary values, marker text — is escaped back into text, never markup.
	rewriter.on('text', ({ text }, raw) => {
		const own = quoted?.[textIndex++] ?? text;
		rewriter.emitRaw(verbatimDepth === 0 ? escapeText(convert(own)) : raw);
	});
	rewriter.end(html);
	// The text conversions inside count their own time too; the total replaces them so nothing is counted twice.
	conversionTime.ms = before + (performance.now() - started);
	return out;
}
