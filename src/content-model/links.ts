import { posix } from 'node:path';
import { editorMessage } from './editor-messages.ts';
import { markdownTargets } from './markdown-targets.ts';
import type { Problem } from './problems.ts';
import { editionPage } from '../core/editions.ts';
import { closest } from './closest.ts';

/** The targets of the Markdown links (not pictures) on a line, as CommonMark reads them. */
export const markdownLinks = (line: string): string[] => markdownTargets(line).targets.flatMap((t) => (t.image ? [] : [t.href]));
/** An article's page inside an edition, its id in group 1. */
const ARTICLE_PAGE = /^articles\/(.+?)\/?(?:#.*)?$/;

/** The article id a link in an article points at, if it points at an article: a relative .md/.mdx path or a site URL. */
export function linkedArticleId(href: string, fromId: string): string | undefined {
	if (/^[a-z]+:/i.test(href) || href.startsWith('#')) return undefined;
	const site = ARTICLE_PAGE.exec(editionPage(href)?.page ?? '');
	if (site) return site[1];
	const path = href.split('#')[0]!;
	if (!/\.mdx?$/.test(path)) return undefined;
	try {
		return posix.join(posix.dirname(fromId), decodeURI(path)).replace(/\.mdx?$/, '');
	} catch {
		// A broken %-escape names no article; the link is left as written.
		return undefined;
	}
}

/**
 * A link to another article of this site as the article `fromId` writes it, for hints: one in its own folder when there
 * is one (./08-other.md), else the nearest by id, relative from its folder; a placeholder on a site of one article.
 */
export function exampleArticleLink(fromId: string, ids: ReadonlySet<string>): string {
	const others = [...ids].filter((id) => id !== fromId).sort();
	const folder = posix.dirname(fromId);
	const target = others.find((id) => posix.dirname(id) === folder) ?? others.find((id) => id > fromId) ?? others.at(-1);
	return target === undefined ? './檔名.md' : relativeLink(fromId, target);
}

/** The path from the article `fromId` to the article `toId` as a Markdown link writes it (./08-other.md, ../03/01-x.md). */
function relativeLink(fromId: string, toId: string): string {
	const path = posix.relative(posix.dirname(fromId), toId);
	return `${path.startsWith('.') ? '' : './'}${path}.md`;
}

/**
 * The article a link that finds none most likely meant: the id within two edits of the one looked for (a month folder or
 * a day wrong, a letter missed), else the one whose name matches but for its hyphens and slashes, as when a slug's
 * syllables are joined otherwise (zhagen, zha-gen: trial-45).
 */
function articleMeant(target: string, ids: ReadonlySet<string>): string | undefined {
	const all = [...ids];
	const near = closest(target, all);
	if (near) return near;
	const letters = (id: string) => id.replace(/[-/]/g, '');
	const byLetters = new Map(all.map((id) => [letters(id), id]));
	const meant = closest(letters(target), [...byLetters.keys()]);
	return meant === undefined ? undefined : byLetters.get(meant);
}

/**
 * Links from an article's Markdown to other articles that do not exist, with their lines; one to an id an article had
 * before it was renamed (`renamed`: former id → current id) names the file to link to instead.
 */
export function brokenArticleLinks(
	body: string,
	firstLine: number,
	fromId: string,
	ids: ReadonlySet<string>,
	file: string,
	renamed: ReadonlyMap<string, string> = new Map(),
): Problem[] {
	const problems: Problem[] = [];
	body.split('\n').forEach((text, index) => {
		for (const href of markdownLinks(text)) {
			const target = linkedArticleId(href, fromId);
			const now = target === undefined ? undefined : renamed.get(target);
			if (target !== undefined && !ids.has(target) && now !== undefined) {
				problems.push({
					file,
					line: firstLine + index,
					severity: 'error',
					message: editorMessage(
						{ zh: '連結 {href} 連到改名前的文章 {target}，它現在是 {now}', en: 'link {href} points to {target}, an article since renamed {now}' },
						{ href, target, now },
					),
					hint: editorMessage({ zh: '把連結改成 {link}', en: 'change the link to {link}' }, { link: relativeLink(fromId, now) }),
				});
			} else if (target !== undefined && !ids.has(target)) {
				const meant = articleMeant(target, ids);
				problems.push({
					file,
					line: firstLine + index,
					severity: 'error',
					message: editorMessage(
						{ zh: '連結 {href} 找不到文章（找的是 {target}）', en: 'link {href} points to no article (looked for {target})' },
						{ href, target },
					),
					hint: meant
						? editorMessage(
								{ zh: '是不是 {meant}？把連結改成 {link}', en: 'did you mean {meant}? Change the link to {link}' },
								{ meant, link: relativeLink(fromId, meant) },
							)
						: editorMessage(
								{
									zh: '連到另一篇文章的檔案，例如 [見前文]({example})，並檢查檔名；同一個月的文章寫 ./日-檔名.md，別的月份的寫 ../月/日-檔名.md，別的年份的寫 ../../年/月/日-檔名.md',
									en: 'link to the other article file, e.g. [見前文]({example}), and check its name; an article of the same month is ./DD-name.md, of another month ../MM/DD-name.md, of another year ../../YYYY/MM/DD-name.md',
								},
								{ example: exampleArticleLink(fromId, ids) },
							),
				});
			}
		}
	});
	return problems;
}
