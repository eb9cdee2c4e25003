import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		/** A folder for builds that several test files of one project share (see test/helpers/shared-sample-build.ts). */
		sharedBuilds: string;
	}
}

/** Gives each test project a folder for shared builds, and removes it when the project's tests have run. */
export default function setup(project: TestProject): () => void {
	const folder = mkdtempSync(join(tmpdir(), `bulletin-shared-${project.name}-`));
	project.provide('sharedBuilds', folder);
	return () => rmSync(folder, { recursive: true, force: true });
}
