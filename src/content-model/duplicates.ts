import { editorMessage } from './editor-messages.ts';
import type { Problem } from './problems.ts';

/** What tells one published article from another: its file (as shown), title, day of issue and body, with their lines. */
export interface ArticleText {
	file: string;
	title: string;
	/** YYYY-MM-DD. */
	day: string;
	body: string;
	titleLine: number;
	bodyLine: number;
}

// Whitespace and line breaks differ between a copy and its original (an editor re-saved it), the words do not.
const bodyKey = (body: string) => body.replace(/\s+/g, '');

/**
 * A warning on each article that repeats an earlier one (a copy saved as `… (1).md` and renamed): the same title on the
 * same day, or the same body. Both would be published, so residents would read the report twice.
 */
export function duplicateArticles(articles: readonly ArticleText[]): Problem[] {
	const byTitle = new Map<string, ArticleText>();
	const byBody = new Map<string, ArticleText>();
	const problems: Problem[] = [];
	for (const article of articles) {
		const titleKey = `${article.day} ${article.title.trim()}`;
		const body = bodyKey(article.body);
		const sameTitle = byTitle.get(titleKey);
		const sameBody = body === '' ? undefined : byBody.get(body);
		const other = sameTitle ?? sameBody;
		if (other) {
			problems.push({
				file: article.file,
				line: sameTitle ? article.titleLine : article.bodyLine,
				severity: 'warning',
				message:
					sameTitle && sameBody === sameTitle
						? editorMessage(
								{ zh: '與 {other} 的標題、日期和正文都相同，會發佈兩次', en: 'same title, date and text as {other}, so it would be published twice' },
								{ other: other.file },
							)
						: sameTitle
							? editorMessage(
									{
										zh: '與 {other} 的標題和日期相同（{day}「{title}」），會發佈兩次',
										en: 'same title and date as {other} ({day} "{title}"), so it would be published twice',
									},
									{ other: other.file, day: article.day, title: article.title.trim() },
								)
							: editorMessage({ zh: '正文與 {other} 相同，會發佈兩次', en: 'same text as {other}, so it would be published twice' }, { other: other.file }),
				hint: editorMessage({
					zh: '刪掉其中一個檔案；如果是兩篇不同的報道，改寫標題或正文',
					en: 'delete one of the two files; if they are two different reports, change the title or the text',
				}),
			});
		}
		byTitle.set(titleKey, byTitle.get(titleKey) ?? article);
		if (body !== '') byBody.set(body, byBody.get(body) ?? article);
	}
	return problems;
}
