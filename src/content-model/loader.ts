import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import type { ArticleFileCheck } from './article-file.ts';
import { articleId } from './articles-folder.ts';
import { articleProblems } from './content-check.ts';
import { editorMessage } from './editor-messages.ts';
import { contentPath, displayPath } from './paths.ts';
import { ContentError, formatProblem } from './problems.ts';
import { buildSitePart, rendersYear } from '../core/site-parts.ts';

/** Stops the build: some articles have errors; each line names the file, the line and the fix. */
function articlesError(lines: string[]): ContentError {
	return new ContentError(
		editorMessage(
			{ zh: '文章有 {count} 個問題，什麼都沒有發佈：\n{problems}', en: '{count} problem(s) in articles; nothing was published:\n{problems}' },
			{ count: lines.length, problems: lines.join('\n') },
		),
		editorMessage({
			zh: '逐行改正上面的問題（檔案:行: 訊息），再建置一次。`npm run check` 不建置也會列出同樣的問題。',
			en: 'Fix each line above (file:line: message), then build again. `npm run check` lists the same problems without building.',
		}),
	);
}

/** The hash of each picture's bytes: a replaced picture changes the article's digest as a changed text does. */
function pictureVersions(images: ArticleFileCheck['images']): string[] {
	return images.map(({ path }) => createHash('sha256').update(readFileSync(path)).digest('base64url'));
}

/**
 * Stores one checked article: its fields as the project's parser read them, validated by the collection's schema
 * (which turns the lead picture into an image import), its body, and for Markdown its HTML rendered now; MDX is
 * compiled by @astrojs/mdx when a page renders it (the one reader besides this, since MDX is code). An article whose
 * text and pictures have not changed since the cached store keeps its entry, as Astro's glob() loader does; the
 * digest is also the article's part of the pages' cache keys (src/view/cache-key.ts).
 */
async function storeArticle(
	context: LoaderContext,
	path: string,
	file: string,
	check: Required<Pick<ArticleFileCheck, 'fields' | 'body' | 'source' | 'images'>>,
	rendersPage: boolean,
) {
	const id = articleId(file);
	const filePath = relative(fileURLToPath(context.config.root), path).split(sep).join('/');
	// An entry stored without its HTML (for a build that renders no page of it) must not pass for a rendered one later.
	const digest = context.generateDigest([check.source, ...pictureVersions(check.images), ...(rendersPage ? [] : ['not rendered'])].join('\n'));
	const stored = context.store.get(id);
	if (stored?.digest === digest && stored.filePath === filePath) return;
	const data = await context.parseData({ id, data: check.fields, filePath: path });
	// Astro's Markdown reader gave the body without its surrounding blank lines; rendered the same, it stays so.
	const body = check.body.trim();
	if (file.endsWith('.mdx')) {
		context.store.set({ id, data, body, filePath, digest, deferredRender: true });
		return;
	}
	// A shard or the assembly of a sharded build shows other articles' titles and summaries but renders no body of
	// theirs: rendering them would cost time and hold their HTML in memory for nothing.
	if (!rendersPage) {
		context.store.set({ id, data, body, filePath, digest });
		return;
	}
	let rendered;
	try {
		// renderMarkdown() reads a leading "---" block as frontmatter, which a body may begin with (a rule under the
		// fields): an empty block in front is what it takes, so the body is rendered whole.
		rendered = await context.renderMarkdown(`---\n---\n${body}`, { fileURL: pathToFileURL(path) });
	} catch (error) {
		throw new ContentError(
			editorMessage(
				{ zh: '有一篇文章無法載入：{message}', en: 'An article could not be loaded: {message}' },
				{ message: `${displayPath(path)}: ${(error as Error).message}` },
			),
			editorMessage({ zh: '改正上面提到的檔案；不會有文章被悄悄略過。', en: 'Fix the file named above; no article is skipped silently.' }),
		);
	}
	context.store.set({ id, data, body, filePath, digest, rendered, assetImports: rendered.metadata?.imagePaths });
}

/**
 * Fills the store from the content check's own reading of content/articles/: each file is read and its frontmatter
 * parsed once (by the `yaml` package, as `npm run check` does), and any error stops the build with the file, the line
 * and the fix. Drafts are left out of production builds. In `npm run dev` (`dev`) errors go to the browser's overlay
 * instead (src/integrations/dev-content-check.ts), and an article with errors keeps its last good entry until fixed.
 */
async function syncArticles(context: LoaderContext, schema: z.ZodType, dev: boolean): Promise<void> {
	const dir = contentPath('articles');
	const { folder, problems } = await articleProblems(schema);
	const errors = problems.filter((p) => p.severity === 'error');
	for (const warning of problems.filter((p) => p.severity === 'warning')) context.logger.warn(formatProblem(warning));
	if (errors.length > 0 && !dev) throw articlesError(errors.map(formatProblem));
	// A production build never loads drafts, so nothing of theirs (text, lead picture, body pictures) reaches the site.
	const leaveOutDrafts = import.meta.env.MODE !== 'development';
	const gone = new Set(context.store.keys());
	const published = [...folder.files].filter(([, check]) => !(leaveOutDrafts && check.data?.draft === true));
	const yearOf = (data: Record<string, unknown>) => String(data.date).slice(0, 4);
	const rendersPage = rendersYear(
		buildSitePart(),
		published.flatMap(([, check]) => (check.data ? [yearOf(check.data)] : [])),
	);
	for (const [file, check] of published) {
		// Kept even when it has errors: in `npm run dev` its last good entry stays until it is fixed.
		gone.delete(articleId(file));
		const { data, fields, body, source, images } = check;
		if (data && fields && body !== undefined && source !== undefined)
			await storeArticle(context, `${dir}/${file}`, file, { fields, body, source, images }, rendersPage(yearOf(data)));
	}
	for (const id of gone) context.store.delete(id);
}

/** The articles collection's loader: content/articles/ as the content check reads it (see syncArticles). */
export function articlesLoader(schema: z.ZodType): Loader {
	return {
		name: 'bulletin-articles',
		load: async (context) => {
			// Only `npm run dev` has a watcher; there the errors go to the browser instead of stopping the server.
			const { watcher } = context;
			await syncArticles(context, schema, watcher !== undefined);
			if (!watcher) return;
			const dir = contentPath('articles');
			watcher.add(dir);
			let timer: NodeJS.Timeout | undefined;
			watcher.on('all', (_event, path) => {
				if (!path.startsWith(dir + sep)) return;
				// An editor saves a file in several writes; sync once they have settled. Unchanged files are not read again.
				clearTimeout(timer);
				timer = setTimeout(() => {
					syncArticles(context, schema, true).then(
						() => context.logger.info(editorMessage({ zh: '已重新載入文章', en: 'articles reloaded' })),
						(error: unknown) => context.logger.error(error instanceof Error ? error.message : String(error)),
					);
				}, 150);
			});
		},
	};
}
