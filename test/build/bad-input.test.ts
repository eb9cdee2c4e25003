import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, sampleContentWith, type BuiltSite } from '../../scripts/lib/build-site.ts';
import { badArticles, expectedErrors } from '../fixtures/bad-articles.ts';

let site: BuiltSite;
beforeAll(() => {
	site = buildSite(
		sampleContentWith((content) => Object.entries(badArticles).forEach(([name, text]) => writeFileSync(join(content, 'articles/2020/02', name), text))),
	);
});
afterAll(() => site?.remove());

describe('a build with bad articles', () => {
	it('fails and publishes nothing', () => {
		expect(site.ok).toBe(false);
		expect(existsSync(join(site.dist, 'index.html'))).toBe(false);
		expect(site.output).toMatch(/文章有 9 個問題，什麼都沒有發佈/);
	});

	it.each(expectedErrors)('names %s and says what is wrong', (where, message) => {
		expect(site.output).toContain(`content/articles/2020/02/${where}: 錯誤：${message}`);
	});
});
