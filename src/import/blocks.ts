import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { tableLine } from './data-table.ts';
import { readDisclosure, type Disclosure } from './disclosure.ts';
import { escapeText } from './markdown-text.ts';
import { isAttachmentAddress } from './post-files.ts';
import { isWechatMeta, readWechat, type WechatPage } from './wechat.ts';

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

/** A picture of a saved page, written as the Markdown line the article will show (bringPictures reads it like a post's). */
export function pictureLine(alt: string, src: string, caption = ''): string {
	// Brackets and quotes would end the alt text or the title early; a space would end the address.
	const words = (text: string) =>
		text
			.replace(/[[\]"]/g, '')
			.replace(/\(/g, '（')
			.replace(/\)/g, '）')
			.replace(/\s+/g, ' ')
			.trim();
	return `![${words(alt)}](${src.replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)}${caption ? ` "${words(caption)}"` : ''})`;
}

/** A line that is a picture written by pictureLine: alt, address, caption. */
export const PICTURE_LINE = /^!\[([^\]]*)\]\(([^\s)]+)(?: "([^"]*)")?\)$/;

/** A saved page's lines and what its markup says of them. */
export interface PageText {
	/** The lines, trimmed (full-width spaces included), with blank lines where paragraphs break. */
	lines: string[];
	/** The page's headline, when its markup marks one (see headlineOf). */
	headline?: string;
	/** The texts of the page's links, trimmed, so a list page (a table of dated links) is known for one. */
	links?: string[];
	/** What a WeChat article's page says of itself (its time, account, author, videos), when it is one. */
	wechat?: WechatPage;
	/** What a 政府信息公开 page's index box says of the document (生成日期, 文号, 发布机构), when it has one. */
	disclosure?: Disclosure;
}

/** The lines of a plain-text or HTML page and, for HTML, its headline. */
export function readPage(input: string): PageText {
	// Plain text is text too: a line it shows of Markdown or HTML stays as written.
	const html = looksLikeHtml(input) ? htmlText(input) : { text: escapeText(input), headline: undefined, links: [], wechat: undefined, disclosure: undefined };
	const lines = html.text
		.replace(/^\uFEFF/, '')
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''));
	return { lines, headline: html.headline, links: html.links, wechat: html.wechat, disclosure: html.disclosure };
}

const attribute = (element: Element, name: string) => element.attrs?.find((a) => a.name === name)?.value;

/**
 * How strongly an element marks a headline, 0 when it does not: <h1>–<h3>, old pages' <font size="4"> (or larger, or "+1"),
 * a cell or block of class "title" (newstitle, art_title…, but not a menu's left_title or list_title).
 */
function headlineStrength(element: Element): number {
	const heading = /^h([1-3])$/.exec(element.nodeName);
	if (heading) return 4 - Number(heading[1]);
	const size = element.nodeName === 'font' ? attribute(element, 'size') : undefined;
	if (size && (/^\+[1-9]/.test(size.trim()) || Number(size) >= 4)) return 3;
	const className = attribute(element, 'class') ?? '';
	if (/(?:^|[\s_-])(?:news|art|article|content|detail|main|show)?_?(?:title|biaoti|bt)(?:$|\s)/i.test(className) && !/left|list|menu|nav|side/i.test(className))
		return 1;
	return 0;
}

/** Classes and ids of a page template's boxes, whose pictures are the site's, not the report's: header, logo, footer, share, QR code, 党政机关 and 公安备案 badges. */
const TEMPLATE_BOX =
	/(?:^|[\s_-])(?:header|logo|banner|footer|foot|bottom|copyright|share|bdshare\w*|qr|qrcode|ewm|erweima|code|_?ideConac|conac|dzjg|gongan|beian)(?:$|[\s_-])/i;
/** File names of a template's pictures: QR codes, logos, the 党政机关 and 公安备案 badges. */
const TEMPLATE_PICTURE = /(?:^|[/_-])(?:qrcode|qr|ewm|erweima|logo|dzjg|gongan|beian|conac|jiguan)[\w-]*\.\w+(?:$|[?#])/i;

/** Height over width under which a picture is a strip: a divider or a banner, not a picture of the report. */
const MIN_RATIO = 0.25;

/**
 * Where a picture is: its src, or the data-src a lazily loaded page (WeChat's) keeps it in until it scrolls into view,
 * when src is missing or the placeholder (a data: address) it shows meanwhile. A saved page's src is its own copy, kept first.
 */
function pictureSource(element: Element): string | undefined {
	const src = attribute(element, 'src')?.trim();
	return src && !src.startsWith('data:') ? src : attribute(element, 'data-src')?.trim() || undefined;
}

/** The element children of a node. */
const childElements = (node: Node): Element[] =>
	'childNodes' in node ? (node.childNodes as Node[]).filter((child): child is Element => 'tagName' in child) : [];

/** The rows of a table, not those of a table inside one of its cells. */
function rowsOf(table: Element): Element[] {
	return childElements(table).flatMap((child) =>
		child.nodeName === 'tr' ? [child] : ['thead', 'tbody', 'tfoot'].includes(child.nodeName) ? childElements(child).filter((row) => row.nodeName === 'tr') : [],
	);
}

/** A table's cells in reading order, row by row, each on one line. */
const tableCells = (table: Element): string[] =>
	rowsOf(table).flatMap((row) =>
		childElements(row)
			.filter((c) => c.nodeName === 'td' || c.nodeName === 'th')
			.map((c) =>
				cellText(c)
					.replace(/[\s\u3000]+/g, ' ')
					.trim(),
			),
	);

/** Whether a node holds an element of one of these names. */
const holds = (node: Node, names: readonly string[]): boolean => childElements(node).some((child) => names.includes(child.nodeName) || holds(child, names));

/** What cellText writes for a <br>: a space in a table's cell; headlineText splits at it. */
const BR_MARK = '\u2028';

/** The text of a cell on one line: a <br> is a space, not a glue. */
function cellText(node: Node): string {
	return cellLines(node).replaceAll(BR_MARK, ' ');
}

/** The text of an element with its <br>s marked (BR_MARK). */
function cellLines(node: Node): string {
	if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value.replaceAll(BR_MARK, ' ');
	if (node.nodeName === 'br') return BR_MARK;
	return 'childNodes' in node ? (node.childNodes as Node[]).map(cellLines).join('') : '';
}

/** A data cell is short text; a cell holding the article, a picture or a nested table makes the table layout. */
const MAX_CELL = 80;

/**
 * A table's cells, row by row, when it is a data table (district / clinic / hours): more than one row and more than one
 * column of text, every cell short, no picture, no nested table, and not a list of links (a list page's rows); else
 * undefined, for a layout table whose cells are read as blocks.
 */
function dataTable(table: Element): string[][] | undefined {
	const rows = rowsOf(table).map((row) => childElements(row).filter((c) => c.nodeName === 'td' || c.nodeName === 'th'));
	if (rows.length < 2 || rows.some((row) => row.some((c) => holds(c, ['table', 'img', 'p', 'div'])))) return undefined;
	const texts = rows.map((row) =>
		row.flatMap((c) => {
			const span = Math.max(1, Number(attribute(c, 'colspan')) || 1);
			return [
				escapeText(
					cellText(c)
						.replace(/[\s\u3000]+/g, ' ')
						.trim(),
				),
				...Array<string>(span - 1).fill(''),
			];
		}),
	);
	const wide = texts.filter((row) => row.filter(Boolean).length >= 2).length;
	const linked = rows.filter((row) => row.some((c) => holds(c, ['a']))).length;
	if (wide < 2 || texts.flat().some((text) => [...text].length > MAX_CELL) || linked * 2 >= rows.length) return undefined;
	return texts;
}

/** The text of an element, spaces collapsed. */
function textOf(node: Node): string {
	if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
	return 'childNodes' in node ? (node.childNodes as Node[]).map(textOf).join('') : '';
}

/** A headline's text on one line: the lines a <br> breaks it into joined, with a space only between Latin words. */
function headlineText(element: Element): string {
	const lines = cellLines(element)
		.split(BR_MARK)
		.map((line) => line.replace(/[\s\u3000]+/g, ' ').trim())
		.filter(Boolean);
	return escapeText(
		lines.reduce((text, line) => (/[\p{Script=Latin}\d]$/u.test(text) && /^[\p{Script=Latin}\d]/u.test(line) ? `${text} ${line}` : text + line), ''),
	);
}

/** An element marking a headline: its text, how strongly it marks one, and where it stands among the page's letters. */
interface Candidate {
	text: string;
	strength: number;
	/** Letters of the page before it and to its end, so a heading right under another (nothing between) is known. */
	start: number;
	end: number;
}

/** A numbered section heading of a notice: 一、活动主题, （二）工作要求, 3. 报送时间 — short, no sentence. */
const SECTION_HEADING = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、．])\s*[^。！？!?；;]{1,30}$/;

/** The longest line taken for a headline. */
const MAX_HEADLINE = 60;

/**
 * The page's headline among the elements marking one: the one the document's <title> contains (新豐縣衛生局--新豐縣開展…),
 * else the most strongly marked, the first of equals. A headline is one line of 4 to 60 characters.
 */
function headlineOf(candidates: Candidate[], documentTitle: string): string | undefined {
	const fitting = candidates.filter((c) => [...c.text].length >= 4 && [...c.text].length <= MAX_HEADLINE);
	const inTitle = fitting.find((c) => documentTitle.includes(c.text));
	// <h2>Human Swine Influenza 人類豬型流感</h2><h3>灣仔酒店住客須隔離</h3>: the <title> names the section, the weaker heading right under it is the release's headline.
	const next = inTitle && fitting[fitting.indexOf(inTitle) + 1];
	if (next && next.strength < inTitle.strength && next.start === inTitle.end) return next.text;
	if (inTitle) return inTitle.text;
	const strongest = fitting.reduce<(typeof fitting)[number] | undefined>((best, c) => (!best || c.strength > best.strength ? c : best), undefined);
	// <h2>新闻动态</h2><h3>勐腊县召开…会议</h3> under a <title> naming the office: the section's name, then the article's headline.
	const under = strongest && fitting[fitting.indexOf(strongest) + 1];
	if (under && SECTION.test(strongest.text) && under.strength < strongest.strength && under.start === strongest.end) return under.text;
	return strongest?.text;
}

/** The name of a section of an office's site (新闻动态, 通知公告, 工作動態), which a page may head its article with. */
const SECTION = /^[\u3400-\u9fff]{0,6}(?:動態|动态|新聞|新闻|要聞|要闻|資訊|资讯|公告|公示|通知|信息|專題|专题|快訊|快讯)$/;

/** The text of an HTML page with one line per block element (chrome such as nav, scripts and footers left out), its headline and its links' texts. */
function htmlText(html: string): { text: string; headline?: string; links: string[]; wechat?: WechatPage; disclosure?: Disclosure } {
	const out: string[] = [];
	const links: string[] = [];
	const candidates: Candidate[] = [];
	let documentTitle = '';
	let disclosure: Disclosure | undefined;
	/** Letters (not spaces) written so far. */
	let letters = 0;
	const walk = (node: Node, template = false): void => {
		if (node.nodeName === '#text') {
			const text = (node as DefaultTreeAdapterMap['textNode']).value;
			// The page's text is text: what it shows of markup (&lt;img …&gt;, ![…](…)) must not become a picture or a link.
			out.push(escapeText(text.replace(/\s+/g, ' ')));
			letters += text.replace(/[\s\u3000]+/g, '').length;
			return;
		}
		const element = node as Element;
		if (element.nodeName === 'head') {
			const title = element.childNodes.find((child) => child.nodeName === 'title');
			if (title)
				documentTitle = escapeText(
					textOf(title as Node)
						.replace(/\s+/g, ' ')
						.trim(),
				);
		}
		// A WeChat article's meta line (author, account, time) is read by readWechat, not text.
		if (CHROME.has(element.nodeName) || isWechatMeta(element)) return;
		// A 政府信息公开 page's index box (索引号, 生成日期, 文号) describes the document: read, not written as text.
		const box = element.nodeName === 'table' && !disclosure ? readDisclosure(tableCells(element)) : undefined;
		if (box) {
			disclosure = box;
			return;
		}
		const table = element.nodeName === 'table' ? dataTable(element) : undefined;
		if (table) {
			out.push(`\n${tableLine(table)}\n`);
			return;
		}
		if (element.nodeName === 'br') out.push('\n');
		const href = element.nodeName === 'a' ? attribute(element, 'href')?.trim() : undefined;
		if (href) {
			const text = textOf(element)
				.replace(/[\s\u3000]+/g, ' ')
				.trim();
			links.push(text);
			// A document the page offers (附件：安排表.doc) stays a link, which bringAttachments brings from the mirror.
			if (text && isAttachmentAddress(href)) {
				out.push(
					`[${escapeText(text.replace(/[[\]]/g, ''))}](${href.replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)})`,
				);
				letters += text.replace(/\s+/g, '').length;
				return;
			}
		}
		// Inside the template's header, footer, share or QR box, pictures are the site's (logo, QR code, 党政机关 badge).
		const inTemplate = template || TEMPLATE_BOX.test(`${attribute(element, 'class') ?? ''} ${attribute(element, 'id') ?? ''}`);
		if (element.nodeName === 'img' && !inTemplate && !TEMPLATE_PICTURE.test(pictureSource(element) ?? '')) {
			const src = pictureSource(element);
			// Spacers, bullets and icons (width or height under 50) are layout, not pictures of the report.
			const tiny = ['width', 'height'].some((name) => Number(attribute(element, name)) > 0 && Number(attribute(element, name)) < 50);
			// A strip far wider than high (WeChat's data-ratio, height over width) is a divider or a banner.
			const ratio = Number(attribute(element, 'data-ratio'));
			if (src && !tiny && !(ratio > 0 && ratio < MIN_RATIO)) out.push(`\n${pictureLine(attribute(element, 'alt') ?? '', src)}\n`);
		}
		// A notice's section heading set in bold (<strong>一、活动主题</strong>) stays bold: it is the notice's structure.
		if ((element.nodeName === 'strong' || element.nodeName === 'b') && !holds(element, ['img', 'table', 'p', 'div', 'br'])) {
			const heading = textOf(element)
				.replace(/[\s\u3000]+/g, ' ')
				.trim();
			if (SECTION_HEADING.test(heading)) {
				out.push(`**${escapeText(heading)}**`);
				letters += heading.replace(/\s+/g, '').length;
				return;
			}
		}
		const strength = headlineStrength(element);
		const headline = strength > 0 ? headlineText(element) : '';
		const candidate = headline ? { text: headline, strength, start: letters, end: letters } : undefined;
		if (candidate) candidates.push(candidate);
		// A headline a <br> breaks (…关于开展<br />2013年爱国卫生月活动的通知) is one line, not two titles: written whole when it is only text.
		if (candidate && [...headline].length <= MAX_HEADLINE && !holds(element, ['img', 'table', 'p', 'div', 'a'])) {
			out.push(`\n${headline}\n`);
			letters += headline.replace(/\s+/g, '').length;
			candidate.end = letters;
			return;
		}
		// A headline is a line of its own, even written inline (<font size=4><b>…</b></font><br>).
		const block = BLOCK.has(element.nodeName) || headline !== '';
		if (block) out.push('\n');
		for (const child of 'childNodes' in element ? element.childNodes : []) walk(child as Node, inTemplate);
		if (candidate) candidate.end = letters;
		if (block) out.push('\n');
	};
	const tree = parse(html) as unknown as Node;
	walk(tree);
	return { text: out.join(''), headline: headlineOf(candidates, documentTitle), links, wechat: readWechat(tree), disclosure };
}
