import { SAXParser } from 'parse5-sax-parser';
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

/**
 * Reads a page with an HTML5 tokenizer (as a browser splits tags and attributes, whatever the quoting) and lists its
 * script elements other than the site's own script files and JSON data, event-handler attributes, javascript:/
 * vbscript: URLs, HTML data: URLs and embedding elements, plus every link target for the link check.
 */
export function scanPage(html: string, ownScripts: string, ownPages = '/'): PageScan {
	const executable: string[] = [];
	const targets: string[] = [];
	const parser = new SAXParser();
	parser.on('startTag', ({ tagName, attrs }) => {
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
	});
	parser.end(html);
	return { executable, targets };
}
