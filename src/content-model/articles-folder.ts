import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { z } from 'astro/zod';
import { checkArticleFile, type ArticleFileCheck } from './article-file.ts';
import { verifyImages } from './images.ts';
import { brokenArticleLinks } from './links.ts';
import type { Problem } from './problems.ts';

export const ARTICLE_EXTENSIONS = /\.mdx?$/;

/** The article id of a file path relative to `content/articles/`: the path without extension, so URLs are stable and ASCII. */
export function articleId(file: string): string {
	return file.replace(ARTICLE_EXTENSIONS, '');
}

/** Article files under a folder, as sorted posix paths relative to it. */
export function listArticleFiles(dir: string): string[] {
	let entries: string[];
	try {
		entries = readdirSync(dir, { recursive: true, encoding: 'utf8' });
	} catch {
		return [];
	}
	return entries
		.map((entry) => entry.split('\\').join('/'))
		.filter((entry) => ARTICLE_EXTENSIONS.test(entry) && statSync(join(dir, entry)).isFile())
		.sort();
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
	for (const file of listArticleFiles(dir)) {
		const check = checkArticleFile(file, readFileSync(join(dir, file)), schema, { dir, contentRoot: dirname(dir), displayDir });
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
