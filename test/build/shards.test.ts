import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeCorpus } from '../../scripts/bench/corpus.ts';
import { siteHashes } from '../../scripts/bench/sharded-build.ts';
import { buildProject, createProject, sampleContentWith, sampleSite, type BuiltSite } from '../../scripts/lib/build-site.ts';

// A site built in three shards (each job the article pages and search bundles of its years, from an empty cache as a
// CI job has) and assembled must be the site a single build makes, byte for byte.
const COUNT = 30;
let root: string;
let whole: Map<string, string>;
let shardBuilds: BuiltSite[];
/** Whether each shard build left a dist/ behind (it must not). */
let shardWroteDist: boolean[];
let assembled: BuiltSite;

const hashes = (site: BuiltSite) => siteHashes(site.dist);

/** Builds in `root` as a fresh CI job would: no cache from an earlier build. */
function cleanBuild(env: Record<string, string> = {}): BuiltSite {
	rmSync(join(root, '.cache'), { recursive: true, force: true });
	return buildProject(root, env);
}

beforeAll(async () => {
	root = createProject(sampleContentWith((content) => rmSync(join(content, 'articles'), { recursive: true })));
	await writeCorpus(join(root, 'content'), { sample: sampleSite, count: COUNT, imageEvery: 20 });
	const single = cleanBuild();
	if (!single.ok) throw new Error(single.output);
	whole = hashes(single);
	renameSync(single.dist, join(root, 'single'));
	shardBuilds = [1, 2, 3].map((number) => cleanBuild({ BULLETIN_PART: `${number}/3` }));
	shardWroteDist = shardBuilds.map((shard) => existsSync(shard.dist));
	assembled = cleanBuild({ BULLETIN_PART: 'assemble' });
}, 600_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a site built in three shards', () => {
	it('builds each shard into its own folder, never into dist/', () => {
		for (const [i, shard] of shardBuilds.entries()) {
			expect(shard.ok, shard.output).toBe(true);
			expect(shard.output).toContain(`第 ${i + 1}/3 片`);
			expect(existsSync(join(root, 'shards', String(i + 1), 'shard.json'))).toBe(true);
		}
		// The single build's output was moved away before the shards ran.
		expect(shardWroteDist).toEqual([false, false, false]);
	});

	it('renders in each shard only the article pages of its years', () => {
		const years = [1, 2, 3].map((n) => JSON.parse(readFileSync(join(root, 'shards', String(n), 'shard.json'), 'utf8')).years as string[]);
		expect(years.flat()).toEqual([...new Set(years.flat())].sort());
		expect(years.flat().length).toBeGreaterThanOrEqual(3);
		let rendered = 0;
		for (const [i, shard] of shardBuilds.entries()) {
			// Pages of an edition; the few pages outside the editions (/, 404, icons) are not taken from a shard.
			const pages = [...shard.output.matchAll(/[├└]─ \/zh-han[st]\/(\S+) \(\+[\d.]+m?s\)/g)].map((m) => m[1]!);
			expect(pages.length).toBeGreaterThan(0);
			for (const page of pages) {
				expect(page, `shard ${i + 1} rendered ${page}`).toMatch(/^articles\/\d{4}\//);
				expect(years[i]).toContain(page.slice('articles/'.length, 'articles/'.length + 4));
			}
			rendered += pages.length;
		}
		// Every article once per edition, across the shards.
		expect(rendered).toBe(COUNT * 2);
	});

	it('assembles into exactly the files of a single build, byte for byte', () => {
		expect(assembled.ok, assembled.output).toBe(true);
		const parts = hashes(assembled);
		expect([...parts.keys()]).toEqual([...whole.keys()]);
		const differing = [...whole].filter(([file, hash]) => parts.get(file) !== hash).map(([file]) => file);
		expect(differing).toEqual([]);
	});

	it('refuses to assemble when a shard is missing, before rendering anything, and leaves dist/ as it was', () => {
		renameSync(join(root, 'shards/2'), join(root, 'shard-2-aside'));
		const before = hashes(assembled);
		const missing = cleanBuild({ BULLETIN_PART: 'assemble' });
		renameSync(join(root, 'shard-2-aside'), join(root, 'shards/2'));
		expect(missing.ok).toBe(false);
		expect(missing.output).toMatch(/分片建置：.*shards\/3\/ 是第 3\/3 片.*應有的第 2\/3 片/);
		// Refused before a page was rendered.
		expect(missing.output).not.toContain('generating static routes');
		expect(hashes(missing)).toEqual(before);
	});

	it('refuses a shard number it cannot read, and more shards than years', () => {
		const unreadable = buildProject(root, { BULLETIN_PART: '4/3' });
		expect(unreadable.ok).toBe(false);
		expect(unreadable.output).toContain('BULLETIN_PART=4/3 看不懂');
		const tooMany = buildProject(root, { BULLETIN_PART: '1/12' });
		expect(tooMany.ok).toBe(false);
		expect(tooMany.output).toMatch(/文章只跨 \d+ 個年份，不能分成 12 片/);
	});
});
