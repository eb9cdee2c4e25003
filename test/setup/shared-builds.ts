import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		/** A folder for builds that test files of every project share (see test/helpers/shared-sample-build.ts). */
		sharedBuilds: string;
	}
}

// One folder for the whole run: each project's setup runs in vitest's own process, and the build and browser projects
// both read the sample's build and the hostile site, so they are built once, not once per project. The last project
// to finish removes it.
const shared = ((globalThis as { __bulletinSharedBuilds?: { folder: string; users: number } }).__bulletinSharedBuilds ??= {
	folder: mkdtempSync(join(tmpdir(), 'bulletin-shared-')),
	users: 0,
});

/** Gives each test project the run's folder for shared builds, and removes it when the last project's tests have run. */
export default function setup(project: TestProject): () => void {
	shared.users++;
	project.provide('sharedBuilds', shared.folder);
	return () => {
		if (--shared.users === 0) rmSync(shared.folder, { recursive: true, force: true });
	};
}
