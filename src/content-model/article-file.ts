import type { z } from 'astro/zod';
import { unclosedMarker } from '../editions/markers.ts';
import { hasUnsafeHtml } from '../editions/sanitize.ts';
import { readFrontmatter } from './frontmatter.ts';
import { bodyImages, checkImageReferences, type ImageReference } from './images.ts';
import { oldSiteMarkup } from './old-site-markup.ts';
import type { Problem } from './problems.ts';
import { titleSlug } from './slug.ts';
import { dayOf, today } from '../site/dates.ts';
import { xmlInvalidCharacter, xmlInvalidValue } from '../site/xml-chars.ts';

export interface ArticleFileCheck {
	problems: Problem[];
	/** The validated frontmatter, when there were no errors. */
	data?: Record<string, unknown>;
	body?: string;
	/** Line in the file where the body starts. */
	bodyLine?: number;
	/** The decoded file text, when it was UTF-8. */
	source?: string;
	/** Images the article shows that exist on disk, to be decoded by verifyImages(). */
	images: Array<{ path: string; file: string; line: number }>;
}

/** Where the article files are, for resolving and displaying paths. */
export interface ArticleLocation {
	/** Absolute path of content/articles/. */
	dir: string;
	/** Absolute path of content/, which images must not leave. */
	contentRoot: string;
	/** How the folder is named in messages. */
	displayDir: string;
}

/** The largest article file: a bulletin is a few kB of text; anything near this is a paste or export accident. */
const MAX_ARTICLE_BYTES = 512 * 1024;
/** Why a file of this many bytes cannot be an article, if it cannot. */
export function sizeProblem(bytes: number): { message: string; hint: string } | undefined {
	if (bytes <= MAX_ARTICLE_BYTES) return undefined;
	return {
		message: `file is ${Math.ceil(bytes / 1024)} kB; an article may be at most ${MAX_ARTICLE_BYTES / 1024} kB`,
		hint: 'check that nothing was pasted twice or embedded; put pictures in the images/ folder, not in the text',
	};
}
/** The largest frontmatter block, which also bounds the time YAML takes on a hostile one (deep nesting). */
const MAX_FRONTMATTER_BYTES = 16 * 1024;
/** Where an article's path says it was published: content/articles/YYYY/MM/DD-words.md. */
const DATED_PATH = /^(\d{4})\/(\d{2})\/(\d{2})-[^/]+$/;

const ASCII_PATH = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*\.mdx?$/;
const FORMAT_HINT = 'an article starts with "---", YAML fields title, date, county and topics, then "---" and the text; see README "Writing an article"';

/** Every problem of one article file that can be found from the file alone: encoding, name, frontmatter, schema, body. */
export function checkArticleFile(file: string, bytes: Uint8Array, schema: z.ZodType, location: ArticleLocation): ArticleFileCheck {
	const path = `${location.displayDir}/${file}`;
	const problems: Problem[] = [];
	const error = (message: string, hint?: string, line?: number) => problems.push({ file: path, line, severity: 'error', message, hint });

	if (!ASCII_PATH.test(file)) {
		const name = file.split('/').pop()!;
		const suggestion = `${file.slice(0, file.length - name.length)}${titleSlug(name.replace(/\.mdx?$/, ''))}${file.endsWith('.mdx') ? '.mdx' : '.md'}`;
		error('file name must be lowercase ASCII (letters, digits, "-"), because it becomes the article URL', `rename it, e.g. to ${suggestion}`);
	}
	const tooLarge = sizeProblem(bytes.length);
	if (tooLarge) {
		error(tooLarge.message, tooLarge.hint);
		return { problems, images: [] };
	}
	let source: string;
	try {
		source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		error('file is not UTF-8 text', 'save it as UTF-8 (without GBK/Big5 encoding) in your editor');
		return { problems, images: [] };
	}
	if (source.trim() === '') {
		error('file is empty', FORMAT_HINT);
		return { problems, images: [] };
	}
	const invalid = xmlInvalidCharacter(source);
	if (invalid) {
		error(
			`invisible control character ${invalid.code} in the text`,
			'delete it (it usually comes with text pasted from another program); feeds cannot carry it',
			invalid.line,
		);
		return { problems, images: [] };
	}
	if (Buffer.byteLength(/^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '') > MAX_FRONTMATTER_BYTES) {
		error(
			`frontmatter is longer than ${MAX_FRONTMATTER_BYTES / 1024} kB`,
			'the fields between the "---" lines are a few lines; move long text into the body',
			1,
		);
		return { problems, images: [] };
	}
	const frontmatter = readFrontmatter(source);
	if (!frontmatter) {
		error('file has no frontmatter', FORMAT_HINT, 1);
		return { problems, images: [] };
	}
	// A broken frontmatter still leaves the body to check, so every problem of the file shows in one run.
	const [yamlError] = frontmatter.errors;
	const isFieldSet = frontmatter.data !== null && typeof frontmatter.data === 'object' && !Array.isArray(frontmatter.data);
	if (yamlError) {
		// Later YAML errors are usually echoes of the first, so only the first is reported.
		error(
			`frontmatter is not valid YAML: ${yamlError.message}`,
			'check quotes, brackets and colons; quote a value that contains ": " or starts with [ { - {',
			yamlError.line,
		);
	}
	if (!yamlError && !isFieldSet) error('frontmatter must be a set of "field: value" lines', FORMAT_HINT, 2);
	const escaped = isFieldSet ? xmlInvalidValue(frontmatter.data) : undefined;
	if (escaped) {
		error(
			`${escaped.path.join('.')}: control character ${escaped.code} written as an escape`,
			'delete it; feeds cannot carry it',
			frontmatter.lineOf(escaped.path[0]),
		);
	}
	const data = isFieldSet && !escaped ? (frontmatter.data as Record<string, unknown>) : undefined;
	const result = data ? schema.safeParse(data) : undefined;
	if (result && !result.success) {
		for (const issue of result.error.issues) {
			// A field that is missing because another needs it (imageAlt for image) is pointed at the other's line.
			const near = issue.code === 'custom' ? (issue.params?.near as string | undefined) : undefined;
			const at = near ? [near] : issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
			const field = issue.path.join('.');
			error(field ? `${field}: ${issue.message}` : issue.message, undefined, frontmatter.lineOf(at));
		}
	}
	const date = result?.success ? (result.data as { date: string }).date : undefined;
	const day = date === undefined ? undefined : dayOf(date);
	const dated = DATED_PATH.exec(file);
	if (!dated) {
		error(
			'article files live in content/articles/YEAR/MONTH/ and are named DAY-words.md',
			`move it, e.g. to ${day ? `${day.slice(0, 4)}/${day.slice(5, 7)}/${day.slice(8)}-` : 'YYYY/MM/DD-'}${file.split('/').pop()}`,
		);
	} else if (day && `${dated[1]}-${dated[2]}-${dated[3]}` !== day) {
		const name = file
			.split('/')
			.pop()!
			.replace(/^\d{2}-/, '');
		error(
			`the path says ${dated[1]}-${dated[2]}-${dated[3]} but date is ${day}; the path is the published address, so both must agree`,
			`move the file to ${location.displayDir}/${day.slice(0, 4)}/${day.slice(5, 7)}/${day.slice(8)}-${name}, or correct the date`,
			frontmatter.lineOf('date'),
		);
	}
	if (day && day > today()) {
		problems.push({
			file: path,
			line: frontmatter.lineOf('date'),
			severity: 'warning',
			message: `date ${date} is in the future`,
			hint: 'check the year; the article is published with this date as soon as it is merged',
		});
	}
	if (frontmatter.body.trim() === '') error('article has no text after the frontmatter', 'write the report below the closing "---"', frontmatter.bodyLine);
	let inFence = false;
	frontmatter.body.split('\n').forEach((text, index) => {
		if (/^\s*(```|~~~)/.test(text)) inFence = !inFence;
		if (!inFence && file.endsWith('.md') && hasUnsafeHtml(text.replace(/`[^`]*`/g, ''))) {
			problems.push({
				file: path,
				line: frontmatter.bodyLine + index,
				severity: 'warning',
				message: 'pasted HTML with scripts, frames, styles, event handlers or javascript: links is removed when published',
				hint: 'write the text in Markdown; components that need code belong in a trusted .mdx article',
			});
		}
		if (unclosedMarker(text) !== undefined) {
			error(
				'"-{" is not closed by "}-" on this line, so the marker would show on the page',
				'write -{text}- or -{zh-hans:简体;zh-hant:繁體}- on one line',
				frontmatter.bodyLine + index,
			);
		}
	});
	problems.push(...oldSiteMarkup(frontmatter.body, frontmatter.bodyLine, path, file.endsWith('.md')));
	// The lead picture's alt text is the imageAlt field, which the schema requires with a hint naming the field.
	const lead: ImageReference[] = typeof data?.image === 'string' ? [{ src: data.image, alt: null, line: frontmatter.lineOf('image') }] : [];
	const shown = bodyImages(frontmatter.body, frontmatter.bodyLine);
	// A pasted <img> in Markdown is not processed like a Markdown picture (no copy, no sizes); MDX is code and may
	// build its own, which the link check of the built site then covers.
	for (const pasted of shown.filter((image) => image.html && file.endsWith('.md'))) {
		error(
			`pasted <img src="${pasted.src.slice(0, 60)}"> is not published`,
			'write the picture in Markdown, ![description](./images/name.jpg), with the file in the images/ folder next to the article',
			pasted.line,
		);
	}
	const images = checkImageReferences([...lead, ...shown.filter((image) => !image.html)], `${location.dir}/${file}`, location.contentRoot, path);
	problems.push(...images.problems);
	return {
		problems,
		data: result?.success ? (result.data as Record<string, unknown>) : undefined,
		body: frontmatter.body,
		bodyLine: frontmatter.bodyLine,
		source,
		images: images.found.map((image) => ({ ...image, file: path })),
	};
}
