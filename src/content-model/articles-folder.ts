import { existsSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { editorMessage } from './editor-messages.ts';
import { dirname, join, sep } from 'node:path';
import type { z } from 'astro/zod';
import { checkArticleFile, sizeProblem, type ArticleFileCheck } from './article-file.ts';
import { readFrontmatter, type Frontmatter } from './frontmatter.ts';
import { fromSource, readSource } from './source-files.ts';
import { verifyImages } from './images.ts';
import { attachmentPath, isAttachmentName, linkedAttachments } from './attachments.ts';
import { brokenArticleLinks } from './links.ts';
import { brokenPageLinks, sitePages } from './site-pages.ts';
import type { Problem } from './problems.ts';
import { duplicateArticles, type ArticleText } from './duplicates.ts';
import { formerIdProblems, type FormerIdClaim } from './former-ids.ts';
import type { CurrentArticle } from './lost-articles.ts';
import { summarize } from './summary.ts';
import { sharedPictures } from './shared-pictures.ts';
import { dayOf } from '../core/dates.ts';

const ARTICLE_EXTENSIONS = /\.mdx?$/;

/** The article id of a file path relative to `content/articles/`: the path without extension, so URLs are stable and ASCII. */
export function articleId(file: string): string {
	return file.replace(ARTICLE_EXTENSIONS, '');
}

/** An article file's frontmatter (by absolute path), parsed once per version of the file for whoever asks: the check, the sitemap's dates. */
function articleFrontmatter(path: string): Frontmatter | undefined {
	return fromSource(path, 'frontmatter', (bytes) => readFrontmatter(bytes.toString('utf8')));
}

/** The title of the article file at `path` ('' when it has none readable), or undefined when there is no such file: what `npm run new` and the importer ask of a name before taking it. */
export function articleTitleAt(path: string): string | undefined {
	if (!existsSync(path)) return undefined;
	const data = articleFrontmatter(path)?.data as { title?: unknown } | undefined;
	return typeof data?.title === 'string' ? data.title : '';
}

/**
 * An article as the build's configuration sees it before the content layer loads: its id, its days of issue and last
 * change, and the listings it appears in (the ids its frontmatter names, unchecked: the content check checks them).
 */
export interface PublishedArticle {
	id: string;
	/** YYYY-MM-DD: the day of its `date` (without a time of issue). */
	date: string;
	/** YYYY-MM-DD: its `updated` day, else its `date`'s. */
	lastModified: string;
	county: string;
	topics: string[];
	series: string | null;
	/** The ids it had before it was renamed (formerIds), as written: each is a page of the site that leads to it. */
	formerIds: string[];
}

/**
 * Every article a production build publishes (drafts left out), in file order, from the read and parse the content
 * check shares: for the sitemap's lastmod, the shards' years and what a build of changes compares with the published
 * site, which are settled before any page is built. Articles without a readable date are left out; the content check
 * stops the build on them.
 */
export function publishedArticles(dir: string): PublishedArticle[] {
	return listArticleFiles(dir).flatMap((file) => {
		const data = articleFrontmatter(join(dir, file))?.data as
			{ date?: unknown; updated?: unknown; draft?: unknown; county?: unknown; topics?: unknown; series?: unknown; formerIds?: unknown } | undefined;
		const date = String(data?.date ?? '').slice(0, 10);
		if (!data || data.draft === true || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return [];
		const updated = String(data.updated ?? '').slice(0, 10);
		return [
			{
				id: articleId(file),
				date,
				lastModified: /^\d{4}-\d{2}-\d{2}$/.test(updated) ? updated : date,
				county: String(data.county ?? ''),
				topics: Array.isArray(data.topics) ? data.topics.map(String) : [],
				series: data.series === undefined || data.series === null ? null : String(data.series),
				formerIds: Array.isArray(data.formerIds) ? data.formerIds.map(String) : [],
			},
		];
	});
}

/**
 * The attachments the published articles (drafts left out) link to, as paths under `dir`, from the frontmatter and body
 * the content check read: the build copies them after its pages without checking every article a second time (3–4 s
 * at 10,000 articles, in every build of changes).
 */
export function publishedAttachments(dir: string): string[] {
	const found = listArticleFiles(dir).flatMap((file) => {
		const frontmatter = articleFrontmatter(join(dir, file));
		const data = frontmatter?.data as { draft?: unknown; attachments?: unknown } | undefined;
		if (!frontmatter || !data || data.draft === true) return [];
		// And the attachments field (the web editor's 附件), whose entries are links to files as the text's are.
		const listed = Array.isArray(data.attachments)
			? data.attachments.flatMap((entry: { file?: unknown }) => (typeof entry?.file === 'string' ? [entry.file] : []))
			: [];
		return [...linkedAttachments(frontmatter.body, articleId(file)), ...listed.flatMap((href) => attachmentPath(href, articleId(file)) ?? [])];
	});
	return [...new Set(found)].sort();
}

/**
 * What the build and `npm run check` say of a site with no article to publish yet (an office that just deleted the
 * sample, or has only drafts): that the site is built all the same, saying so on its pages; nothing when it has one.
 */
export function noArticlesYet(dir: string, displayDir = 'content/articles'): string | undefined {
	if (publishedArticles(dir).length > 0) return undefined;
	return editorMessage(
		{
			zh: '{folder}/ 裡還沒有要發佈的快訊：網站照樣建好兩個版本，首頁、分類頁和搜尋頁都寫著「暫無快訊」；用 npm run new 寫第一篇',
			en: '{folder}/ has no bulletin to publish yet: both editions are built all the same, their home, listing and search pages saying there are none; write the first with npm run new',
		},
		{ folder: displayDir },
	);
}

/** A file under the articles folder, and why it cannot be an article when it cannot. */
interface FolderEntry {
	file: string;
	problem?: { message: string; hint: string };
}

/** Files Windows, macOS and Office leave in every folder (folder settings, thumbnails, an open document's lock), never content. */
const SYSTEM_FILE = /(?:^|\/)(?:desktop\.ini|thumbs\.db|ehthumbs\.db|~\$[^/]*|[^/]*\.tmp)$/i;

/**
 * Why a file that is not named as an article is not one, with what to do, by what it looks like. An error even for a
 * document: an office that put a notice here meant it to be published, as an article or an attachment.
 */
function notAnArticle(file: string): FolderEntry['problem'] {
	const name = file.slice(file.lastIndexOf('/') + 1);
	if (/\.mdx?\.txt$/i.test(name)) {
		return {
			message: editorMessage({
				zh: '是文字檔案（.txt），不是文章：Windows 隱藏了它真正的副檔名',
				en: 'is a text file (.txt), not an article: Windows hid its real extension',
			}),
			hint: editorMessage(
				{
					zh: '改名為 {name}：在檔案總管的「檢視」勾選「副檔名」，就會看到結尾的 .txt',
					en: 'rename it to {name}: tick "File name extensions" under View in File Explorer to see the .txt at the end',
				},
				{ name: name.replace(/\.txt$/i, '').replace(/\.MD(X?)$/i, (_m, x: string) => `.md${x.toLowerCase()}`) },
			),
		};
	}
	if (/\.mdx?$/i.test(name)) {
		return {
			message: editorMessage({ zh: '不是文章：副檔名要寫成小寫的 .md 或 .mdx', en: 'is not an article: the extension must be a lowercase .md or .mdx' }),
			hint: editorMessage({ zh: '改名為 {name}', en: 'rename it to {name}' }, { name: name.replace(/\.mdx?$/i, (ext) => ext.toLowerCase()) }),
		};
	}
	if (isAttachmentName(name) && !/\.(?:jpe?g|png)$/i.test(name)) {
		return {
			message: editorMessage({
				zh: '不是文章，也沒有文章把它當附件連結，所以不會發佈',
				en: 'is not an article, and no article links to it as an attachment, so it would not be published',
			}),
			hint: editorMessage({
				zh: '要當附件發佈，就把它放在文章旁邊的 files/ 資料夾，並在文章裡寫 [通知原文（PDF）](./files/檔名.pdf)；要發佈它的內容，就把文字貼到 .md 文章裡（npm run new）',
				en: 'to publish it as an attachment, put it in a files/ folder next to the article and link it, [通知原文（PDF）](./files/name.pdf); to publish its text, paste it into a .md article (npm run new)',
			}),
		};
	}
	return {
		message: editorMessage({ zh: '不是文章：文章檔名以 .md 或 .mdx（小寫）結尾', en: 'is not an article: article files end in .md or .mdx (lowercase)' }),
		hint: editorMessage({
			zh: '改名為 .md，或把圖片移到文章旁邊的 images/ 資料夾',
			en: 'rename it to .md, or move pictures into an images/ folder next to the article',
		}),
	};
}

/**
 * What a file under the articles folder is: an article, or a problem (a link leaving the repository, not a regular
 * file…), or a folder. Told by the entry's type as the folder listed it, so a plain file costs one stat (for its size)
 * rather than three: the build lists the folder several times before it renders (10,000 articles, 30,000 calls).
 */
function classify(dir: string, file: string, type: Dirent, repository: string): FolderEntry & { folder?: boolean } {
	const path = join(dir, file);
	if (type.isDirectory()) {
		return ARTICLE_EXTENSIONS.test(file)
			? {
					file,
					problem: {
						message: editorMessage({ zh: '是名字像文章的資料夾', en: 'is a folder named like an article' }),
						hint: editorMessage({ zh: '把資料夾改名', en: 'rename the folder' }),
					},
				}
			: { file, folder: true };
	}
	if (type.isFile()) return ARTICLE_EXTENSIONS.test(file) ? { file, problem: sizeProblem(statSync(path).size) } : { file, problem: notAnArticle(file) };
	if (type.isSymbolicLink()) {
		let target: string;
		try {
			target = realpathSync(path);
		} catch {
			return {
				file,
				problem: {
					message: editorMessage({ zh: '是指向不存在檔案的連結', en: 'is a link to a file that does not exist' }),
					hint: editorMessage({ zh: '刪掉這個連結，或把文章本身放在這裡', en: 'delete the link, or put the article itself here' }),
				},
			};
		}
		if (!target.startsWith(repository + sep)) {
			return {
				file,
				problem: {
					message: editorMessage({ zh: '是指向版本庫外檔案的連結', en: 'is a link to a file outside the repository' }),
					hint: editorMessage({ zh: '把文章本身複製到 content/articles/', en: 'copy the article itself into content/articles/' }),
				},
			};
		}
	}
	const stat = statSync(path);
	if (type.isSymbolicLink() && stat.isDirectory()) {
		return {
			file,
			problem: {
				message: editorMessage({ zh: '是指向資料夾的連結，裡面的文章不會被讀取', en: 'is a link to a folder, whose articles would not be read' }),
				hint: editorMessage({ zh: '文章要放在真正的資料夾裡', en: 'keep articles in real folders' }),
			},
		};
	}
	if (!stat.isFile())
		return {
			file,
			problem: {
				message: editorMessage({ zh: '不是一般檔案', en: 'is not a regular file' }),
				hint: editorMessage({ zh: '換成文章檔案本身', en: 'replace it with the article file itself' }),
			},
		};
	if (!ARTICLE_EXTENSIONS.test(file)) return { file, problem: notAnArticle(file) };
	// Checked before reading, so a huge file is never read into memory.
	return { file, problem: sizeProblem(stat.size) };
}

/**
 * Every entry under a folder as posix paths relative to it, descending into real folders only: Node's recursive
 * readdir follows links to folders, so a link to a parent folder would never end.
 */
function walk(dir: string, prefix = ''): Array<[string, Dirent]> {
	return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry): Array<[string, Dirent]> => {
		const path = `${prefix}${entry.name}`;
		return entry.isDirectory() ? [[path, entry], ...walk(dir, `${path}/`)] : [[path, entry]];
	});
}

/**
 * Every file under the articles folder as sorted posix paths, each with its problem if it cannot be an article.
 * Hidden files, the files Windows and Office leave in folders, and everything inside images/ and files/ folders (pictures
 * and attachments) are left out; folders are listed only when named like articles.
 */
function scanArticlesFolder(dir: string): FolderEntry[] {
	let entries: Array<[string, Dirent]>;
	try {
		entries = walk(dir);
	} catch {
		return [];
	}
	const repository = realpathSync(process.cwd());
	return entries
		.filter(
			([entry]) =>
				!entry.split('/').some((part) => part.startsWith('.')) &&
				!SYSTEM_FILE.test(entry) &&
				!entry
					.split('/')
					.slice(0, -1)
					.some((folder) => folder === 'images' || folder === 'files'),
		)
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([entry, type]) => classify(dir, entry, type, repository))
		.filter((entry) => entry.problem || !entry.folder)
		.map(({ file, problem }) => (problem ? { file, problem } : { file }));
}

/** Article files under a folder that can be read as articles, as sorted posix paths relative to it. */
export function listArticleFiles(dir: string): string[] {
	return scanArticlesFolder(dir)
		.filter((entry) => !entry.problem)
		.map((entry) => entry.file);
}

export interface FolderCheck {
	problems: Problem[];
	files: Map<string, ArticleFileCheck>;
}

/**
 * The published (not draft) articles that passed their check, as duplicateArticles() compares them; one file per id,
 * since two files of one id (x.md, x.mdx) are already an error.
 */
function publishedTexts(dir: string, displayDir: string, files: ReadonlyMap<string, ArticleFileCheck>): ArticleText[] {
	const ids = new Set<string>();
	return [...files].flatMap(([file, check]) => {
		const data = check.data as { title?: string; date?: string; draft?: boolean } | undefined;
		if (!data?.title || !data.date || data.draft === true || check.body === undefined || ids.has(articleId(file))) return [];
		ids.add(articleId(file));
		const frontmatter = articleFrontmatter(join(dir, file));
		return [
			{
				file: `${displayDir}/${file}`,
				title: data.title,
				day: dayOf(data.date),
				body: check.body,
				titleLine: frontmatter?.lineOf('title') ?? 1,
				bodyLine: check.bodyLine ?? 1,
			},
		];
	});
}

/**
 * Every article file's id with the ids it claims to have had, with their lines, for formerIdProblems(): a draft claims
 * none (it publishes no page), but its id is taken all the same, as is that of a file with errors.
 */
function formerIdClaims(dir: string, displayDir: string, files: ReadonlyMap<string, ArticleFileCheck>): FormerIdClaim[] {
	return [...files].map(([file, check]) => {
		const data = check.data as { draft?: boolean; formerIds?: string[] } | undefined;
		const claimed = data && data.draft !== true ? (data.formerIds ?? []) : [];
		const frontmatter = claimed.length > 0 ? articleFrontmatter(join(dir, file)) : undefined;
		const formerIds = claimed.map((id, index) => ({ id, line: frontmatter?.lineOf(['formerIds', index]) ?? 1 }));
		return { file: `${displayDir}/${file}`, id: articleId(file), formerIds };
	});
}

/** The published (not draft) articles, as lostArticles() compares them with the last build's. */
export function currentArticles({ files }: FolderCheck, dir: string, displayDir = 'content/articles'): CurrentArticle[] {
	return [...files].flatMap(([file, check]) => {
		const data = check.data as { title: string; date: string; summary?: string; draft: boolean; formerIds: string[] } | undefined;
		if (data?.draft) return [];
		// A file with errors still holds its id: its errors are what the check reports of it. It matches no published report.
		if (!data) return [{ file: `${displayDir}/${file}`, id: articleId(file), title: '', day: '', summary: '', formerIds: [], line: 1 }];
		const frontmatter = articleFrontmatter(join(dir, file));
		return [
			{
				file: `${displayDir}/${file}`,
				id: articleId(file),
				title: data.title,
				day: dayOf(data.date),
				summary: data.summary ?? summarize(check.body ?? ''),
				formerIds: data.formerIds,
				line: frontmatter?.lineOf(data.formerIds.length > 0 ? 'formerIds' : 'title') ?? 1,
			},
		];
	});
}

/** Checks every article file in a folder, plus what spans files: two files that would get the same id, or publish the same report. */
export function checkArticlesFolder(dir: string, schema: z.ZodType, displayDir = 'content/articles'): FolderCheck {
	const files = new Map<string, ArticleFileCheck>();
	const problems: Problem[] = [];
	const byId = new Map<string, string>();
	// Files that are not articles, whose problem goes when an article attaches them.
	const scanned = new Set<string>();
	for (const { file, problem } of scanArticlesFolder(dir)) {
		if (problem) {
			problems.push({ file: `${displayDir}/${file}`, severity: 'error', ...problem });
			scanned.add(file);
			continue;
		}
		const path = join(dir, file);
		let bytes: Buffer;
		try {
			bytes = readSource(path);
		} catch (error) {
			problems.push({
				file: `${displayDir}/${file}`,
				severity: 'error',
				message: editorMessage({ zh: '檔案無法讀取（{code}）', en: 'file cannot be read ({code})' }, { code: String((error as NodeJS.ErrnoException).code) }),
				hint: editorMessage({ zh: '檢查檔案的權限', en: 'check its permissions' }),
			});
			continue;
		}
		const check = checkArticleFile(file, bytes, schema, { dir, contentRoot: dirname(dir), displayDir }, () => articleFrontmatter(path));
		files.set(file, check);
		problems.push(...check.problems);
		const id = articleId(file);
		const other = byId.get(id);
		if (other) {
			problems.push({
				file: `${displayDir}/${file}`,
				severity: 'error',
				message: editorMessage({ zh: '文章 id「{id}」與 {other} 相同', en: 'same article id "{id}" as {other}' }, { id, other: `${displayDir}/${other}` }),
				hint: editorMessage({ zh: '兩個檔案只留一個，或把其中一個改名', en: 'keep one of the two files, or rename one' }),
			});
		}
		byId.set(id, file);
	}
	problems.push(...duplicateArticles(publishedTexts(dir, displayDir, files)));
	problems.push(...sharedPictures([...files.values()].flatMap((check) => check.images)));
	problems.push(...formerIdProblems(formerIdClaims(dir, displayDir, files)));
	const ids = new Set(byId.keys());
	const renamed = new Map(
		[...files].flatMap(([file, check]) =>
			((check.data as { formerIds?: string[] } | undefined)?.formerIds ?? []).map((former) => [former, articleId(file)] as const),
		),
	);
	const pages = sitePages(ids);
	for (const [file, check] of files) {
		if (check.body === undefined) continue;
		problems.push(...brokenArticleLinks(check.body, check.bodyLine ?? 1, articleId(file), ids, `${displayDir}/${file}`, renamed));
		if (pages) problems.push(...brokenPageLinks(check.body, check.bodyLine ?? 1, pages, `${displayDir}/${file}`));
	}
	const attached = new Set([...files.values()].flatMap((check) => check.attachments));
	return {
		problems: problems.filter((problem) => !attached.has(problem.file.slice(displayDir.length + 1)) || !scanned.has(problem.file.slice(displayDir.length + 1))),
		files,
	};
}

/**
 * Decodes every image the checked articles show, but those of articles that `decodedBefore` says were decoded before
 * with the same bytes; damaged files become problems naming the article and the line.
 */
export function verifyArticleImages({ files }: FolderCheck, decodedBefore: (file: string) => boolean = () => false): Promise<Problem[]> {
	return verifyImages([...files].flatMap(([file, check]) => (decodedBefore(file) ? [] : check.images)));
}
