import { AstroError } from 'astro/errors';
import { editorMessage, severityName } from './editor-messages.ts';

/** Something wrong with a content file, located precisely enough for an editor to fix it. */
export interface Problem {
	file: string;
	line?: number;
	severity: 'error' | 'warning';
	message: string;
	hint?: string;
}

/** A problem's message followed by its hint, in the punctuation of the messages' language. */
function withHint(message: string, hint: string | undefined): string {
	return hint ? editorMessage({ zh: '{message}（{hint}）', en: '{message} ({hint})' }, { message, hint }) : message;
}

/**
 * `file:line: 錯誤：message（hint）` (`file:line: error: message (hint)` in English): the one-line form shared by the
 * build, `npm run check` and CI annotations.
 */
export function formatProblem({ file, line, severity, message, hint }: Problem): string {
	const where = `${file}${line ? `:${line}` : ''}`;
	return editorMessage(
		{ zh: '{where}: {severity}：{text}', en: '{where}: {severity}: {text}' },
		{ where, severity: severityName(severity), text: withHint(message, hint) },
	);
}

/** The same problem as a GitHub Actions workflow command, so it shows on the changed line of a pull request. */
export function githubAnnotation({ file, line, severity, message, hint }: Problem): string {
	const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
	const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
	const where = [`file=${escapeProperty(file)}`, line ? `line=${line}` : undefined].filter(Boolean).join(',');
	// The command stays `::error`/`::warning`, which GitHub reads; only the text is the editors' language.
	return `::${severity} ${where}::${escapeData(withHint(message, hint))}`;
}

/**
 * An error about content or its output: the message names the files and lines, so Astro prints it without a stack
 * trace. Astro prints an error's message and hint as Markdown (a link [文字](網址) as "文字 網址"), so a message must not
 * hold the fixes' Markdown examples: the problems themselves are logged line by line (see logProblems) and the error
 * only says how many there were.
 */
export class ContentError extends AstroError {
	constructor(message: string, hint?: string) {
		super(message, hint);
		// Astro prints a stack trace only when there is one; for an editor's mistake it would hide the message.
		this.stack = '';
	}
}

/** Writes each problem on its own line through a logger, as written: the lines an editor copies a fix from. */
export function logProblems(logger: { error(message: string): void }, problems: readonly Problem[]): void {
	for (const problem of problems) logger.error(formatProblem(problem));
}
