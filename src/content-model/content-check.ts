import type { z } from 'astro/zod';
import { contentPath } from './paths.ts';
import { editorMessage } from './editor-messages.ts';
import { checkArticlesFolder, verifyArticleImages, type FolderCheck } from './articles-folder.ts';
import { dataFileProblems } from './data-files.ts';
import { formatProblem, type Problem } from './problems.ts';
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
 * What `npm run dev` shows in the browser while content has errors: the lines `npm run check` prints, as written, and
 * what to do. Shown as text, never through Astro's Markdown of errors, which would turn the fixes' examples
 * (![說明](./images/x.jpg)) into something else than what the editor should type.
 */
export function devContentMessage(errors: readonly Problem[]): { message: string; hint: string } {
	return {
		message: editorMessage(
			{
				zh: '內容有 {count} 個錯誤，和 npm run check 列出的相同：\n{lines}',
				en: 'the content has {count} error(s), the same that npm run check lists:\n{lines}',
			},
			{ count: errors.length, lines: errors.map(formatProblem).join('\n') },
		),
		hint: editorMessage({
			zh: '按每一行的檔案和行號改正後存檔，頁面會自動重新載入。',
			en: 'Fix the file and line each row names and save; the page reloads by itself.',
		}),
	};
}
