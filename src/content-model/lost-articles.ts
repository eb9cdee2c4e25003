// An article the last build published and the content no longer has: its address, shared and kept by search engines,
// would answer 404. Usually its file was renamed (the same report under another id), which `formerIds` repairs; else it
// was deleted, which should be a withdrawal, not an accident. `npm run check` warns of both.
import { editorMessage } from './editor-messages.ts';
import type { Problem } from './problems.ts';
import { toSimplified } from '../convert/to-simplified.ts';
import type { Script } from '../core/scripts.ts';

/** An article as the last build published it: an entry of an edition's articles.json, in that edition's script. */
export interface PublishedEntry {
	id: string;
	title: string;
	/** YYYY-MM-DD. */
	date: string;
	summary: string;
	/** The script of the edition it was read from (each edition's articles.json is in its own). */
	script?: Script;
}

/** A published (not draft) article of the content now, as the check compares it with what was published. */
export interface CurrentArticle {
	/** Its file as shown (content/articles/…). */
	file: string;
	id: string;
	/** As written, in the file's script. */
	title: string;
	/** YYYY-MM-DD. */
	day: string;
	/** Its summary, or the first paragraph listings show for it. */
	summary: string;
	formerIds: readonly string[];
	/** The line of its formerIds field, when it has one; else of its title, where a new field goes. */
	line: number;
}

// Published titles and summaries are in their edition's script, the source in its own: both are compared in
// Simplified, with the spaces an editor may have added or dropped ignored.
const fold = (text: string) => toSimplified(text).replace(/\s+/g, '');

/**
 * A warning for each article of `published` (every edition's entries of the last build) whose id the content has
 * neither as an article's id nor among its formerIds: on the article that is the same report under another id (the
 * same title on the same day, or the same summary on the same day, which no other article of that day has) with the formerIds line to write, else on the file it had. The
 * title is quoted as the edition in the site's script (`script`) published it, when one did.
 */
export function lostArticles(
	published: readonly PublishedEntry[],
	current: readonly CurrentArticle[],
	displayDir = 'content/articles',
	script?: Script,
): Problem[] {
	const answering = new Set(current.flatMap((article) => [article.id, ...article.formerIds]));
	const byTitle = new Map<string, CurrentArticle>();
	// A summary alone is no sign of the same report: template-style daily bulletins share theirs. It must be of the
	// same day and of one article that day; a summary two articles of the day share names neither (null).
	const bySummary = new Map<string, CurrentArticle | null>();
	for (const article of current) {
		const title = `${article.day} ${fold(article.title)}`;
		if (!byTitle.has(title)) byTitle.set(title, article);
		const summary = fold(article.summary);
		const key = `${article.day} ${summary}`;
		if (summary !== '') bySummary.set(key, bySummary.has(key) ? null : article);
	}
	const lost = new Map<string, CurrentArticle | undefined>();
	for (const entry of published) {
		if (answering.has(entry.id) || lost.get(entry.id) !== undefined) continue;
		const summary = fold(entry.summary);
		const sameSummary = summary === '' ? undefined : (bySummary.get(`${entry.date} ${summary}`) ?? undefined);
		lost.set(entry.id, byTitle.get(`${entry.date} ${fold(entry.title)}`) ?? sameSummary);
	}
	const titles = new Map<string, string>();
	for (const entry of published) if (!titles.has(entry.id) || (entry.script === script && script !== undefined)) titles.set(entry.id, entry.title);
	return [...lost].map(([id, renamed]): Problem => {
		const title = titles.get(id)!;
		if (renamed) {
			const formerIds = [...renamed.formerIds, id];
			const line = `formerIds: [${formerIds.join(', ')}]`;
			return {
				file: renamed.file,
				line: renamed.line,
				severity: 'warning',
				message: editorMessage(
					{
						zh: '上次建置發佈的 {id}（「{title}」）不見了，這篇似乎就是它改名後的檔案；舊網址會變成 404',
						en: '{id} ("{title}"), published by the last build, is gone and this looks like its renamed file; its old address would answer 404',
					},
					{ id, title },
				),
				hint:
					renamed.formerIds.length === 0
						? editorMessage(
								{ zh: '在前置資料加一行「{line}」，舊網址就會轉到這篇', en: 'add the line "{line}" to the frontmatter, and the old address leads here' },
								{ line },
							)
						: editorMessage({ zh: '把 formerIds 改成「{line}」，舊網址就會轉到這篇', en: 'make formerIds "{line}", and the old address leads here' }, { line }),
			};
		}
		return {
			file: `${displayDir}/${id}.md`,
			severity: 'warning',
			message: editorMessage(
				{
					zh: '上次建置發佈的 {id}（「{title}」）已不在內容裡：發佈後它的網址會變成 404，分享出去的連結和搜尋引擎的結果都會失效',
					en: '{id} ("{title}"), published by the last build, is no longer in the content: once published, its address answers 404 and shared links and search results break',
				},
				{ id, title },
			),
			hint: editorMessage(
				{
					zh: '如果是改了檔名，在新檔案加一行「formerIds: [{id}]」；如果要撤回這篇快訊，照 docs/editors/guide.md「改檔名和撤回快訊」做',
					en: 'if the file was renamed, add "formerIds: [{id}]" to the new file; to withdraw the bulletin, follow "Renaming and withdrawing a bulletin" in docs/editors/reference.en.md',
				},
				{ id },
			),
		};
	});
}
