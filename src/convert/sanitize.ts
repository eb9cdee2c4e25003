import sanitizeHtml from 'sanitize-html';

/**
 * The HTML a Markdown article may contain once rendered: what Markdown itself produces, what astro:assets writes for
 * images, and a few harmless inline tags editors paste. Scripts, frames, styles, event handlers and javascript: URLs
 * are removed; MDX articles are trusted code and are not passed through this.
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
		section: ['class', 'data-footnotes'],
		code: ['class'],
		pre: ['class', 'data-language', 'tabindex'],
		time: ['datetime'],
		abbr: ['title'],
		h2: ['id'],
		h3: ['id'],
		h4: ['id'],
		h5: ['id'],
		h6: ['id'],
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
