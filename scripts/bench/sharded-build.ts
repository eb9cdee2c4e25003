// The same site built in shards as CI jobs would build it: each shard in its own fresh copy of the project (its own
// empty cache), the assembly in another with the shards' output copied into its shards/ folder, then compared file by
// file with the single build's dist/.
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { shardFolder } from '../../src/core/site-parts.ts';
import { createProject } from '../lib/build-site.ts';
import { measure, type MeasuredRun } from './measure-build.ts';

/** Every file of a built site with the hash of its bytes. */
export function siteHashes(dist: string): Map<string, string> {
	return new Map(
		readdirSync(dist, { recursive: true, encoding: 'utf8' })
			.filter((file) => statSync(join(dist, file)).isFile())
			.sort()
			.map((file) => [
				file,
				createHash('sha256')
					.update(readFileSync(join(dist, file)))
					.digest('hex'),
			]),
	);
}

export interface ShardedBuild {
	shards: MeasuredRun[];
	assembly: MeasuredRun;
	/** Files whose bytes differ from the single build, or that only one of the two has (without a single build, undefined). */
	differing?: string[];
}

/** Builds `content` in `count` shards and assembles them (`astro` is Astro's CLI), comparing the result with `single` when given. */
export async function measureShardedBuild(content: string, count: number, astro: string, single?: ReadonlyMap<string, string>): Promise<ShardedBuild> {
	const assemblyRoot = createProject(content);
	const shards: MeasuredRun[] = [];
	for (let number = 1; number <= count; number++) {
		const root = createProject(content);
		const run = await measure(process.execPath, [astro, 'build'], root, { ...process.env, BULLETIN_PART: `${number}/${count}` });
		if (run.status !== 0) throw new Error(`shard ${number}/${count} failed:\n${run.lines.map((l) => l.text).join('\n')}`);
		// What a CI job uploads as its artifact and the assembling job downloads.
		cpSync(join(root, shardFolder(number)), join(assemblyRoot, shardFolder(number)), { recursive: true });
		rmSync(root, { recursive: true, force: true });
		shards.push(run);
	}
	const assembly = await measure(process.execPath, [astro, 'build'], assemblyRoot, { ...process.env, BULLETIN_PART: 'assemble' });
	if (assembly.status !== 0) throw new Error(`the assembly failed:\n${assembly.lines.map((l) => l.text).join('\n')}`);
	const assembled = single && siteHashes(join(assemblyRoot, 'dist'));
	const differing = single && [...new Set([...single.keys(), ...assembled!.keys()])].filter((file) => single.get(file) !== assembled!.get(file)).sort();
	rmSync(assemblyRoot, { recursive: true, force: true });
	return { shards, assembly, differing };
}
