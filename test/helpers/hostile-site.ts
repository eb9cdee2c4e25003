import { join } from 'node:path';
import { buildProject, type BuiltSite } from '../../scripts/lib/build-site.ts';
import { acceptedInputs, prepareImages } from '../fixtures/hostile/accepted.ts';

/** Builds the project at `root` with every hostile input that is valid content added to it; throws if the build fails. */
export async function buildAcceptedSite(root: string): Promise<BuiltSite> {
	prepareImages(join(root, 'content'));
	for (const input of acceptedInputs) await input.write(join(root, 'content'));
	const site = buildProject(root);
	if (!site.ok) throw new Error(site.output);
	return site;
}
