import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeCorpus } from '../../scripts/bench/corpus.ts';
import { buildProject, createProject, projectRoot, sampleContentWith, type BuiltSite } from '../helpers/build-site.ts';
import { filterChunks, pagefindEntry } from '../helpers/pagefind-output.ts';

// Correctness at scale, not speed: 500 generated articles, built cold and then again with warm caches.
const COUNT = 500;
let root: string;
let cold: BuiltSite;
let warm: BuiltSite;
let coldHashes: Map<string, string>;
let perCounty: Map<string, number>;

const hashes = (site: BuiltSite) =>
	new Map(
		site
			.files()
			.filter((f) => !f.endsWith('/') && /\.\w+$/.test(f))
			.map((f) => [
				f,
				createHash('sha256')
					.update(readFileSync(join(site.dist, f)))
					.digest('hex'),
			]),
	);

beforeAll(async () => {
	root = createProject(sampleContentWith((content) => rmSync(join(content, 'articles'), { recursive: true })));
	perCounty = (await writeCorpus(join(root, 'content'), { sample: join(projectRoot, 'content'), count: COUNT, imageEvery: 100 })).counties;
	cold = buildProject(root);
	if (!cold.ok) throw new Error(cold.output);
	coldHashes = hashes(cold);
	warm = buildProject(root);
	if (!warm.ok) throw new Error(warm.output);
}, 600_000);
afterAll(() => cold?.remove());

describe(`a site of ${COUNT} generated articles`, () => {
	it('has every article in both editions and paginated listings', () => {
		const pages = cold.files();
		for (const edition of ['zh-hant', 'zh-hans']) {
			expect(pages.filter((p) => p.startsWith(`${edition}/articles/`) && p.endsWith('index.html'))).toHaveLength(COUNT);
			for (const [county, count] of perCounty) {
				const listing = pages.filter((p) => new RegExp(`^${edition}/counties/${county}/(\\d+/)?index\\.html$`).test(p));
				expect(listing, county).toHaveLength(Math.ceil(count / 20));
			}
		}
	});

	it('indexes all articles in each edition with the county filter counts of the corpus', () => {
		for (const edition of ['zh-hant', 'zh-hans'])
			expect(pagefindEntry(cold.dist, edition).languages).toEqual({ und: expect.objectContaining({ page_count: COUNT }) });
		const counties = filterChunks(cold.dist, 'zh-hant').find((chunk) => chunk.includes('county'))!;
		for (const name of ['福安市', '柘榮縣', '東僑經濟技術開發區']) expect(counties).toContain(name);
		expect(filterChunks(cold.dist, 'zh-hans').find((chunk) => chunk.includes('county'))).toContain('柘荣县');
	});

	it('rebuilds with warm caches to byte-identical output', () => {
		const warmHashes = hashes(warm);
		expect([...warmHashes.keys()].sort()).toEqual([...coldHashes.keys()].sort());
		const changed = [...coldHashes].filter(([file, hash]) => warmHashes.get(file) !== hash).map(([file]) => file);
		expect(changed).toEqual([]);
	});
});
