import type { AstroIntegration } from 'astro';
import { diskProblem } from '../content-model/disk-errors.ts';
import { editorMessage } from '../content-model/editor-messages.ts';
import { ContentError } from '../content-model/problems.ts';
import { buildSitePart, shardFolder } from '../core/site-parts.ts';

/** The folder a build publishes into, as the operator knows it. */
function publishedFolder(): string {
	const part = buildSitePart();
	return part.kind === 'shard' ? shardFolder(part.number) : 'dist';
}

/**
 * The error a build stops with when writing failed for want of space or permission: what happened, that the published
 * folder was left as it was (the site is written beside it and swapped in only whole), and what to do; no stack trace.
 * Any other error is returned as it was.
 */
export function diskFailureInWords(error: unknown): unknown {
	const problem = diskProblem(error);
	if (!problem) return error;
	const path = (error as NodeJS.ErrnoException).path;
	return new ContentError(
		editorMessage(
			{
				zh: '建置沒有完成：{reason}{at}；{folder}/ 保持原樣，沒有發佈任何東西',
				en: 'the build did not finish: {reason}{at}; {folder}/ was left as it was, nothing was published',
			},
			{
				reason: problem.reason,
				at: path ? editorMessage({ zh: '（寫入 {path} 時）', en: ' (writing {path})' }, { path }) : '',
				folder: publishedFolder(),
			},
		),
		problem.fix,
	);
}

/**
 * A failed write as the message of Node (`ENOSPC: no space left on device`) or of the system under Rust, which rolldown
 * is written in (`No space left on device (os error 28)`), by the code diskProblem() knows it by.
 */
const SYSTEM_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
	[/no space left on device|\(os error 28\)/i, 'ENOSPC'],
	[/disk quota exceeded|\(os error 122\)/i, 'EDQUOT'],
	[/file too large|\(os error 27\)/i, 'EFBIG'],
	[/read-only file system|\(os error 30\)/i, 'EROFS'],
	// Node's form only (`EACCES: permission denied, open …`): the message of diskFailureInWords names the code too.
	[/\bEACCES:|permission denied \(os error 13\)/i, 'EACCES'],
	[/\bEPERM:|operation not permitted \(os error 1\)/i, 'EPERM'],
];

/**
 * The line in words that goes before an error Astro or rolldown print themselves (in English, with a stack) when the
 * build stopped for want of space or permission: the cause, that the published folder is as it was, and what to do.
 * Undefined for any other message, and for one already in words (diskFailureInWords gives no system message).
 */
export function diskFailureLead(text: string): string | undefined {
	const code = SYSTEM_WORDS.find(([words]) => words.test(text))?.[1];
	const problem = code === undefined ? undefined : diskProblem(Object.assign(new Error(text), { code }));
	if (!problem) return undefined;
	return editorMessage(
		{
			zh: '建置沒有完成：{reason}；{folder}/ 保持原樣，沒有發佈任何東西。{fix}。下面是原來的訊息：',
			en: 'the build did not finish: {reason}; {folder}/ was left as it was, nothing was published. {fix}. The original message follows:',
		},
		{ reason: problem.reason, folder: publishedFolder(), fix: problem.fix },
	);
}

let leading = false;

/**
 * Makes the error a failed build ends with start with diskFailureLead()'s line. Astro prints a failure of its own or of
 * rolldown (a page or a chunk it could not write) with console.error just before it exits, and no hook of an
 * integration is called then, so the line is added there, once a process; the original message follows unchanged.
 */
export function leadDiskFailuresInWords(): void {
	if (leading) return;
	leading = true;
	const print = console.error;
	console.error = (...args: unknown[]) => {
		const lead = diskFailureLead(args.map((arg) => (arg instanceof Error ? `${arg.message}\n${arg.stack ?? ''}` : String(arg))).join(' '));
		if (lead !== undefined) print(lead);
		print(...args);
	};
}

/** An integration whose hooks stop the build in words, through diskFailureInWords, when writing fails for want of space or permission. */
export function withDiskFailuresInWords(integration: AstroIntegration): AstroIntegration {
	const hooks = Object.fromEntries(
		Object.entries(integration.hooks).map(([name, hook]) => [
			name,
			async (...args: unknown[]) => {
				try {
					return await (hook as (...args: unknown[]) => unknown)(...args);
				} catch (error) {
					throw diskFailureInWords(error);
				}
			},
		]),
	);
	return { ...integration, hooks };
}
