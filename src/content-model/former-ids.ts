// An article renamed after it was published keeps its old addresses answering: its `formerIds` list the ids it had
// (as articles.json shows them), and the build writes at each, in every edition, a small page that sends the reader on
// (src/components/FormerAddress.astro). Like Hugo's `aliases`, but checked: an id answers for one article only.
import { editorMessage } from './editor-messages.ts';
import type { Problem } from './problems.ts';

/** How an id is written: path segments of ASCII letters, digits, `-`, `_` and `.`, as article files are named. */
const ID = /^[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)*$/;

/**
 * The article id an editor meant by what they wrote in `formerIds`: the id itself, or the file's path
 * (content/articles/2025/09/10-x.md) or an address of its page (https://…/zh-hant/articles/2025/09/10-x/) copied
 * instead; undefined when no id can be read from it.
 */
export function formerIdOf(written: string): string | undefined {
	const id = written
		.trim()
		.replace(/^[a-z]+:\/\/[^/]*/i, '')
		.replace(/^\/+/, '')
		.replace(/^(?:[^/]+\/)*?(?:content\/)?articles\//, '')
		.replace(/[?#].*$/, '')
		.replace(/\/(?:index\.html)?$/, '')
		.replace(/\.mdx?$/, '');
	return ID.test(id) && !id.split('/').some((part) => part === '.' || part === '..') ? id : undefined;
}

/** One article's claim on its former ids, as the folder check reads it. */
export interface FormerIdClaim {
	/** The article's file as shown (content/articles/…). */
	file: string;
	/** Its id now. */
	id: string;
	/** The ids it claims, each with the line it is written on. */
	formerIds: ReadonlyArray<{ id: string; line: number }>;
}

/**
 * Errors where an old address would not answer for one article: an id claimed by two articles (or twice by one), an id
 * an article still has, and an article's own id. Each names both files and lines.
 */
export function formerIdProblems(claims: readonly FormerIdClaim[]): Problem[] {
	const current = new Map(claims.map((claim) => [claim.id, claim.file]));
	const claimed = new Map<string, { file: string; line: number }>();
	const problems: Problem[] = [];
	for (const claim of claims) {
		for (const { id, line } of claim.formerIds) {
			const error = (message: string, hint: string) => problems.push({ file: claim.file, line, severity: 'error', message, hint });
			const holder = current.get(id);
			const earlier = claimed.get(id);
			if (id === claim.id) {
				error(
					editorMessage({ zh: 'formerIds 裡的 {id} 是這篇文章現在的 id', en: '{id} in formerIds is this article’s own id' }, { id }),
					editorMessage({
						zh: 'formerIds 只寫文章改名以前的 id；刪掉這一項',
						en: 'formerIds lists only the ids the article had before it was renamed; remove it',
					}),
				);
			} else if (holder !== undefined) {
				error(
					editorMessage(
						{
							zh: 'formerIds 裡的 {id} 是 {other} 現在的 id，舊網址不能同時屬於兩篇文章',
							en: '{id} in formerIds is the id of {other}, and an address belongs to one article',
						},
						{ id, other: holder },
					),
					editorMessage(
						{
							zh: '如果 {other} 是改名前的舊檔案，刪掉它；否則從 formerIds 刪掉 {id}',
							en: 'if {other} is the old file of this article, delete it; otherwise remove {id} from formerIds',
						},
						{ id, other: holder },
					),
				);
			} else if (earlier !== undefined) {
				error(
					editorMessage(
						{
							zh: 'formerIds 裡的 {id} 已經寫在 {other} 第 {line} 行，舊網址只能轉到一篇文章',
							en: '{id} in formerIds is already claimed at {other}:{line}; an old address leads to one article',
						},
						{ id, other: earlier.file, line: earlier.line },
					),
					editorMessage({ zh: '只在改名後的那篇文章裡留下 {id}', en: 'keep {id} only in the article it was renamed to' }, { id }),
				);
			} else {
				claimed.set(id, { file: claim.file, line });
			}
		}
	}
	return problems;
}
