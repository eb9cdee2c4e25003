import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { buildProject, builtSite, createProject, sampleSite, type BuiltSite } from '../../scripts/lib/build-site.ts';

/**
 * The plain sample site, built by the first test file of a project that asks and reused by the next ones (files of a
 * project run one at a time, so no two build it at once). Read it, never change it: `remove` leaves it for the
 * project's teardown (test/setup/shared-builds.ts).
 */
export function sharedSampleBuild(): BuiltSite {
	const folder = inject('sharedBuilds');
	const record = join(folder, 'sample.json');
	if (!existsSync(record)) {
		const site = buildProject(createProject(sampleSite, folder));
		if (!site.ok) throw new Error(site.output);
		writeFileSync(record, JSON.stringify({ root: site.root, output: site.output }));
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
