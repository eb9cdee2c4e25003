import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { checkArticleFile } from '../../src/content-model/article-file.ts';
import { articleSchema } from '../../src/content-model/schema.ts';
import { scanPage } from '../../src/publish/page-scan.ts';
import { EDITOR_FOLDER } from '../../src/content-model/paths.ts';
import { buildProject, sampleProjects } from '../../scripts/lib/build-site.ts';
import { hostileArticle } from '../fixtures/hostile/fragments.ts';

// Random articles built from hostile fragments either fail the content check with every problem naming the file, or
// build into well-formed, script-free pages. The check runs in-process on many; those it accepts are built together.

const schema = articleSchema({ counties: [{ id: 'fuan', names: ['福安市', '福安'] }], topics: [{ id: 'epidemic-control', names: ['疫情防控'] }], series: [] });
// A folder that does not exist: pictures named in random text are never found, and no real content is read.
const contentRoot = join(tmpdir(), 'bulletin-property-content');
const location = { dir: join(contentRoot, 'articles'), contentRoot, displayDir: 'content/articles' };
const check = (text: string, n = 0) => checkArticleFile(`2020/03/05-gen-${n}.md`, new TextEncoder().encode(text), schema, location);
const projects = sampleProjects();
afterAll(() => projects.removeAll());

describe('random hostile articles', () => {
	it('never crash the check, and every problem names the file (and a line, if any, inside it)', () => {
		fc.assert(
			fc.property(hostileArticle, (text) => {
				const lines = text.split('\n').length;
				for (const problem of check(text).problems) {
					expect(problem.file).toBe('content/articles/2020/03/05-gen-0.md');
					expect(problem.message.length).toBeGreaterThan(0);
					if (problem.line !== undefined) expect(problem.line >= 1 && problem.line <= lines, `${problem.line} in ${lines} lines`).toBe(true);
				}
			}),
			{ numRuns: 400 },
		);
	});

	it('that the check accepts build into well-formed pages and feeds without script', () => {
		const seed = Date.now();
		// About one random article in seventy passes the check, so batches are drawn until there are enough to build.
		const accepted: string[] = [];
		for (let batch = 0; batch < 40 && accepted.length < 30; batch++)
			accepted.push(
				...fc.sample(hostileArticle, { numRuns: 400, seed: seed + batch }).filter((text) => !check(text).problems.some((p) => p.severity === 'error')),
			);
		accepted.splice(30);
		expect(accepted.length, `seed ${seed}`).toBeGreaterThan(5);
		const root = projects.create((content) => {
			mkdirSync(join(content, 'articles/2020/03'), { recursive: true });
			accepted.forEach((text, n) => writeFileSync(join(content, `articles/2020/03/05-gen-${n}.md`), text));
		});
		const site = buildProject(root);
		expect(site.ok, `seed ${seed}\n${site.output}`).toBe(true);
		for (const file of site.files()) {
			if (file.endsWith('.html') && !file.startsWith(EDITOR_FOLDER))
				expect(scanPage(site.read(file), '/_astro/').executable, `${file} (seed ${seed})`).toEqual([]);
			if (file.endsWith('.xml')) expect(XMLValidator.validate(site.read(file)), `${file} (seed ${seed})`).toBe(true);
			if (file.endsWith('.json') && !file.includes('pagefind/')) expect(() => JSON.parse(site.read(file)), `${file} (seed ${seed})`).not.toThrow();
		}
		console.log(`property build: ${accepted.length} random hostile articles accepted by the check and built (seed ${seed})`);
	});
});
