import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { editorMessage } from '../content-model/editor-messages.ts';

/** What one published HTML page holds that the final check looks at. */
export interface PageScan {
	/** Everything that would run script in a reader's browser without the Content-Security-Policy, described. */
	executable: string[];
	/** Targets of href, src and srcset, as written (entities decoded). */
	targets: string[];
}

/** Elements that run code or load another document; none belongs in a page of this site. */
const EMBEDDING = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal']);
/** Attributes whose value a browser follows or loads as a URL. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'background', 'ping', 'cite']);
/**
 * SVG animation elements, which set another attribute of their parent over time: `<animate attributeName="href"
 * values="javascript:…">` inside an `<a>` makes a script link that no attribute of the page holds as written.
 */
const ANIMATION = new Set(['animate', 'set', 'animatemotion', 'animatetransform', 'animatecolor']);
/** Scripts that are data, never run. */
const DATA_SCRIPT_TYPES = new Set(['application/json', 'application/ld+json']);

/** A URL's scheme as a browser reads it: control characters and whitespace inside it are ignored, case too. */
function scheme(url: string): string {
	return /^([a-z][a-z0-9+.-]*):/.exec(url.replace(/[\u0000-\u0020]/g, '').toLowerCase())?.[1] ?? '';
}

/**
 * Where a meta refresh sends the reader when it is to a page of this site (a path under `ownPages`, without a scheme,
 * a host or `..`), as a browser reads its content (`0;url=/zh-hant/articles/…/`); undefined for anything else.
 */
function ownRefreshTarget(content: string, ownPages: string): string | undefined {
	const url = /^\s*\d+\s*[;,]\s*url\s*=\s*(['"]?)([^'"]*)\1\s*$/i.exec(content)?.[2];
	if (url === undefined || !url.startsWith(ownPages) || url.startsWith('//') || /[\\\u0000-\u0020]|\.\./.test(url)) return undefined;
	return url;
}

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** An element's attributes by their qualified, lowercased names (`xlink:href`, `attributename`), as the page wrote them. */
function attributesOf(element: Element): Array<{ name: string; value: string }> {
	return element.attrs.map(({ name, value, prefix }) => ({ name: (prefix ? `${prefix}:${name}` : name).toLowerCase(), value }));
}

/** Every element of a parsed page in document order, template contents included. */
function* elements(node: Node): Generator<Element> {
	// A stack instead of recursion: a page may nest elements thousands deep (a line of 2,500 `>` in a body).
	const stack: Node[] = [node];
	while (stack.length > 0) {
		const next = stack.pop()!;
		if ('tagName' in next) yield next;
		const children = [...('childNodes' in next ? next.childNodes : []), ...('content' in next && next.content ? [next.content] : [])];
		for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
	}
}

/**
 * Reads a page with an HTML5 parser (as a browser splits tags and attributes, whatever the quoting, and places MathML
 * and SVG content by the namespace rules, so `<math><style>` holds elements, not text) and lists its script elements
 * other than the site's own script files and JSON data, event-handler attributes, javascript:/vbscript: URLs, HTML
 * data: URLs, SVG animations of a URL or handler attribute and embedding elements, plus every link target for the
 * link check.
 */
export function scanPage(html: string, ownScripts: string, ownPages = '/'): PageScan {
	const executable: string[] = [];
	const targets: string[] = [];
	for (const element of elements(parse(html))) {
		const tagName = element.tagName.toLowerCase();
		const attrs = attributesOf(element);
		const attr = (name: string) => attrs.find((a) => a.name === name)?.value;
		if (EMBEDDING.has(tagName)) executable.push(editorMessage({ zh: '<{tag}> 元素', en: '<{tag}> element' }, { tag: tagName }));
		if (tagName === 'script') {
			const type = (attr('type') ?? '').trim().toLowerCase();
			const src = attr('src');
			if (!DATA_SCRIPT_TYPES.has(type) && !(src !== undefined && src.startsWith(ownScripts) && !src.includes('..'))) {
				executable.push(
					src === undefined ? editorMessage({ zh: '寫在頁面裡的 <script>', en: '<script> with inline code' }) : `<script src="${src.slice(0, 80)}">`,
				);
			}
		}
		if (tagName === 'meta' && attr('http-equiv')?.toLowerCase() === 'refresh') {
			// The page at an article's former id sends the reader to the article's page of this site, and only there.
			const target = ownRefreshTarget(attr('content') ?? '', ownPages);
			if (target === undefined) executable.push('<meta http-equiv="refresh">');
			else targets.push(target);
		}
		const animated = attr('attributename')?.trim().toLowerCase();
		if (ANIMATION.has(tagName) && animated !== undefined && (URL_ATTRIBUTES.has(animated) || animated.startsWith('on'))) {
			// Whatever values, to, from or by say: no page of a bulletin animates where a link goes.
			executable.push(editorMessage({ zh: '改變 {name} 的 <{tag}> 動畫', en: '<{tag}> animating {name}' }, { name: animated, tag: tagName }));
		}
		for (const { name, value } of attrs) {
			if (name.startsWith('on')) executable.push(editorMessage({ zh: '<{tag}> 上的 {name}= 事件', en: '{name}= handler on <{tag}>' }, { name, tag: tagName }));
			if (URL_ATTRIBUTES.has(name)) {
				const used = scheme(value);
				if (used === 'javascript' || used === 'vbscript' || (used === 'data' && !/^data:image\/(?!svg)/i.test(value.trim()))) {
					executable.push(
						editorMessage({ zh: '<{tag}> 的 {name} 裡的 {scheme}: 網址', en: '{scheme}: URL in {name} of <{tag}>' }, { scheme: used, name, tag: tagName }),
					);
				}
			}
			if (name === 'href' || name === 'src') targets.push(value);
			if (name === 'srcset')
				targets.push(
					...value
						.split(',')
						.map((part) => part.trim().split(/\s+/)[0]!)
						.filter(Boolean),
				);
		}
	}
	return { executable, targets };
}
