import { posix } from 'node:path';

/** An imported post: the addresses it had on the old site and the article file it becomes. */
export interface LinkTarget {
	/** permalink, url and aliases as written in its front matter. */
	addresses: string[];
	/** Its slug (front matter, or the file name without a Jekyll date). */
	slug: string;
	/** Its file name without extension (2020-02-08-fuan-donations), which post_url and ref name. */
	name: string;
	/** The article file, relative to content/articles/. */
	file: string;
	title: string;
}

/** Where a link of the old site leads: the article it now is, or nothing. */
export type ResolveLink = (href: string) => LinkTarget | undefined;

/** A link's path without the old site's address, query, "index.html", ".html" and trailing slashes: /news/2020/02/x */
function normalise(href: string, oldOrigin?: string): string | undefined {
	let path = href.trim();
	if (oldOrigin && path.toLowerCase().startsWith(oldOrigin.toLowerCase())) path = path.slice(oldOrigin.length) || '/';
	else if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(path)) return undefined;
	path = path.split(/[?#]/)[0]!;
	return decodeURI(path)
		.replace(/\/index\.html?$/i, '')
		.replace(/\.(html?|md|markdown)$/i, '')
		.replace(/\/+$/, '')
		.toLowerCase();
}

/**
 * A resolver from old-site links to imported articles: by an address the post declared, else by the last path segment
 * naming exactly one post's slug or file name. Links to other sites (not `oldOrigin`) are not the old site's.
 */
export function linkResolver(targets: readonly LinkTarget[], oldOrigin?: string): ResolveLink {
	const byAddress = new Map<string, LinkTarget>();
	const byName = new Map<string, LinkTarget[]>();
	for (const target of targets) {
		for (const address of target.addresses) {
			const key = normalise(address.startsWith('/') || /^[a-z]+:/i.test(address) ? address : `/${address}`, oldOrigin);
			if (key !== undefined) byAddress.set(key, target);
		}
		for (const name of new Set([target.slug.toLowerCase(), target.name.toLowerCase()])) byName.set(name, [...(byName.get(name) ?? []), target]);
	}
	return (href) => {
		const path = normalise(href, oldOrigin);
		if (path === undefined) return undefined;
		const exact = byAddress.get(path.startsWith('/') ? path : `/${path}`);
		if (exact) return exact;
		const candidates = byName.get(path.split('/').pop() ?? '') ?? [];
		return candidates.length === 1 ? candidates[0] : undefined;
	};
}

/** Whether a link target belongs to the old site: root-relative, relative to another post, or on the old site's address. */
function isOldSiteLink(href: string, oldOrigin?: string): boolean {
	if (href.startsWith('#') || href.startsWith('//')) return false;
	if (oldOrigin && href.toLowerCase().startsWith(oldOrigin.toLowerCase())) return true;
	return !/^[a-z][a-z0-9+.-]*:/i.test(href);
}

/** The link from one article file to another, as an editor writes it: ./08-x.md or ../03/01-y.md */
function articleLink(fromFile: string, toFile: string): string {
	const relative = posix.relative(posix.dirname(fromFile), toFile);
	return relative.startsWith('.') ? relative : `./${relative}`;
}

const MARKDOWN_LINK = /(?<!!)(\[[^\]]*\]\(\s*)<?([^)\s>]+)>?((?:\s+["'][^)]*["'])?\s*\))/g;
const HTML_LINK = /(<a\b[^>]*\bhref\s*=\s*["'])([^"']+)(["'])/gi;
/** Shortcodes that only name another post: Hugo ref/relref, Jekyll post_url, Hexo post_link (which also writes the link). */
const LINK_SHORTCODE = /\{\{[<%]\s*(?:rel)?ref\s+"?([^"\s>%]+)"?\s*[>%]\}\}|\{%\s*post_url\s+(\S+)\s*%\}|\{%\s*post_link\s+(\S+)(?:\s+([^%]*?))?\s*%\}/g;

/**
 * Rewrites a post body's links into the old site as links to the imported articles: Markdown and HTML links, and
 * link shortcodes. What leads nowhere stays, an address on the old site made root-relative, so that `npm run check`
 * reports it (see old-site-markup.ts) until the editor fixes it.
 */
export function rewriteOldLinks(body: string, fromFile: string, resolve: ResolveLink, oldOrigin?: string): string {
	return body
		.split('\n')
		.map((text) => {
			const rewrite = (whole: string, open: string, href: string, close: string) => {
				if (!isOldSiteLink(href, oldOrigin)) return whole;
				const target = resolve(href);
				if (!target) return oldOrigin && href.toLowerCase().startsWith(oldOrigin.toLowerCase()) ? `${open}${new URL(href).pathname}${close}` : whole;
				return `${open}${articleLink(fromFile, target.file)}${href.includes('#') ? href.slice(href.indexOf('#')) : ''}${close}`;
			};
			// Links first: a shortcode inside a link's brackets is not a link target they match, and its rewritten form must not be read again.
			return text
				.replace(MARKDOWN_LINK, rewrite)
				.replace(HTML_LINK, rewrite)
				.replace(LINK_SHORTCODE, (code, ref?: string, postUrl?: string, postLink?: string, title?: string) => {
					const target = resolve(ref ?? postUrl ?? postLink!);
					if (!target) return code;
					const link = articleLink(fromFile, target.file);
					return postLink ? `[${title?.trim() || target.title}](${link})` : link;
				});
		})
		.join('\n');
}
