import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltSite } from '../../scripts/lib/build-site.ts';
import { sharedSampleBuild } from '../helpers/shared-sample-build.ts';
import { editionText, isSimplifiedOnly, isTraditionalOnly } from '../helpers/scripts.ts';
import { filterChunks, indexedContent, pagefindEntries, searchManifest } from '../helpers/pagefind-output.ts';

const articles = [
	'2020/02/08-zhouning-guo-xiwen-inspection',
	'2020/02/08-gutian-liang-weixin-inspection',
	'2020/02/08-fuan-video-conference',
	'2020/02/08-fuan-mask-production',
	'2020/02/08-zherong-frontline-visit',
	'2020/02/08-xiapu-sansha-donations',
];

let site: BuiltSite;
let pages: string[];

beforeAll(async () => {
	site = await sharedSampleBuild();
	pages = site.files().filter((f) => f.endsWith('.html'));
});

describe('the sample site', () => {
	it('has every article in both editions', () => {
		for (const edition of ['zh-hant', 'zh-hans']) {
			for (const id of articles) expect(pages).toContain(`${edition}/articles/${id}/index.html`);
		}
		expect(pages.filter((p) => p.includes('/articles/'))).toHaveLength(12);
	});

	it('shows title, date, county, topics, credits and body on an article page', () => {
		const html = site.read('zh-hant/articles/2020/02/08-zhouning-guo-xiwen-inspection/index.html');
		expect(html).toContain('<html lang="zh-Hant-TW">');
		expect(html).toMatch(/<h1[^>]*>郭錫文:「我們多一分擔當,老百姓就少一份風險」<\/h1>/);
		expect(html).toMatch(/<time datetime="2020-02-08T12:00:00\+08:00" data-day="2020-02-08"[^>]*>2020年2月8日 星期六<\/time>/);
		expect(html).toMatch(/<a href="\/zh-hant\/counties\/zhouning\/"[^>]*>周寧縣<\/a>/);
		expect(html).toMatch(/<a href="\/zh-hant\/topics\/inspections\/"[^>]*>檢查指導<\/a>/);
		expect(html).toContain('來源：閩東日報 · 文：陳莉莉 · 圖：鄭霄');
		expect(html).toContain('<a href="/zh-hant/series/ningde-counties-in-action/">共同戰「疫」,寧德市縣區在行動</a>');
		expect(html).toContain('同時,要統籌做好重點工業企業');
	});

	it('lists the right articles on county, topic and series pages', () => {
		const linksOn = (page: string) => [...site.read(page).matchAll(/href="\/zh-hans\/articles\/([^"]+)\/"/g)].map((m) => m[1]).sort();
		expect(linksOn('zh-hans/counties/fuan/index.html')).toEqual(['2020/02/08-fuan-mask-production', '2020/02/08-fuan-video-conference']);
		expect(linksOn('zh-hans/counties/pingnan/index.html')).toEqual([]);
		expect(linksOn('zh-hans/topics/donations/index.html')).toEqual(['2020/02/08-xiapu-sansha-donations']);
		expect(linksOn('zh-hans/topics/inspections/index.html')).toEqual([
			'2020/02/08-gutian-liang-weixin-inspection',
			'2020/02/08-zherong-frontline-visit',
			'2020/02/08-zhouning-guo-xiwen-inspection',
		]);
		expect(linksOn('zh-hans/series/ningde-counties-in-action/index.html')).toEqual([...articles].sort());
		expect(site.read('zh-hans/counties/pingnan/index.html')).toContain('暂无快讯');
	});

	it("advertises a county's own feed in its head, and the edition's feed elsewhere", () => {
		const advertised = (page: string) => [...site.read(page).matchAll(/<link rel="alternate" type="application\/rss\+xml"[^>]*>/g)].map((m) => m[0]);
		for (const edition of ['zh-hant', 'zh-hans']) {
			const county = advertised(`${edition}/counties/fuan/index.html`);
			expect(county).toHaveLength(1);
			expect(county[0]).toContain(`href="/${edition}/counties/fuan/rss.xml"`);
			expect(county[0]).toContain(edition === 'zh-hant' ? 'title="訂閱福安市的快訊"' : 'title="订阅福安市的快讯"');
			expect(advertised(`${edition}/topics/donations/index.html`)[0]).toContain(`href="/${edition}/rss.xml"`);
			expect(advertised(`${edition}/index.html`)[0]).toContain(`href="/${edition}/rss.xml"`);
		}
	});

	it('has county pages for all eleven jurisdictions and the 404 page', () => {
		expect(pages.filter((p) => p.startsWith('zh-hant/counties/') && p !== 'zh-hant/counties/index.html')).toHaveLength(11);
		expect(pages).toContain('404.html');
		expect(pages).toContain('index.html');
	});

	it('prints no undefined, [object Object] or NaN anywhere', () => {
		for (const page of pages) expect(site.read(page), page).not.toMatch(/undefined|\[object Object\]|\bNaN\b/);
	});

	it('ships no comment of the templates: they are for developers, in English', () => {
		for (const page of pages) expect(site.read(page), page).not.toContain('<!--');
	});

	it('writes each edition entirely in its own script', () => {
		for (const page of pages.filter((p) => p.startsWith('zh-'))) {
			const hans = page.startsWith('zh-hans/');
			const text = editionText(site.read(page), hans ? 'zh-Hant' : 'zh-Hans');
			const wrong = [...new Set([...text].filter(hans ? isTraditionalOnly : isSimplifiedOnly))];
			expect(wrong, `${page} has ${hans ? 'Traditional' : 'Simplified'}-only characters`).toEqual([]);
		}
	});

	it('publishes the seed misspelling 葉其髮 nowhere, and the name right in both editions', () => {
		for (const page of pages) expect(site.read(page)).not.toContain('葉其髮');
		expect(site.read('zh-hant/articles/2020/02/08-fuan-video-conference/index.html')).toContain('葉其發指出');
		expect(site.read('zh-hans/articles/2020/02/08-fuan-video-conference/index.html')).toContain('叶其发指出');
	});

	it('links every page to the same page in the other edition, and that page exists', () => {
		for (const page of pages.filter((p) => p.startsWith('zh-'))) {
			const html = site.read(page);
			const hans = page.startsWith('zh-hans/');
			const other = hans ? 'zh-Hant' : 'zh-Hans';
			const alternate = new RegExp(`<link rel="alternate" hreflang="${other}" href="https://example.gov.cn/([^"]*)"`).exec(html)?.[1];
			expect(alternate, page).toBe(page.replace(/^zh-han[st]/, hans ? 'zh-hant' : 'zh-hans').replace(/index\.html$/, ''));
			expect(existsSync(join(site.dist, alternate!, 'index.html')), alternate).toBe(true);
			// The sample's Traditional edition follows Taiwan's standard (traditionalVariant: tw), and says so.
			expect(html).toContain(`<html lang="${hans ? 'zh-Hans' : 'zh-Hant-TW'}">`);
			expect(html).toMatch(/<link rel="canonical" href="https:\/\/example\.gov\.cn\/zh-han[st]\//);
		}
	});
});

describe('the search index of the sample site', () => {
	it.each(['zh-hant', 'zh-hans'])('has one search bundle for %s, its year, holding its six articles', (edition) => {
		expect(searchManifest(site.dist, edition)).toEqual({
			bundles: [{ name: '2020', from: '2020-01-01', to: '2020-12-31', pages: 6, key: expect.any(String) }],
		});
		expect(pagefindEntries(site.dist, edition).map((entry) => entry.languages)).toEqual([{ und: expect.objectContaining({ page_count: 6 }) }]);
		expect([...indexedContent(site.dist, edition).keys()].sort()).toEqual(articles.map((id) => `/${edition}/articles/${id}/`).sort());
	});

	it('marks the article pages, and no listing page, for indexing', () => {
		const marked = pages.filter((p) => site.read(p).includes('data-pagefind-body'));
		expect(marked.sort()).toEqual(articles.flatMap((id) => [`zh-hans/articles/${id}/index.html`, `zh-hant/articles/${id}/index.html`]).sort());
	});

	it.each([
		['zh-hant', ['福安市', '柘榮縣', '周寧縣'], ['醫療物資', '捐贈'], '柘荣县'],
		['zh-hans', ['福安市', '柘荣县', '周宁县'], ['医疗物资', '捐赠'], '柘榮縣'],
	])('filters %s by county, topic and year with names in its own script', (language, counties, topics, otherScript) => {
		const chunks = filterChunks(site.dist, language);
		const find = (key: string) => chunks.find((chunk) => chunk.includes(key)) ?? '';
		for (const county of counties) expect(find('county')).toContain(county);
		for (const topic of topics) expect(find('topic')).toContain(topic);
		expect(find('year')).toContain('2020');
		expect(chunks.join('')).not.toContain(otherScript);
	});

	it('writes the query map for each edition and drops the unused UI bundles', () => {
		const hant = JSON.parse(site.read('zh-hant/pagefind/query-map.json'));
		const hans = JSON.parse(site.read('zh-hans/pagefind/query-map.json'));
		expect(hant.chars['叶']).toBe('葉');
		expect(hans.chars['葉']).toBe('叶');
		expect(site.files().filter((f) => f.includes('pagefind/pagefind-') && f.endsWith('ui.js'))).toEqual([]);
	});

	it('explains on the search page that search needs JavaScript, with links to browse instead', () => {
		const html = site.read('zh-hans/search/index.html');
		expect(html).toMatch(/<noscript>[\s\S]*搜索功能需要启用 JavaScript[\s\S]*href="\/zh-hans\/counties\/"[\s\S]*<\/noscript>/);
	});
});
