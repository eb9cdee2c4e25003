import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, runScript, sampleContentWith, sampleProjects, type BuiltSite } from '../../scripts/lib/build-site.ts';

// fix-35: an office that has just adopted the project and deleted the sample articles and alerts. Git keeps no empty
// folder, so after that commit content/articles/ is missing on the machine that builds.
const withoutArticles = (keepFolder: boolean) => (content: string) => {
	rmSync(join(content, 'articles'), { recursive: true });
	if (keepFolder) mkdirSync(join(content, 'articles'));
	writeFileSync(join(content, 'alerts.yaml'), '[]\n');
};

const NOTE = 'content/articles/ 裡還沒有要發佈的快訊：網站照樣建好兩個版本';

describe('a site with no articles yet', () => {
	const projects = sampleProjects();
	let site: BuiltSite;
	beforeAll(() => {
		site = buildSite(sampleContentWith(withoutArticles(false)));
	});
	afterAll(() => {
		site?.remove();
		projects.removeAll();
	});

	it.each([
		['an empty content/articles/', true],
		['no content/articles/', false],
	])('npm run check passes with %s and says there is nothing to publish yet', (_, keepFolder) => {
		const root = projects.create(withoutArticles(keepFolder));
		const { status, output } = runScript(root, 'scripts/check.ts');
		expect(status).toBe(0);
		expect(output).toContain(NOTE);
	});

	it('builds, saying so first in Chinese, not with Astro’s English warning of an empty collection', () => {
		expect(site.ok).toBe(true);
		expect(site.output).toContain(NOTE);
		expect(site.output).not.toMatch(/does not exist or is empty/);
	});

	it('publishes a home page and a search page in both editions that say there are no bulletins yet, and an empty search', () => {
		for (const [edition, none] of [
			['zh-hant', '暫無快訊。'],
			['zh-hans', '暂无快讯。'],
		]) {
			expect(site.read(`${edition}/index.html`)).toContain(none);
			const search = site.read(`${edition}/search/index.html`);
			expect(search).toContain(none);
			// No config: the page's script fetches no search library that is not there.
			expect(search).not.toContain('search-config');
			expect(JSON.parse(site.read(`${edition}/pagefind/bundles.json`))).toEqual({ bundles: [] });
		}
		expect(site.files()).toContain('index.html');
	});
});
