import { glob, type Loader } from 'astro/loaders';
import { editorMessage } from '../site/editor-messages.ts';
import type { z } from 'astro/zod';
import { contentPath } from '../site/paths.ts';
import { articleId, checkArticlesFolder, verifyArticleImages } from './articles-folder.ts';
import { ContentError, formatProblem } from './problems.ts';

/**
 * Astro's glob() loader over content/articles/, guarded: it logs and skips files it cannot read or render,
 * so every file is checked first and any error stops the build with the file, the field and the fix; drafts are left
 * out of production builds.
 */
export function articlesLoader(schema: z.ZodType): Loader {
	return {
		name: 'bulletin-articles',
		load: async (context) => {
			const folder = checkArticlesFolder(contentPath('articles'), schema);
			const problems = [...folder.problems, ...(await verifyArticleImages(folder))];
			const errors = problems.filter((p) => p.severity === 'error');
			for (const warning of problems.filter((p) => p.severity === 'warning')) context.logger.warn(formatProblem(warning));
			if (errors.length > 0) {
				throw new ContentError(
					editorMessage(
						{ zh: '文章有 {count} 個問題，什麼都沒有發佈：\n{problems}', en: '{count} problem(s) in articles; nothing was published:\n{problems}' },
						{ count: errors.length, problems: errors.map(formatProblem).join('\n') },
					),
					editorMessage({
						zh: '逐行改正上面的問題（檔案:行: 訊息），再建置一次。`npm run check` 不建置也會列出同樣的問題。',
						en: 'Fix each line above (file:line: message), then build again. `npm run check` lists the same problems without building.',
					}),
				);
			}
			const logger = Object.create(context.logger) as typeof context.logger;
			logger.error = (message: string) => {
				throw new ContentError(
					editorMessage({ zh: '有一篇文章無法載入：{message}', en: 'An article could not be loaded: {message}' }, { message }),
					editorMessage({ zh: '改正上面提到的檔案；不會有文章被悄悄略過。', en: 'Fix the file named above; no article is skipped silently.' }),
				);
			};
			// A production build never loads drafts, so nothing of theirs (text, lead picture, body pictures) reaches the site;
			// `npm run dev` shows them.
			const drafts =
				import.meta.env.MODE === 'development' ? [] : [...folder.files].filter(([, check]) => check.data?.draft === true).map(([file]) => `!${file}`);
			const inner = glob({ pattern: ['**/*.{md,mdx}', ...drafts], base: './content/articles', generateId: ({ entry }) => articleId(entry) });
			await inner.load({ ...context, logger });
		},
	};
}
