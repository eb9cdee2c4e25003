import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import type { ArticleFileCheck } from './article-file.ts';
import { articleId } from './articles-folder.ts';
import { checkArticlesFolder, verifyArticleImages } from './articles-folder.ts';
import { editorMessage } from './editor-messages.ts';
import { contentPath, displayPath } from './paths.ts';
import { ContentError, formatProblem, logProblems } from './problems.ts';
import { buildSitePart, rendersYear } from '../core/site-parts.ts';
import { sourceVersion } from './source-version.ts';

/** The code that reads, checks and stores articles (under src/): a change to it empties the stored articles. */
const STORE_CODE = ['content.config.ts', 'content-model', 'core', 'convert'];
/** Where the articles' meta store keeps the version of STORE_CODE its entries were stored by. */
const STORE_CODE_KEY = 'stored-by';

/** Stops the build: some articles have errors, logged above it, each line naming the file, the line and the fix. */
function articlesError(count: number): ContentError {
	return new ContentError(
		editorMessage(
			{
				zh: '文章有 {count} 個問題，什麼都沒有發佈；問題列在上面，每行一個',
				en: '{count} problem(s) in articles, listed above one a line; nothing was published',
			},
			{ count },
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

/** An article's path as the store keeps it: relative to the project, with forward slashes. */
const storedPath = (context: LoaderContext, path: string) => relative(fileURLToPath(context.config.root), path).split(sep).join('/');

/**
 * The ids an article is filed under (its county, topics and series as the schema made them): an old id written is
 * filed under the entry that has it in its formerIds, which the data files, not the article's text, decide.
 */
function filedUnder(data: Record<string, unknown>): string {
	const ids = [data.county, ...(Array.isArray(data.topics) ? data.topics : []), data.series].map((ref) => (ref as { id?: string } | undefined)?.id ?? '');
	return `filed under ${ids.join(' ')}`;
}

/**
 * The version of an article as stored: its text and its pictures' bytes, the ids it is filed under, and whether its
 * page is rendered (an entry stored without its HTML, for a build that renders no page of it, must not pass for a
 * rendered one later).
 */
function articleDigest(
	context: LoaderContext,
	{ source, images, data }: Required<Pick<ArticleFileCheck, 'source' | 'images' | 'data'>>,
	rendersPage: boolean,
): string {
	return context.generateDigest([source, ...pictureVersions(images), filedUnder(data), ...(rendersPage ? [] : ['not rendered'])].join('\n'));
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
	check: Required<Pick<ArticleFileCheck, 'fields' | 'body'>>,
	{ digest, rendersPage }: { digest: string; rendersPage: boolean },
) {
	const id = articleId(file);
	const filePath = storedPath(context, path);
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
	const folder = checkArticlesFolder(dir, schema);
	// A production build never loads drafts, so nothing of theirs (text, lead picture, body pictures) reaches the site.
	const leaveOutDrafts = import.meta.env.MODE !== 'development';
	const published = [...folder.files].filter(([, check]) => !(leaveOutDrafts && check.data?.draft === true));
	const yearOf = (data: Record<string, unknown>) => String(data.date).slice(0, 4);
	const rendersPage = rendersYear(
		buildSitePart(),
		published.flatMap(([, check]) => (check.data ? [yearOf(check.data)] : [])),
	);
	const versions = new Map<string, { digest: string; rendersPage: boolean }>();
	for (const [file, check] of published) {
		if (!check.data || check.source === undefined) continue;
		const renders = rendersPage(yearOf(check.data));
		try {
			versions.set(file, { digest: articleDigest(context, { source: check.source, images: check.images, data: check.data }, renders), rendersPage: renders });
		} catch {
			// A picture that cannot be read has no version: decoding it reports the file and the line below.
		}
	}
	// Decoding every picture whole (to find damaged files) is most of the check's time; an article stored with the same
	// digest had its pictures, byte for byte the same, decoded by the build that stored it, so they are not decoded again.
	const decodedBefore = (file: string) => {
		const stored = context.store.get(articleId(file));
		return stored !== undefined && stored.digest === versions.get(file)?.digest && stored.filePath === storedPath(context, `${dir}/${file}`);
	};
	const problems = [...folder.problems, ...(await verifyArticleImages(folder, decodedBefore))];
	const errors = problems.filter((p) => p.severity === 'error');
	for (const warning of problems.filter((p) => p.severity === 'warning')) context.logger.warn(formatProblem(warning));
	if (errors.length > 0 && !dev) {
		logProblems(context.logger, errors);
		throw articlesError(errors.length);
	}
	const gone = new Set(context.store.keys());
	for (const [file, check] of published) {
		// Kept even when it has errors: in `npm run dev` its last good entry stays until it is fixed.
		gone.delete(articleId(file));
		const { data, fields, body } = check;
		const version = versions.get(file);
		if (data && fields && body !== undefined && version) await storeArticle(context, `${dir}/${file}`, file, { fields, body }, version);
	}
	for (const id of gone) context.store.delete(id);
}

/**
 * Empties the stored articles when the code that reads and stores them has changed since they were stored. Astro
 * empties its store only when src/content.config.ts itself changes, and keeps an entry while the file's digest is the
 * same: entries stored by an older version of the project (before a field with a default was added, say) would
 * otherwise reach the pages as they were, and a project updated with its caches kept would fail to build.
 */
function keepStoreOfThisCode(context: LoaderContext): void {
	const version = sourceVersion(fileURLToPath(context.config.root), STORE_CODE);
	if (context.meta.get(STORE_CODE_KEY) === version) return;
	context.store.clear();
	context.meta.set(STORE_CODE_KEY, version);
}

/** The articles collection's loader: content/articles/ as the content check reads it (see syncArticles). */
export function articlesLoader(schema: z.ZodType): Loader {
	return {
		name: 'bulletin-articles',
		load: async (context) => {
			// Only `npm run dev` has a watcher; there the errors go to the browser instead of stopping the server.
			const { watcher } = context;
			keepStoreOfThisCode(context);
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
