import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, projectRoot, type BuiltSite } from '../../scripts/lib/build-site.ts';
import { applyAdoptionSteps } from '../helpers/adoption.ts';
import { indexedFragments } from '../helpers/pagefind-output.ts';
import { writtenSpelling } from '../../src/search/spelling.ts';
import { joinWords } from '../../src/search/words.ts';

// What a Hong Kong/Taiwan-forms office found (trial-42), on notices of its kind: the Hong Kong region's data files
// (traditionalVariant: hk) with four bulletins of January 2024 (test/fixtures/notices/): a Hong Kong notice between
// two neighbours whose titles write 衞 and 峯 (and a related bulletin, listed as a card), and a Taiwan district office's
// notice, each notice ending with its sender and date.
let site: BuiltSite;

beforeAll(() => {
	site = buildSite((content) => {
		cpSync(join(projectRoot, 'test/fixtures/sample-site'), content, { recursive: true });
		applyAdoptionSteps(content, join(projectRoot, 'test/fixtures/regions/hong-kong'));
		// The region's own bulletins make way for the notices.
		rmSync(join(content, 'articles'), { recursive: true });
		cpSync(join(projectRoot, 'test/fixtures/notices'), join(content, 'articles'), { recursive: true });
	});
	if (!site.ok) throw new Error(site.output);
});
afterAll(() => site?.remove());

const notice = '2024/01/15-tai-po-flu-vaccine-notice';
const taiwan = '2024/01/18-sha-tin-mosquito-week-notice';
const page = (edition: string, id: string) => site.read(`${edition}/articles/${id}/index.html`);

describe('notices of a Hong Kong-form office', () => {
	it("keeps the article's spelling in its search excerpt whatever its neighbours' titles write", () => {
		// The neighbours' titles are on the page after the indexed article, and a related card's <article> after them.
		expect(page('zh-hant', notice).split('</article>').length).toBeGreaterThan(2);
		expect(page('zh-hant', notice)).toContain('衞生防護中心公佈大埔峯景苑一宗本地登革熱個案');
		expect(page('zh-hant', notice)).toContain('沙田區衞生所病媒蚊孳生源清除週公告');
		const fragment = [...indexedFragments(site.dist, 'zh-hant').values()].find((f) => f.url.includes(notice))!;
		const written = writtenSpelling(joinWords(fragment.content), fragment.meta.spelling);
		for (const words of ['陳嘉峯醫生', '隨着流感高峯期', '翠裏邨']) expect(written).toContain(words);
	});

	it('makes the numbers to call tap-to-call, and not a fax number or a count', () => {
		const hant = page('zh-hant', notice);
		for (const tel of ['tel:26543210', 'tel:1823']) expect(hant).toContain(`href="${tel}"`);
		expect(hant).not.toContain('tel:26543211');
		expect(hant).not.toMatch(/tel:(2023|3120)/);
		for (const tel of ['tel:075526311', 'tel:1922', 'tel:0800000123']) expect(page('zh-hans', taiwan)).toContain(`href="${tel}"`);
	});

	it("prints a notice's sender and date on their own lines at the end, in both editions", () => {
		// The sanitiser writes <br />.
		const closing = (...lines: string[]) => `<p class="closing">${lines.join('<br />\n')}</p></div>`;
		expect(page('zh-hant', notice)).toContain(closing('大埔區健康中心', '二〇二四年一月十五日'));
		expect(page('zh-hans', notice)).toContain(closing('大埔区健康中心', '二〇二四年一月十五日'));
		expect(page('zh-hant', taiwan)).toContain(closing('區長　林文雄', '中華民國113年1月18日'));
		expect(page('zh-hans', taiwan)).toContain(closing('区长　林文雄', '中华民国113年1月18日'));
		// Its items stay on their lines too.
		expect(page('zh-hant', taiwan)).toContain('<br />\n（一）巡：');
	});

	it('takes the summary from the first paragraph that says something, not the label 通告 or 公告', () => {
		const data = JSON.parse(site.read('zh-hant/articles.json')) as { articles: Array<{ id: string; summary: string }> };
		const summary = (id: string) => data.articles.find((article) => article.id === id)?.summary;
		expect(summary(notice)).toMatch(/^大埔區健康中心主任陳嘉峯醫生今日表示，隨着流感高峯期來臨/);
		expect(summary(taiwan)).toMatch(/^主旨：公告本區1月22日至1月28日/);
		const feed = site.read('zh-hans/rss.xml');
		expect(feed).toContain('<description>大埔区健康中心主任');
		expect(feed).not.toMatch(/<description>(通告|公告)<\/description>/);
		expect(site.read('zh-hant/index.html')).not.toMatch(/>\s*(通告|公告)\s*</);
	});

	it("writes the site's own words in Hong Kong forms and names the feeds' language as the pages do", () => {
		const search = site.read('zh-hant/search/index.html');
		expect(search).toContain('搜尋功能需要啓用 JavaScript');
		expect(search).not.toContain('啟');
		expect(site.read('index.html')).toContain('請選擇閲讀版本。');
		expect(site.read('zh-hant/rss.xml')).toContain('<language>zh-Hant-HK</language>');
		expect(site.read('zh-hans/rss.xml')).toContain('<language>zh-Hans</language>');
		expect(site.read('zh-hans/search/index.html')).toContain('搜索功能需要启用 JavaScript');
	});
});
