import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { buildProject, builtSite, createProject, sampleSite, type BuiltSite } from '../../scripts/lib/build-site.ts';
import { buildAcceptedSite } from './hostile-site.ts';

/** Waits `ms` milliseconds while another file builds what this one waits for. */
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A site built once per test run by the first test file that asks for it, under `name`, and reused by the others, in
 * every test project (test/setup/shared-builds.ts). Files run two at a time, so the first takes a lock folder (mkdir is
 * atomic) while it builds and the others wait for its record. Read it, never change it: `remove` leaves it for the
 * run's teardown.
 */
async function sharedBuild(name: string, build: (folder: string) => BuiltSite | Promise<BuiltSite>): Promise<BuiltSite> {
	const folder = inject('sharedBuilds');
	const record = join(folder, `${name}.json`);
	const lock = join(folder, `${name}.lock`);
	while (!existsSync(record)) {
		try {
			mkdirSync(lock);
		} catch {
			await pause(500);
			continue;
		}
		try {
			if (!existsSync(record)) {
				const site = await build(folder);
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

/** The plain sample site, built once per test run (sharedBuild). */
export const sharedSampleBuild = (): Promise<BuiltSite> => sharedBuild('sample', (folder) => buildProject(createProject(sampleSite, folder)));

/** The sample site with every hostile input that is valid content added to it (test/helpers/hostile-site.ts), built once per test run. */
export const sharedAcceptedSite = (): Promise<BuiltSite> => sharedBuild('accepted', (folder) => buildAcceptedSite(createProject(sampleSite, folder)));

/** A new project of the plain sample (made by `create`) whose dist/ holds the sample's published build, as after one `npm run build`. */
export async function sampleProjectWithPublishedBuild(create: () => string): Promise<string> {
	const root = create();
	cpSync((await sharedSampleBuild()).dist, join(root, 'dist'), { recursive: true });
	return root;
}
