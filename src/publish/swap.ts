import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The hidden sibling folders a build of `target` (dist/) uses: where it writes, where the old copy waits, the lock. */
export function publishPaths(target: string): { staging: string; previous: string; lock: string } {
	const sibling = (suffix: string) => join(dirname(target), `.${basename(target)}.${suffix}`);
	return { staging: sibling('staging'), previous: sibling('previous'), lock: sibling('lock') };
}

/**
 * Puts back the published folder if a build was killed between the two renames of `publishStaged` (the only moment
 * when `target` is missing), so no later step mistakes a missing site for an empty one.
 */
export function recoverInterruptedPublish(target: string): void {
	const { previous } = publishPaths(target);
	if (!existsSync(target) && existsSync(previous)) renameSync(previous, target);
	else rmSync(previous, { recursive: true, force: true });
}

/**
 * Replaces `target` by the finished `staged` folder. Each rename is atomic; between the two, `target` is absent for
 * the time of one system call (Node has no rename-exchange), and `recoverInterruptedPublish` undoes a kill there.
 */
export function publishStaged(staged: string, target: string): void {
	const { previous } = publishPaths(target);
	rmSync(previous, { recursive: true, force: true });
	if (existsSync(target)) renameSync(target, previous);
	renameSync(staged, target);
	rmSync(previous, { recursive: true, force: true });
}
