import { displayPath } from '../content-model/paths.ts';
import { acquireBuildLock } from './build-lock.ts';
import { publishPaths, recoverInterruptedPublish } from './swap.ts';

// Shared by every copy of this module a build loads, as the lock is the process's.
const CLAIMS = Symbol.for('bulletin.publish-folder-claims');
type Slot = { [CLAIMS]?: Map<string, () => void> };

/**
 * Takes the build lock of the folder a build publishes into and puts back the published folder a build killed between
 * the two renames of its swap left aside; once per process and folder, so the first integration that needs the
 * published site (a build of changes reads it at startup) finds it as the whole build would. Returns the lock's release.
 */
export function claimPublishFolder(target: string): () => void {
	const claims = ((globalThis as Slot)[CLAIMS] ??= new Map());
	let release = claims.get(target);
	if (!release) {
		const releaseLock = acquireBuildLock(publishPaths(target).lock, displayPath(target));
		recoverInterruptedPublish(target);
		release = () => {
			claims.delete(target);
			releaseLock();
		};
		claims.set(target, release);
	}
	return release;
}
