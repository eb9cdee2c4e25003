import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
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
	// An old copy whose removal in the background stopped before its end (its process is gone).
	for (const name of readdirSync(dirname(target))) {
		const pid = name.startsWith(`${basename(previous)}-`) ? Number(name.slice(basename(previous).length + 1)) : NaN;
		if (Number.isInteger(pid) && !isRunning(pid)) rmSync(join(dirname(target), name), { recursive: true, force: true });
	}
}

/**
 * The folder that holds the last published site, for a tool that only reads it (`npm run check`): `target`, or the
 * copy a build killed between the two renames of its swap left aside, which the next build puts back.
 */
export function publishedSite(target: string): string {
	const { previous } = publishPaths(target);
	return !existsSync(target) && existsSync(previous) ? previous : target;
}

/** Whether a process with this id exists. */
function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

// The remover reads the folder to remove from its input, once the folder is named after the remover's own process:
// recoverInterruptedPublish takes a folder named after a process that is gone for one whose removal stopped, and a
// build is gone within a second, so a folder named after the build made a build started right after (a second urgent
// bulletin) remove the whole old site again itself (1.8 s at 10,000 articles).
const REMOVER = `let path = "";
process.stdin.on("data", (chunk) => (path += chunk));
process.stdin.on("end", () => path && require("node:fs").rmSync(path, { recursive: true, force: true }));`;

/** Removes a folder in a process of its own that outlives this one, naming the folder `…-<that process's id>` first. */
function removeInBackground(folder: string): void {
	const remover = spawn(process.execPath, ['-e', REMOVER], { detached: true, stdio: ['pipe', 'ignore', 'ignore'] });
	if (remover.pid === undefined) {
		rmSync(folder, { recursive: true, force: true });
		return;
	}
	const named = `${folder}-${remover.pid}`;
	renameSync(folder, named);
	remover.stdin?.end(named);
	remover.unref();
}

/**
 * Replaces `target` by the finished `staged` folder. Each rename is atomic; between the two, `target` is absent for
 * the time of one system call (Node has no rename-exchange), and `recoverInterruptedPublish` undoes a kill there.
 * The old copy is removed before returning, or with `removeOld: 'background'` by a process of its own, so that a
 * build ends as soon as its site is live (removing tens of thousands of files took 6.5 s at 3,000 articles).
 */
export function publishStaged(staged: string, target: string, { removeOld = 'now' }: { removeOld?: 'now' | 'background' } = {}): void {
	const { previous } = publishPaths(target);
	rmSync(previous, { recursive: true, force: true });
	if (existsSync(target)) renameSync(target, previous);
	try {
		renameSync(staged, target);
	} catch (error) {
		// The published folder goes back where it was (renaming it away worked, so renaming it back will).
		if (!existsSync(target) && existsSync(previous)) renameSync(previous, target);
		throw error;
	}
	if (removeOld === 'background' && existsSync(previous)) {
		// Renamed away first, so the next build's staging and recovery never meet a folder that is being removed.
		removeInBackground(previous);
	} else rmSync(previous, { recursive: true, force: true });
}
