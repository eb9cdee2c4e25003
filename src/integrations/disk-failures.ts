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
