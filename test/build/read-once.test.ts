import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildEnv, buildProject, createProject, projectRoot, sampleSite } from '../../scripts/lib/build-site.ts';

/** One Node process's reads of content files, as test/helpers/count-reads.mjs wrote them. */
interface ProcessReads {
	argv: string[];
	counts: Record<string, number>;
}

const root = createProject(sampleSite);
const content = realpathSync(join(root, 'content'));
const articles = readdirSync(join(content, 'articles'), { recursive: true, encoding: 'utf8' })
	.filter((file) => /\.mdx?$/.test(file))
	.map((file) => join(content, 'articles', file));
const dataFiles = ['site.yaml', 'counties.yaml', 'topics.yaml', 'series.yaml', 'glossary.yaml', 'alerts.yaml'].map((file) => join(content, file));

/** The environment that loads the counting hook into every Node process started with it. */
function counting(out: string): Record<string, string> {
	return {
		NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${join(projectRoot, 'test/helpers/count-reads.mjs')}`.trim(),
		COUNT_READS_DIR: content,
		COUNT_READS_OUT: out,
	};
}

const readsOf = (out: string): ProcessReads[] =>
	readFileSync(out, 'utf8')
		.trim()
		.split('\n')
		.map((line) => JSON.parse(line) as ProcessReads);
const total = (reads: ProcessReads[], file: string) => reads.reduce((sum, { counts }) => sum + (counts[file] ?? 0), 0);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('each source is read once', () => {
	it('a build opens each article file once and each data file once per process', () => {
		const out = join(root, 'build-reads.jsonl');
		const site = buildProject(root, counting(out));
		expect(site.ok, site.output).toBe(true);
		const reads = readsOf(out);
		expect(articles.length).toBeGreaterThan(0);
		for (const article of articles) expect(total(reads, article), article).toBe(1);
		for (const file of dataFiles) {
			expect(total(reads, file), file).toBeGreaterThan(0);
			for (const { argv, counts } of reads) expect(counts[file] ?? 0, `${file} in ${argv.join(' ')}`).toBeLessThanOrEqual(1);
		}
	});

	it('npm run check opens each article file and each data file once', () => {
		const out = join(root, 'check-reads.jsonl');
		const check = spawnSync(process.execPath, ['scripts/check.ts'], { cwd: root, encoding: 'utf8', env: { ...buildEnv(), NO_COLOR: '1', ...counting(out) } });
		expect(check.status, `${check.stdout}${check.stderr}`).toBe(0);
		const reads = readsOf(out);
		for (const file of [...articles, ...dataFiles]) expect(total(reads, file), file).toBe(1);
	});
});
