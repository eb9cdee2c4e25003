import type { z } from 'astro/zod';
import { unclosedMarker } from '../editions/markers.ts';
import { readFrontmatter } from './frontmatter.ts';
import type { Problem } from './problems.ts';

export interface ArticleFileCheck {
	problems: Problem[];
	/** The validated frontmatter, when there were no errors. */
	data?: Record<string, unknown>;
	body?: string;
	/** The decoded file text, when it was UTF-8. */
	source?: string;
}

const ASCII_PATH = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*\.mdx?$/;
const FORMAT_HINT = 'an article starts with "---", YAML fields title, date, county and topics, then "---" and the text; see README "Writing an article"';

/** Every problem of one article file that can be found from the file alone: encoding, name, frontmatter, schema, body. */
export function checkArticleFile(file: string, bytes: Uint8Array, schema: z.ZodType, articlesDir = 'content/articles'): ArticleFileCheck {
	const path = `${articlesDir}/${file}`;
	const problems: Problem[] = [];
	const error = (message: string, hint?: string, line?: number) => problems.push({ file: path, line, severity: 'error', message, hint });

	if (!ASCII_PATH.test(file)) {
		error(
			'file name must be lowercase ASCII (letters, digits, "-"), because it becomes the article URL',
			'rename it, e.g. `npm run new` makes a pinyin name such as 08-fuan-kou-zhao.md',
		);
	}
	let source: string;
	try {
		source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		error('file is not UTF-8 text', 'save it as UTF-8 (without GBK/Big5 encoding) in your editor');
		return { problems };
	}
	if (source.trim() === '') {
		error('file is empty', FORMAT_HINT);
		return { problems };
	}
	const frontmatter = readFrontmatter(source);
	if (!frontmatter) {
		error('file has no frontmatter', FORMAT_HINT, 1);
		return { problems };
	}
	const [yamlError] = frontmatter.errors;
	if (yamlError) {
		// Later YAML errors are usually echoes of the first, so only the first is reported.
		error(
			`frontmatter is not valid YAML: ${yamlError.message}`,
			'check quotes, brackets and colons; quote a value that contains ": " or starts with [ { - {',
			yamlError.line,
		);
		return { problems };
	}
	if (frontmatter.data === null || typeof frontmatter.data !== 'object' || Array.isArray(frontmatter.data)) {
		error('frontmatter must be a set of "field: value" lines', FORMAT_HINT, 2);
		return { problems };
	}
	const result = schema.safeParse(frontmatter.data);
	if (!result.success) {
		for (const issue of result.error.issues) {
			const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : issue.path[0];
			const field = issue.path.join('.');
			error(field ? `${field}: ${issue.message}` : issue.message, undefined, frontmatter.lineOf(key as string | undefined));
		}
	}
	if (frontmatter.body.trim() === '') error('article has no text after the frontmatter', 'write the report below the closing "---"', frontmatter.bodyLine);
	frontmatter.body.split('\n').forEach((text, index) => {
		if (unclosedMarker(text) !== undefined) {
			error(
				'"-{" is not closed by "}-" on this line, so the marker would show on the page',
				'write -{text}- or -{zh-hans:简体;zh-hant:繁體}- on one line',
				frontmatter.bodyLine + index,
			);
		}
	});
	return { problems, data: result.success ? (result.data as Record<string, unknown>) : undefined, body: frontmatter.body, source };
}
