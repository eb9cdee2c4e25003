import sanitizeHtml from 'sanitize-html';

/**
 * Ids the site's own pages give their elements (src/layouts, src/components, src/pages): a heading in an article
 * written `<h2 id="main">`, or titled so its generated id is one, would take the skip link's or a section's target.
 * test/build/images-and-html.test.ts fails when a page carries an id outside this list and the article's own.
 */
const PAGE_IDS = /^(main|latest|counties|topics|below|related-heading|corrections-heading|search-input|search-config|search-box-.*|year-\d+)$/;

/** Whether the site's own pages use this id for one of their elements. */
export const isPageId = (id: string): boolean => PAGE_IDS.test(id);

/** What an id that would collide with the page's own is published as: GitHub's prefix for ids in user content. */
const ARTICLE_ID_PREFIX = 'user-content-';

/** The ids remark-gfm gives footnotes and their references; an editor's other ids on these tags are dropped. */
const FOOTNOTE_ID = /^user-content-fn(ref)?-/;

type Transform = (tagName: string, attribs: sanitizeHtml.Attributes) => sanitizeHtml.Tag;

/** A tag's attributes without an id that is not a footnote's. */
const footnoteIdOnly: Transform = (tagName, { id, ...attribs }) => ({
	tagName,
	attribs: id !== undefined && FOOTNOTE_ID.test(id) ? { ...attribs, id } : attribs,
});

/** A heading's id prefixed when it is one the page uses itself; every other heading anchor stays as it was. */
const headingId: Transform = (tagName, attribs) => ({
	tagName,
	attribs: attribs.id !== undefined && isPageId(attribs.id) ? { ...attribs, id: `${ARTICLE_ID_PREFIX}${attribs.id}` } : attribs,
});

/**
 * The HTML a Markdown article may contain once rendered: what Markdown itself produces, what astro:assets writes for
 * images, and a few harmless inline tags editors paste. Scripts, frames, styles, event handlers and javascript: URLs
 * are removed. Classes and ids are only those the Markdown pipeline writes (footnotes, heading anchors, code): any
 * other could take the site's own (trial-39: a section printed as the masthead, text hidden yet indexed).
 */
const POLICY: sanitizeHtml.IOptions = {
	allowedTags: [
		...['p', 'br', 'hr', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'pre', 'code', 'kbd', 'samp'],
		...['a', 'em', 'strong', 'b', 'i', 'u', 's', 'del', 'ins', 'mark', 'small', 'sub', 'sup', 'span', 'abbr', 'cite', 'q', 'time'],
		...['table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'figure', 'figcaption', 'picture', 'source', 'img', 'section'],
	],
	allowedAttributes: {
		a: ['href', 'title', 'id'],
		img: ['src', 'srcset', 'sizes', 'alt', 'title', 'width', 'height', 'loading', 'decoding', 'data-astro-image', 'data-astro-image-pos'],
		source: ['srcset', 'sizes', 'type', 'media', 'width', 'height'],
		th: ['colspan', 'rowspan', 'scope', 'align'],
		td: ['colspan', 'rowspan', 'align'],
		ol: ['start'],
		li: ['id'],
		sup: ['id'],
		section: ['data-footnotes'],
		pre: ['data-language', 'tabindex'],
		time: ['datetime'],
		abbr: ['title'],
		h2: ['id'],
		h3: ['id'],
		h4: ['id'],
		h5: ['id'],
		h6: ['id'],
	},
	// Footnotes (remark-gfm), code blocks when Shiki highlights them (Astro's default) and when it does not.
	allowedClasses: { section: ['footnotes'], pre: ['astro-code', 'astro-code-themes', 'github-*'], code: ['language-*'] },
	transformTags: {
		a: footnoteIdOnly,
		li: footnoteIdOnly,
		sup: footnoteIdOnly,
		...Object.fromEntries(['h2', 'h3', 'h4', 'h5', 'h6'].map((tag) => [tag, headingId])),
	},
	allowedSchemes: ['http', 'https', 'mailto', 'tel'],
	allowProtocolRelative: false,
	disallowedTagsMode: 'discard',
};

// Keyed by the HTML itself, so an edited article (in `astro dev`) is cleaned again, and each article once, not per edition.
const sanitized = new Map<string, string>();

/** An article's rendered HTML reduced to the allow-list above. */
export function sanitizeArticleHtml(html: string): string {
	let clean = sanitized.get(html);
	if (clean === undefined) {
		clean = sanitizeHtml(html, POLICY);
		sanitized.set(html, clean);
	}
	return clean;
}

const UNSAFE = /<\s*(script|iframe|object|embed|style|link|meta|form|input|button|frame|frameset|base)\b|\son\w+\s*=|javascript:/i;

/** Whether a line of Markdown carries HTML that the sanitizer will remove, so `npm run check` can warn the editor. */
export function hasUnsafeHtml(line: string): boolean {
	return UNSAFE.test(line);
}

/** A class or id written in a line's HTML that the sanitiser drops, or an id it publishes under another name. */
export interface ChangedAttribute {
	/** As written: `class="print-masthead"`, `id="main"`. */
	written: string;
	/** The id published instead; undefined when dropped. */
	published?: string;
}

const START_TAG = /<([a-zA-Z][a-zA-Z0-9]*)(\s[^<>]*)?>/g;
const CLASS_OR_ID = /\s(class|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

/** The value of an attribute in the one start tag the sanitiser returned, if it kept it. */
const keptValue = (html: string, name: string) => new RegExp(`^<[a-z0-9]+[^>]*\\s${name}="([^"]*)"`).exec(html)?.[1];

/** The classes and ids in a line of Markdown's HTML that the sanitiser drops or renames, so `npm run check` can say so on its line. */
export function changedAttributes(line: string): ChangedAttribute[] {
	const changed: ChangedAttribute[] = [];
	for (const [, tag, attributes = ''] of line.matchAll(START_TAG)) {
		for (const [, rawName, ...values] of attributes.matchAll(CLASS_OR_ID)) {
			const name = rawName!.toLowerCase();
			const value = values.find((v) => v !== undefined) ?? '';
			const escaped = value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
			const kept = keptValue(sanitizeHtml(`<${tag!.toLowerCase()} ${name}="${escaped}">`, POLICY), name);
			if (name === 'id') {
				if (kept !== value) changed.push({ written: `id="${value}"`, ...(kept === undefined ? {} : { published: kept }) });
				continue;
			}
			const keptClasses = new Set((kept ?? '').split(/\s+/));
			for (const className of value.split(/\s+/).filter((c) => c !== '' && !keptClasses.has(c))) changed.push({ written: `class="${className}"` });
		}
	}
	return changed;
}
