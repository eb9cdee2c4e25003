import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, sampleContentWith, type BuiltSite } from '../helpers/build-site.ts';

const bad: Record<string, string> = {
	'09-missing-title.md': '---\ndate: 2020-02-09\ncounty: fuan\ntopics: [epidemic-control]\n---\n\n正文。\n',
	'09-empty-title.md': '---\ntitle: ""\ndate: 2020-02-09\ncounty: fuan\ntopics: [epidemic-control]\n---\n\n正文。\n',
	'09-bad-date.md': '---\ntitle: 標題\ndate: 2020-02-30\ncounty: fuan\ntopics: [epidemic-control]\n---\n\n正文。\n',
	'09-unknown-county.md': '---\ntitle: 標題\ndate: 2020-02-09\ncounty: 福安\ntopics: [epidemic-control]\n---\n\n正文。\n',
	'09-unknown-topic.md': '---\ntitle: 標題\ndate: 2020-02-09\ncounty: fuan\ntopics: [masks]\n---\n\n正文。\n',
	'09-typo-field.md': '---\ntitle: 標題\ndate: 2020-02-09\ncounty: fuan\ncountty: fuan\ntopics: [epidemic-control]\n---\n\n正文。\n',
	'09-invalid-yaml.md': '---\ntitle: [標題\ndate: 2020-02-09\n---\n\n正文。\n',
	'09-duplicate.md': '---\ntitle: 標題\ndate: 2020-02-09\ncounty: fuan\ntopics: [epidemic-control]\n---\n\n正文。\n',
	'09-duplicate.mdx': '---\ntitle: 標題\ndate: 2020-02-09\ncounty: fuan\ntopics: [epidemic-control]\n---\n\n正文。\n',
	'09-empty.md': '',
};

let site: BuiltSite;
beforeAll(() => {
	site = buildSite(sampleContentWith((content) => Object.entries(bad).forEach(([name, text]) => writeFileSync(join(content, 'articles/2020/02', name), text))));
});
afterAll(() => site?.remove());

describe('a build with bad articles', () => {
	it('fails and publishes nothing', () => {
		expect(site.ok).toBe(false);
		expect(existsSync(join(site.dist, 'index.html'))).toBe(false);
		expect(site.output).toMatch(/9 problems in articles; nothing was published/);
	});

	it.each([
		['09-missing-title.md:1', 'title: is required'],
		['09-empty-title.md:2', 'title: must not be empty'],
		['09-bad-date.md:3', 'date: "2020-02-30" is not a date; write it as YYYY-MM-DD'],
		['09-unknown-county.md:4', 'county: "福安" is not a county id; did you mean "fuan"? Valid ids (content/counties.yaml): ningde, jiaocheng, fuan'],
		['09-unknown-topic.md:5', 'topics.0: "masks" is not a topic id. Valid ids (content/topics.yaml): epidemic-control'],
		['09-typo-field.md:5', 'unknown field "countty"; did you mean "county"?'],
		['09-invalid-yaml.md:2', 'frontmatter is not valid YAML'],
		['09-duplicate.mdx', 'same article id "2020/02/09-duplicate" as content/articles/2020/02/09-duplicate.md'],
		['09-empty.md', 'file is empty'],
	])('names %s and says what is wrong', (where, message) => {
		expect(site.output).toContain(`content/articles/2020/02/${where}: error: ${message}`);
	});
});
