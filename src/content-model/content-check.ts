import { resolve } from 'node:path';
import { AstroError } from 'astro/errors';
import type { z } from 'astro/zod';
import { contentPath } from './paths.ts';
import { editorMessage } from './editor-messages.ts';
import { checkArticlesFolder, verifyArticleImages, type FolderCheck } from './articles-folder.ts';
import { dataFileProblems } from './data-files.ts';
import { formatProblem, keepMarkdownLinks, type Problem } from './problems.ts';
import { siteArticleSchema } from './site-schema.ts';

/** What the build checks in the articles before it renders anything: each file, ids used twice, links between articles, damaged pictures. */
export async function articleProblems(schema: z.ZodType): Promise<{ folder: FolderCheck; problems: Problem[] }> {
	const folder = checkArticlesFolder(contentPath('articles'), schema);
	return { folder, problems: [...folder.problems, ...(await verifyArticleImages(folder))] };
}

/** Every error the build would stop at: the data files', else the articles' (they are checked against the data files). */
export async function contentErrors(): Promise<Problem[]> {
	const data = dataFileProblems();
	const problems = data.length > 0 ? data : (await articleProblems(siteArticleSchema())).problems;
	return problems.filter((p) => p.severity === 'error');
}

/**
 * The error `npm run dev` shows in the browser while content has errors: the lines `npm run check` prints, located at
 * the first error so the overlay shows that line of the file rather than this module's code.
 */
export function devContentError(errors: readonly Problem[]): AstroError {
	// The overlay turns `[text](url)` into a link, which would swallow the hints' Markdown examples; an invisible word
	// joiner between "]" and "(" keeps them as written.
	const lines = errors.map((error) => keepMarkdownLinks(formatProblem(error)));
	const error = new AstroError(
		editorMessage(
			{
				zh: '內容有 {count} 個錯誤，和 npm run check 列出的相同：\n{lines}',
				en: 'the content has {count} error(s), the same that npm run check lists:\n{lines}',
			},
			{ count: errors.length, lines: lines.join('\n') },
		),
		editorMessage({
			zh: '按每一行的檔案和行號改正後存檔，頁面會自動重新載入。',
			en: 'Fix the file and line each row names and save; the page reloads by itself.',
		}),
	);
	const [first] = errors;
	// The overlay reads an error's `loc` for the code frame it shows; the public AstroUserError has no setter for it.
	return Object.assign(error, { loc: first && { file: resolve(first.file), line: first.line ?? 1, column: 1 }, stack: '' });
}
