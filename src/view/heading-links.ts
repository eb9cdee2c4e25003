import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { SAXParser } from 'parse5-sax-parser';
import { RewritingStream } from 'parse5-html-rewriting-stream';
import { isPageId } from '../convert/sanitize.ts';
import { detectScript } from '../convert/detect.ts';
import { siteConfig } from '../content-model/config.ts';
import type { Edition } from '../core/editions.ts';
import { editionConverter } from './edition.ts';

/**
 * The prefix the sanitiser gives a heading's id that the page uses itself (`below`, `main`: src/convert/sanitize.ts),
 * GitHub's for ids in user content.
 */
const RENAMED = 'user-content-';

/** The headings an article's HTML may hold (the sanitiser keeps no h1). */
const HEADING = /^h[2-6]$/;

interface Heading {
	id?: string;
	/** Its text as a reader sees it (entities decoded), what Markdown made its id from. */
	text: string;
}

/** The headings of an article's HTML in order, with their ids and text. */
function headings(html: string): Heading[] {
	const found: Heading[] = [];
	let open: Heading | undefined;
	const parser = new SAXParser();
	parser.on('startTag', ({ tagName, attrs }) => {
		if (!HEADING.test(tagName)) return;
		open = { id: attrs.find((attr) => attr.name === 'id')?.value, text: '' };
		found.push(open);
	});
	parser.on('endTag', ({ tagName }) => {
		if (HEADING.test(tagName)) open = undefined;
	});
	parser.on('text', ({ text }) => {
		if (open) open.text += text;
	});
	parser.end(html);
	return found;
}

/** A hast tree of headings, as far as Astro's heading ids read one. */
interface HeadingTree {
	type: 'root';
	children: Array<{ type: 'element'; tagName: 'h2'; properties: { id?: string }; children: Array<{ type: 'text'; value: string }> }>;
}

/**
 * The ids Astro's Markdown gives headings of these texts, in this order (github-slugger, a second 預約結果 becoming
 * 預約結果-1), by Astro's own plugin: run on the article's source, it gives the ids Markdown wrote.
 */
function slugs(texts: readonly string[]): string[] {
	const tree: HeadingTree = {
		type: 'root',
		children: texts.map((value) => ({ type: 'element', tagName: 'h2', properties: {}, children: [{ type: 'text', value }] })),
	};
	// The plugin's transformer reads only the tree and the file's data and name, which a plain object gives it.
	const transform = rehypeHeadingIds() as unknown as (tree: HeadingTree, file: { data: object; history: string[] }) => void;
	transform(tree, { data: {}, history: [] });
	return tree.children.map((heading) => heading.properties.id ?? '');
}

/** An id as published: one the page uses itself gets the sanitiser's prefix. */
const published = (id: string) => (isPageId(id) ? `${RENAMED}${id}` : id);

/** A link's fragment as the id it names: `#%E9%A2%84` and `#预` alike; a malformed escape as written. */
function fragmentId(href: string): string {
	try {
		return decodeURIComponent(href.slice(1));
	} catch {
		return href.slice(1);
	}
}

/**
 * An article's HTML in an edition (`edition`, converted from `source`, its HTML in the script it was written in) with
 * its headings' anchors in the edition's script too: a heading whose id Markdown made from its text (`一个人守着一个村`)
 * gets the id Markdown would make from its text in the edition (`一個人守著一個村`), since a shared link shows it
 * (trial-45). Ids written in the article's HTML and the footnotes' stay as they are. The article's links to its own
 * headings (`[见下](#预约结果)`) lead to them under their new ids, as do those to a heading the sanitiser renamed because
 * the page uses its id (`[見下文](#below)` to `user-content-below`, trial-42).
 */
export function headingsInEdition(source: string, edition: string): string {
	const ids = new Map<string, string>();
	if (/<h[2-6] id="/.test(source)) {
		const [before, after] = [headings(source), headings(edition)];
		// Conversion changes text, never markup: the same headings in the same order.
		const [written, inEdition] = [slugs(before.map((h) => h.text)), slugs(after.map((h) => h.text))];
		before.forEach(({ id }, i) => {
			if (id !== undefined && id === published(written[i]!) && inEdition[i] !== undefined && published(inEdition[i]) !== id)
				ids.set(id, published(inEdition[i]));
		});
	}
	if (ids.size === 0 && !/<a href="#/.test(source)) return edition;
	const known = new Set(articleIds(source));
	/** The element of the source a link's fragment names: by its id as written, or the heading the sanitiser renamed. */
	const target = (id: string) => (known.has(id) ? id : known.has(`${RENAMED}${id}`) ? `${RENAMED}${id}` : undefined);
	const rewriter = new RewritingStream();
	let out = '';
	rewriter.on('data', (chunk: string) => (out += chunk));
	rewriter.on('startTag', (tag, raw) => {
		const heading = HEADING.test(tag.tagName);
		const attr = tag.attrs.find((a) => a.name === (heading ? 'id' : 'href'));
		let value: string | undefined;
		if (heading && attr) value = ids.get(attr.value);
		else if (tag.tagName === 'a' && attr && attr.value.length > 1 && attr.value.startsWith('#')) {
			const written = fragmentId(attr.value);
			const id = target(written);
			const now = id === undefined ? undefined : (ids.get(id) ?? id);
			if (now !== undefined && now !== written) value = `#${encodeURIComponent(now)}`;
		}
		if (!attr || value === undefined || value === attr.value) return rewriter.emitRaw(raw);
		attr.value = value;
		rewriter.emitStartTag(tag);
	});
	rewriter.end(edition);
	return out;
}

/** The ids an article's sanitised HTML gives its elements (the sanitiser writes every attribute in double quotes). */
function articleIds(html: string): string[] {
	return Array.from(html.matchAll(/\sid="([^"]*)"/g), (match) => match[1]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"'));
}

/**
 * A link's fragment to a heading of another article (`./08-other.md#预约结果`) as that article's page in `edition` names
 * it: headings' anchors are in the edition's script (headingsInEdition), so the fragment is converted like text,
 * from the script its own characters show (the site's default when they show none), and escaped as a URL writes it.
 */
export function fragmentInEdition(fragment: string, edition: Edition): string {
	if (!fragment.startsWith('#') || fragment.length === 1) return fragment;
	const id = fragmentId(fragment);
	const from = detectScript(id, { minEvidence: 1 }) ?? siteConfig().defaultScript;
	const converted = editionConverter(from, edition)(id);
	return converted === id ? fragment : `#${encodeURIComponent(converted)}`;
}
