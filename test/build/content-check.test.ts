import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sampleSite, runScript, sampleProjects } from '../helpers/build-site.ts';
import { badArticles, expectedErrors } from '../fixtures/bad-articles.ts';

const projects = sampleProjects();
const project = projects.create;
afterEach(projects.removeAll);

describe('npm run check', () => {
	it('passes the sample content with no problems', () => {
		const { status, output } = runScript(project(), 'scripts/check.ts');
		expect(status).toBe(0);
		expect(output).toMatch(/checked 6 articles in [\d.]+ s: 0 errors, 0 warnings/);
	});

	it('reports every article the build refuses, one line each, and exits 1', () => {
		const root = project((content) => Object.entries(badArticles).forEach(([name, text]) => writeFileSync(join(content, 'articles/2020/02', name), text)));
		const { status, output } = runScript(root, 'scripts/check.ts');
		expect(status).toBe(1);
		for (const [where, message] of expectedErrors) expect(output).toContain(`content/articles/2020/02/${where}: error: ${message}`);
		expect(output).toMatch(/checked 16 articles in [\d.]+ s: 9 errors, \d+ warnings?/);
	});

	it('warns about the seed misspelling once the glossary no longer covers it', () => {
		const root = project((content) => {
			const glossary = join(content, 'glossary.yaml');
			writeFileSync(glossary, readFileSync(glossary, 'utf8').replace(/.*hant: 葉其發.*\n/, ''));
		});
		const { status, output } = runScript(root, 'scripts/check.ts');
		expect(status).toBe(0);
		expect(output).toContain(
			'content/articles/2020/02/08-fuan-video-conference.md:13: warning: 葉其髮 is written 葉其發 6× elsewhere; both are 叶其发 in Simplified',
		);
	});

	it('reports a broken data file with its line', () => {
		const root = project((content) => writeFileSync(join(content, 'topics.yaml'), `${readFileSync(join(sampleSite, 'topics.yaml'), 'utf8')}- id: masks\n`));
		const { status, output } = runScript(root, 'scripts/check.ts');
		expect(status).toBe(1);
		expect(output).toContain(
			`content/topics.yaml:${readFileSync(join(sampleSite, 'topics.yaml'), 'utf8').split('\n').length}: error: 6.name: is required: the topic name`,
		);
	});
});
