import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import type { z } from 'astro/zod';
import { checkArticleFile, sizeProblem, type ArticleFileCheck } from './article-file.ts';
import { verifyImages } from './images.ts';
import { brokenArticleLinks } from './links.ts';
import type { Problem } from './problems.ts';

export const ARTICLE_EXTENSIONS = /\.mdx?$/;

/** The article id of a file path relative to `content/articles/`: the path without extension, so URLs are stable and ASCII. */
export function articleId(file: string): string {
	return file.replace(ARTICLE_EXTENSIONS, '');
}

/** A file under the articles folder, and why it cannot be an article when it cannot. */
interface FolderEntry {
	file: string;
	problem?: { message: string; hint: string };
}

const NOT_AN_ARTICLE = {
	message: 'is not an article: article files end in .md or .mdx (lowercase)',
	hint: 'rename it to .md, or move pictures into an images/ folder next to the article',
};

/** What a file under the articles folder is: an article, or a problem (a link leaving the repository, not a regular file…). */
function classify(dir: string, file: string, repository: string): FolderEntry {
	const path = join(dir, file);
	const link = lstatSync(path);
	if (link.isSymbolicLink()) {
		let target: string;
		try {
			target = realpathSync(path);
		} catch {
			return { file, problem: { message: 'is a link to a file that does not exist', hint: 'delete the link, or put the article itself here' } };
		}
		if (!target.startsWith(repository + sep)) {
			return { file, problem: { message: 'is a link to a file outside the repository', hint: 'copy the article itself into content/articles/' } };
		}
	}
	const stat = statSync(path);
	if (link.isSymbolicLink() && stat.isDirectory()) {
		return { file, problem: { message: 'is a link to a folder, whose articles would not be read', hint: 'keep articles in real folders' } };
	}
	if (stat.isDirectory()) {
		return ARTICLE_EXTENSIONS.test(file) ? { file, problem: { message: 'is a folder named like an article', hint: 'rename the folder' } } : { file };
	}
	if (!stat.isFile()) return { file, problem: { message: 'is not a regular file', hint: 'replace it with the article file itself' } };
	if (!ARTICLE_EXTENSIONS.test(file)) return { file, problem: NOT_AN_ARTICLE };
	// Checked before reading, so a huge file is never read into memory.
	return { file, problem: sizeProblem(stat.size) };
}

/**
 * Every entry under a folder as posix paths relative to it, descending into real folders only: Node's recursive
 * readdir follows links to folders, so a link to a parent folder would never end.
 */
function walk(dir: string, prefix = ''): string[] {
	return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
		const path = `${prefix}${entry.name}`;
		return entry.isDirectory() ? [path, ...walk(dir, `${path}/`)] : [path];
	});
}

/**
 * Every file under the articles folder as sorted posix paths, each with its problem if it cannot be an article.
 * Hidden files and everything inside images/ folders are left out; folders are listed only when named like articles.
 */
function scanArticlesFolder(dir: string): FolderEntry[] {
	let entries: string[];
	try {
		entries = walk(dir);
	} catch {
		return [];
	}
	const repository = realpathSync(process.cwd());
	return entries
		.filter((entry) => !entry.split('/').some((part) => part.startsWith('.')) && !entry.split('/').slice(0, -1).includes('images'))
		.sort()
		.map((entry) => classify(dir, entry, repository))
		.filter((entry) => entry.problem || statSync(join(dir, entry.file)).isFile());
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

/** Checks every article file in a folder, plus what spans files: two files that would get the same id. */
export function checkArticlesFolder(dir: string, schema: z.ZodType, displayDir = 'content/articles'): FolderCheck {
	const files = new Map<string, ArticleFileCheck>();
	const problems: Problem[] = [];
	const byId = new Map<string, string>();
	for (const { file, problem } of scanArticlesFolder(dir)) {
		if (problem) {
			problems.push({ file: `${displayDir}/${file}`, severity: 'error', ...problem });
			continue;
		}
		let bytes: Buffer;
		try {
			bytes = readFileSync(join(dir, file));
		} catch (error) {
			problems.push({
				file: `${displayDir}/${file}`,
				severity: 'error',
				message: `file cannot be read (${(error as NodeJS.ErrnoException).code})`,
				hint: 'check its permissions',
			});
			continue;
		}
		const check = checkArticleFile(file, bytes, schema, { dir, contentRoot: dirname(dir), displayDir });
		files.set(file, check);
		problems.push(...check.problems);
		const id = articleId(file);
		const other = byId.get(id);
		if (other) {
			problems.push({
				file: `${displayDir}/${file}`,
				severity: 'error',
				message: `same article id "${id}" as ${displayDir}/${other}`,
				hint: 'keep one of the two files, or rename one',
			});
		}
		byId.set(id, file);
	}
	const ids = new Set(byId.keys());
	for (const [file, check] of files) {
		if (check.body !== undefined) problems.push(...brokenArticleLinks(check.body, check.bodyLine ?? 1, articleId(file), ids, `${displayDir}/${file}`));
	}
	return { problems, files };
}

/** Decodes every image the checked articles show; damaged files become problems naming the article and the line. */
export function verifyArticleImages({ files }: FolderCheck): Promise<Problem[]> {
	return verifyImages([...files.values()].flatMap((check) => check.images));
}
