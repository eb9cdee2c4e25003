import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { ContentError } from '../content-model/problems.ts';
import { editorMessage } from '../content-model/editor-messages.ts';

// Written by hand rather than with a lock-file package: those judge a lock stale by its age, and a large build runs for
// many minutes, while here the question is only whether the process that wrote the lock is still alive.

interface LockOwner {
	pid: number;
	started: string;
}

/** Whether a process with this id exists (EPERM: it exists but belongs to another user) and has not exited. */
function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
	return !isZombie(pid);
}

/**
 * Whether a process has exited and waits only to be reaped (state Z in Linux's /proc): a killed build's process stays so
 * in a container whose first process does not reap (trial-39), and signal 0 still reaches it.
 */
function isZombie(pid: number): boolean {
	try {
		// The state follows the command's name in parentheses, which may itself hold spaces or parentheses.
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
	} catch {
		return false;
	}
}

function readOwner(lockFile: string): LockOwner | undefined {
	try {
		const owner = JSON.parse(readFileSync(lockFile, 'utf8')) as Partial<LockOwner>;
		return typeof owner.pid === 'number' ? { pid: owner.pid, started: String(owner.started) } : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Takes the lock file for one build folder and returns its release; throws naming the build that holds it. A lock
 * whose process is gone (a killed build) or that cannot be read (a build killed while writing it) is taken over.
 */
export function acquireBuildLock(lockFile: string, folder: string): () => void {
	const me: LockOwner = { pid: process.pid, started: new Date().toISOString() };
	for (let attempt = 0; attempt < 2; attempt++) {
		let fd: number;
		try {
			fd = openSync(lockFile, 'wx');
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			const owner = readOwner(lockFile);
			if (owner && owner.pid !== process.pid && isAlive(owner.pid)) {
				throw new ContentError(
					editorMessage(
						{
							zh: '另一次建置（程序 {pid}，{started} 開始）正在寫入 {folder}；這次建置已經停下，免得兩次的輸出混在一起。',
							en: 'Another build (process {pid}, started {started}) is writing {folder}; this build stopped so the two do not mix their output.',
						},
						{ pid: owner.pid, started: owner.started, folder },
					),
					editorMessage(
						{
							zh: '等那次建置完成，再建置一次。如果沒有別的建置在執行，刪除 {lockFile}。',
							en: 'Wait for that build to finish, then build again. If no build is running, delete {lockFile}.',
						},
						{ lockFile },
					),
				);
			}
			rmSync(lockFile, { force: true });
			continue;
		}
		writeSync(fd, JSON.stringify(me));
		closeSync(fd);
		let released = false;
		const release = () => {
			if (released) return;
			released = true;
			process.off('exit', release);
			if (readOwner(lockFile)?.pid === me.pid) rmSync(lockFile, { force: true });
		};
		// A failed build exits through Astro's error path; the lock goes with the process either way.
		process.on('exit', release);
		return release;
	}
	throw new ContentError(
		editorMessage({ zh: '拿不到建置鎖 {lockFile}。', en: 'Could not take the build lock {lockFile}.' }, { lockFile }),
		editorMessage({ zh: '另一次建置剛好同時開始；再建置一次。', en: 'Another build started at the same moment; build again.' }),
	);
}
