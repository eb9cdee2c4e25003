import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { editorMessage } from './editor-messages.ts';
import type { z } from 'astro/zod';
import { articleId } from './articles-folder.ts';
import { articleProblems } from './content-check.ts';
import { ContentError, formatProblem } from './problems.ts';

/**
 * In `npm run dev` an article whose frontmatter fails the schema is left out of the store instead of stopping the
 * content layer (which showed as an unhandled rejection): the browser shows the error through the dev server's
 * overlay (src/integrations/dev-content-check.ts), and the article is stored again once it is fixed and saved.
 */
function devContext(context: LoaderContext): LoaderContext {
	const invalid = new Set<string>();
	const store = new Proxy(context.store, {
		get(target, property) {
			if (property === 'set') return (entry: { id: string }) => (invalid.has(entry.id) ? false : target.set(entry as Parameters<typeof target.set>[0]));
			const value = Reflect.get(target, property, target);
			return typeof value === 'function' ? value.bind(target) : value;
		},
	});
	const parseData: LoaderContext['parseData'] = async (props) => {
		try {
			const data = await context.parseData(props);
			invalid.delete(props.id);
			return data;
		} catch {
			invalid.add(props.id);
			return props.data;
		}
	};
	return { ...context, store, parseData };
}

/**
 * Astro's glob() loader over content/articles/, guarded: it logs and skips files it cannot read or render,
 * so every file is checked first and any error stops the build with the file, the field and the fix; drafts are left
 * out of production builds.
 */
export function articlesLoader(schema: z.ZodType): Loader {
	return {
		name: 'bulletin-articles',
		load: async (context) => {
			// Only `npm run dev` has a watcher; there the errors go to the browser instead of stopping the server.
			const dev = context.watcher !== undefined;
			const { folder, problems } = await articleProblems(schema);
			const errors = problems.filter((p) => p.severity === 'error');
			for (const warning of problems.filter((p) => p.severity === 'warning')) context.logger.warn(formatProblem(warning));
			// In dev the errors go to the browser's overlay (src/integrations/dev-content-check.ts) instead.
			if (errors.length > 0 && !dev) {
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
			if (dev) return inner.load(devContext(context));
			await inner.load({ ...context, logger });
		},
	};
}
