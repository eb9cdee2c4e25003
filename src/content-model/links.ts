import { posix } from 'node:path';
import { editorMessage } from './editor-messages.ts';
import type { Problem } from './problems.ts';
import { editionPage } from '../core/editions.ts';

/** A Markdown link (not an image), its target in group 1. */
export const MARKDOWN_LINK = /(?<!!)\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+["'][^)]*["'])?\s*\)/g;
/** An article's page inside an edition, its id in group 1. */
const ARTICLE_PAGE = /^articles\/(.+?)\/?(?:#.*)?$/;

/** The article id a link in an article points at, if it points at an article: a relative .md/.mdx path or a site URL. */
export function linkedArticleId(href: string, fromId: string): string | undefined {
	if (/^[a-z]+:/i.test(href) || href.startsWith('#')) return undefined;
	const site = ARTICLE_PAGE.exec(editionPage(href)?.page ?? '');
	if (site) return site[1];
	const path = href.split('#')[0]!;
	if (!/\.mdx?$/.test(path)) return undefined;
	return posix.join(posix.dirname(fromId), decodeURI(path)).replace(/\.mdx?$/, '');
}

/** Links from an article's Markdown to other articles that do not exist, with their lines. */
export function brokenArticleLinks(body: string, firstLine: number, fromId: string, ids: ReadonlySet<string>, file: string): Problem[] {
	const problems: Problem[] = [];
	body.split('\n').forEach((text, index) => {
		for (const match of text.matchAll(MARKDOWN_LINK)) {
			const target = linkedArticleId(match[1]!, fromId);
			if (target !== undefined && !ids.has(target)) {
				problems.push({
					file,
					line: firstLine + index,
					severity: 'error',
					message: editorMessage(
						{ zh: '連結 {href} 找不到文章（找的是 {target}）', en: 'link {href} points to no article (looked for {target})' },
						{ href: match[1]!, target },
					),
					hint: editorMessage({
						zh: '連到另一篇文章的檔案，例如 [見前文](./08-fuan-mask-production.md)，並檢查檔名',
						en: 'link to the other article file, e.g. [見前文](./08-fuan-mask-production.md), and check its name',
					}),
				});
			}
		}
	});
	return problems;
}
