import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { buildProject, sampleProjects, type BuiltSite } from '../../scripts/lib/build-site.ts';
import { snapshot } from '../helpers/dist-snapshot.ts';
import { sourceVersion } from '../../src/content-model/source-version.ts';

const projects = sampleProjects();
let cold: Record<string, string>;
let rebuilt: BuiltSite;

const key = (bytes: Buffer) => createHash('sha256').update(bytes).digest('base64url');
const halve = (path: string) => truncateSync(path, Math.floor(readFileSync(path).length / 2));

beforeAll(() => {
	const root = projects.create();
	const first = buildProject(root);
	if (!first.ok) throw new Error(first.output);
	cold = snapshot(first.dist);
	const cache = join(root, '.cache/astro');
	const home = key(readFileSync(join(first.dist, 'zh-hant/index.html')));
	const search = join(cache, 'search-pages');
	const entries = (suffix: string) =>
		readdirSync(search)
			.filter((name) => name.endsWith(`.${suffix}`))
			.sort();
	// As a build killed while writing, a full disk or a bad restore of the CI cache leave them:
	halve(join(cache, `precompressed/${home}.br`));
	writeFileSync(join(cache, `precompressed/${home}.gz`), '');
	// Every search bundle, so both editions index their pages again; one page's word counts, and another page's spaced copy.
	for (const bundle of entries('bundle')) halve(join(search, bundle));
	halve(join(search, entries('words')[0]!));
	halve(join(search, entries('html').at(-1)!));
	halve(join(cache, 'dist/zh-hant/series/ningde-counties-in-action/index.html'));
	// The converted entries articles.json keeps, altered in place and still valid JSON (a wrong date): the seal tells.
	const kept = join(cache, 'kept/articles-zh-hant.json');
	const altered = readFileSync(kept).toString('latin1').replace('"date":"20', '"date":"19');
	expect(altered).not.toBe(readFileSync(kept).toString('latin1'));
	writeFileSync(kept, Buffer.from(altered, 'latin1'));
	// The articles as an older version of the project stored them, before formerIds had a default: its code's version
	// differs, so the store is emptied and the articles stored again instead of reaching the pages without the field.
	const store = join(cache, 'data-store.json');
	const version = sourceVersion(process.cwd(), ['content.config.ts', 'content-model', 'core', 'convert']);
	const older = readFileSync(store, 'utf8')
		.replace(`"${version}"`, '"an older version"')
		.replaceAll(/,"formerIds":\d+/g, '');
	expect(older).toContain('"an older version"');
	expect(older).not.toContain('"formerIds"');
	writeFileSync(store, older);
	// Without the published site, whose unchanged search bundles a build would take instead of the torn cache entries.
	rmSync(first.dist, { recursive: true });
	rebuilt = buildProject(root);
});
afterAll(() => projects.removeAll());

describe('caches that cannot lie', () => {
	it('rebuilds every torn entry and publishes exactly what a cold build publishes', () => {
		expect(rebuilt.ok, rebuilt.output).toBe(true);
		expect(rebuilt.output).toContain('有 1 個快取的頁面上次被截斷了，這次重新產生：zh-hant/series/ningde-counties-in-action/index.html');
		// A torn bundle counts as missing: every bundle of both editions is indexed again, none copied.
		expect(rebuilt.output.match(/重新建立 \d+ 個分冊，0 個沿用/g)).toHaveLength(2);
		expect(snapshot(rebuilt.dist)).toEqual(cold);
	});

	it('publishes compressed copies that decode to their files', () => {
		const copies = rebuilt.files().filter((file) => /\.(br|gz)$/.test(file));
		expect(copies.length).toBeGreaterThan(100);
		for (const copy of copies) {
			const decode = copy.endsWith('.br') ? brotliDecompressSync : gunzipSync;
			expect(decode(readFileSync(join(rebuilt.dist, copy))).equals(readFileSync(join(rebuilt.dist, copy.replace(/\.(br|gz)$/, '')))), copy).toBe(true);
		}
	});
});
