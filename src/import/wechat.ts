import type { DefaultTreeAdapterMap } from 'parse5';
import { wallClock } from '../core/dates.ts';
import { parseDateLine } from './page-meta.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** What a WeChat official account's saved article says of itself outside its text. */
export interface WechatPage {
	/** The meta line under the headline as the reader sees it (author, account, time, place), left out of the text. */
	metaLine?: string;
	/** The time the meta line shows: 2023-09-12 18:30, 2023年05月18日 18:05, 2016-07-20 (empty until a script fills it, in a page saved early). */
	shown?: string;
	/** The account's name (宁德卫健). */
	account?: string;
	/** The meta line's author field: the office or person the account published the article for. */
	author?: string;
	/** `var publish_time = "2023-09-12"` in the page's script. */
	publishTime?: string;
	/** `var ct = "1694514600"` (or create_time): the instant of publication, in Unix seconds. */
	created?: number;
	/** The videos it embeds (a player frame, a 視頻號 card), which the importer cannot bring in. */
	videos: string[];
}

const attribute = (element: Element, name: string) => element.attrs?.find((a) => a.name === name)?.value;
const classes = (element: Element) => (attribute(element, 'class') ?? '').split(/\s+/);
const children = (node: Node): Node[] => ('childNodes' in node ? (node.childNodes as Node[]) : []);
const isElement = (node: Node): node is Element => 'tagName' in node;

/** The texts of a node's text nodes, each trimmed, empty ones left out. */
function texts(node: Node): string[] {
	if (node.nodeName === '#text') {
		const text = (node as DefaultTreeAdapterMap['textNode']).value.replace(/[\s\u3000]+/g, ' ').trim();
		return text ? [text] : [];
	}
	return children(node).flatMap(texts);
}

/** Every element under a node, the node included. */
function elements(node: Node): Element[] {
	return [...(isElement(node) ? [node] : []), ...children(node).flatMap(elements)];
}

/** The block under a WeChat article's headline naming its author, account and time (#meta_content; .rich_media_meta_list in 2016's layout). */
export function isWechatMeta(element: Element): boolean {
	return attribute(element, 'id') === 'meta_content' || classes(element).includes('rich_media_meta_list');
}

/** A video a WeChat article embeds, named for the editor; undefined for any other element. */
function videoOf(element: Element): string | undefined {
	if (element.nodeName === 'iframe' && (classes(element).includes('video_iframe') || attribute(element, 'data-mpvid')))
		return `video_iframe ${attribute(element, 'data-mpvid') ?? attribute(element, 'data-src') ?? ''}`.trim();
	if (element.nodeName === 'mpvideosnap') return `mpvideosnap ${attribute(element, 'data-desc') ?? attribute(element, 'data-id') ?? ''}`.trim();
	return undefined;
}

/** The WeChat-specific parts of a parsed page; undefined for a page that is not a WeChat article (no #js_content, no rich_media_title). */
export function readWechat(root: Node): WechatPage | undefined {
	const all = elements(root);
	const wechat = all.some((e) => attribute(e, 'id') === 'js_content' || classes(e).includes('rich_media_title'));
	if (!wechat) return undefined;
	const page: WechatPage = { videos: all.flatMap((e) => videoOf(e) ?? []) };
	const meta = all.find(isWechatMeta);
	if (meta) {
		page.metaLine = texts(meta).join(' ') || undefined;
		const inMeta = elements(meta);
		const byId = (...ids: string[]) => inMeta.find((e) => ids.includes(attribute(e, 'id') ?? ''));
		const shown = byId('publish_time', 'post-date');
		page.shown = shown && (texts(shown).join(' ') || undefined);
		const account = byId('js_name', 'post-user');
		page.account = account && (texts(account).join(' ') || undefined);
		// The author is the meta text that is not the time, the account or the (hidden) place the account posted from.
		const author = inMeta.find(
			(e) =>
				classes(e).includes('rich_media_meta_text') &&
				!['publish_time', 'post-date', 'js_ip_wording_wrp'].includes(attribute(e, 'id') ?? '') &&
				!parseDateLine(texts(e).join(' ')),
		);
		page.author = author && (texts(author).join(' ') || undefined);
	}
	const script = all
		.filter((e) => e.nodeName === 'script')
		.flatMap(texts)
		.join('\n');
	page.publishTime = /\bpublish_time\s*=\s*"([^"]+)"/.exec(script)?.[1];
	const created = /\b(?:ct|create_time)\s*=\s*"(\d{9,11})"/.exec(script)?.[1];
	if (created) page.created = Number(created);
	return page;
}

/**
 * When a WeChat article was published, as its page gives it: the time the meta line shows (2023-09-12 18:30, 2023年05月18日 18:05),
 * else `publish_time` in its script, with the time of `ct` (Unix seconds, moved into `timeZone`) when only the day is shown;
 * else `ct` alone. Undefined when the page gives none of them.
 */
export function wechatDate(page: WechatPage, timeZone: string): { value: string; written: string } | undefined {
	const stamped = page.created ? wallClock(timeZone, new Date(page.created * 1000)) : undefined;
	const shownText = page.shown ?? page.publishTime;
	const shown = shownText ? parseDateLine(shownText) : undefined;
	if (shown?.date) {
		if (shown.date.length > 10 || !stamped || stamped.slice(0, 10) !== shown.date) return { value: shown.date, written: shownText! };
		return { value: stamped, written: `${shownText}（ct ${page.created}）` };
	}
	return stamped ? { value: stamped, written: `ct ${page.created}` } : undefined;
}
