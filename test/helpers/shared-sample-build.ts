import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { buildProject, builtSite, createProject, sampleSite, type BuiltSite } from '../../scripts/lib/build-site.ts';

/** Blocks this test file's thread for `ms` milliseconds (a build in another file is awaited in a synchronous helper). */
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * The plain sample site, built by the first test file of a project that asks and reused by the next ones. Files run two
 * at a time, so the first takes a lock folder (mkdir is atomic) while it builds and the others wait for its record. Read
 * it, never change it: `remove` leaves it for the project's teardown (test/setup/shared-builds.ts).
 */
export function sharedSampleBuild(): BuiltSite {
	const folder = inject('sharedBuilds');
	const record = join(folder, 'sample.json');
	const lock = join(folder, 'sample.lock');
	while (!existsSync(record)) {
		try {
			mkdirSync(lock);
		} catch {
			pause(500);
			continue;
		}
		try {
			if (!existsSync(record)) {
				const site = buildProject(createProject(sampleSite, folder));
				if (!site.ok) throw new Error(site.output);
				writeFileSync(`${record}.part`, JSON.stringify({ root: site.root, output: site.output }));
				renameSync(`${record}.part`, record);
			}
		} finally {
			rmSync(lock, { recursive: true, force: true });
		}
	}
	const { root, output } = JSON.parse(readFileSync(record, 'utf8')) as { root: string; output: string };
	return { ...builtSite(root, true, output), remove: () => {} };
}

/** A new project of the plain sample (made by `create`) whose dist/ holds the sample's published build, as after one `npm run build`. */
export function sampleProjectWithPublishedBuild(create: () => string): string {
	const root = create();
	cpSync(sharedSampleBuild().dist, join(root, 'dist'), { recursive: true });
	return root;
}
