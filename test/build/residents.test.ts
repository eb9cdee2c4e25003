import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildSite, sampleContentWith, type BuiltSite } from '../helpers/build-site.ts';
import { writeGeneratedArticles } from '../helpers/generated-articles.ts';
import { brokenTargets, pageTargets } from '../helpers/link-check.ts';
import { pageWeight } from '../helpers/page-weight.ts';

let site: BuiltSite;
let generated: string[];
const origin = 'https://example.gov.cn';
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

beforeAll(() => {
	site = buildSite(
		sampleContentWith((content) => {
			generated = writeGeneratedArticles(content, 'gutian', 45);
			writeFileSync(
				join(content, 'alerts.yaml'),
				[
					`- { id: current, level: urgent, message: 古田縣今日起實行交通管制, link: counties/gutian, start: ${day(-2)}, end: ${day(5)} }`,
					`- { id: expired, level: warning, message: 已經過期的舊通告, start: 2020-02-01, end: 2020-02-20 }`,
					`- { id: upcoming, level: info, message: 下週開始接種疫苗, start: ${day(7)} }`,
				].join('\n'),
			);
		}),
	);
	if (!site.ok) throw new Error(site.output);
});
afterAll(() => site?.remove());

const pages = () => site.files().filter((f) => f.endsWith('.html'));
const items = (xml: string) => [new XMLParser().parse(xml).rss.channel.item].flat().filter(Boolean);

describe('listings', () => {
	it('paginates a county 20 articles a page with stable URLs and links between pages', () => {
		// 45 generated + 1 sample article in Gutian: pages of 20, 20 and 6.
		const count = (page: string) => (site.read(page).match(/<article class="card">/g) ?? []).length;
		expect(count('zh-hant/counties/gutian/index.html')).toBe(20);
		expect(count('zh-hant/counties/gutian/2/index.html')).toBe(20);
		expect(count('zh-hant/counties/gutian/3/index.html')).toBe(6);
		expect(site.files()).not.toContain('zh-hant/counties/gutian/4/index.html');
		const middle = site.read('zh-hans/counties/gutian/2/index.html');
		expect(middle).toContain('<a href="/zh-hans/counties/gutian/" rel="prev">上一页</a>');
		expect(middle).toContain('<a href="/zh-hans/counties/gutian/3/" rel="next">下一页</a>');
		expect(middle).toContain('第 2 页,共 3 页');
	});

	it('archives by month, newest first', () => {
		const archive = site.read('zh-hant/archive/index.html');
		expect(archive.indexOf('2020年4月')).toBeLessThan(archive.indexOf('2020年3月'));
		expect(archive.indexOf('2020年3月')).toBeLessThan(archive.indexOf('2020年2月'));
		expect(site.read('zh-hant/archive/2020/02/index.html').match(/<article class="card">/g)).toHaveLength(6);
		expect(site.read('zh-hant/archive/2020/03/index.html').match(/<article class="card">/g)).toHaveLength(20);
		expect(site.read('zh-hant/archive/2020/03/2/index.html').match(/<article class="card">/g)).toHaveLength(11);
	});

	it('links each article to the next newer and older one and to related articles', () => {
		const html = site.read(`zh-hant/articles/${generated[10]}/index.html`);
		expect(html).toContain(`<a href="/zh-hant/articles/${generated[11]}/" rel="prev">`);
		expect(html).toContain(`<a href="/zh-hant/articles/${generated[9]}/" rel="next">`);
		const start = html.indexOf('id="related-heading"');
		const related = html.slice(start, html.indexOf('</section>', start));
		// The nearest in time from the same county and topics, besides the newer and older ones linked above.
		const linked = [...related.matchAll(/href="\/zh-hant\/articles\/([^"]+)\/"/g)].map((m) => m[1]);
		expect(linked).toEqual([14, 13, 12, 8, 7].map((i) => generated[i]));
	});
});

describe('feeds and data', () => {
	it('publishes a valid RSS feed per county per edition with that county only, newest first, in the edition script', () => {
		for (const edition of ['zh-hant', 'zh-hans']) {
			const xml = site.read(`${edition}/counties/gutian/rss.xml`);
			expect(XMLValidator.validate(xml)).toBe(true);
			const list = items(xml);
			expect(list).toHaveLength(46);
			expect(list[0].link).toBe(`${origin}/${edition}/articles/${generated[44]}/`);
			expect(list.every((item: { category: string[] }) => item.category.includes(edition === 'zh-hant' ? '古田縣' : '古田县'))).toBe(true);
		}
		expect(items(site.read('zh-hans/counties/fuan/rss.xml')).map((i: { title: string }) => i.title)).toEqual([
			'福安:叶其发调研我市民企民用口罩生产线情况',
			'福安:叶其发主持召开视频会议再次部署疫情防控工作',
		]);
		expect(items(site.read('zh-hant/counties/pingnan/rss.xml'))).toEqual([]);
	});

	it('caps the edition feed at the 50 newest', () => {
		const xml = site.read('zh-hant/rss.xml');
		expect(XMLValidator.validate(xml)).toBe(true);
		expect(items(xml)).toHaveLength(50);
	});

	it('exports every article as JSON in each edition', () => {
		const data = JSON.parse(site.read('zh-hans/articles.json'));
		expect(data.edition).toBe('zh-Hans');
		expect(data.articles).toHaveLength(51);
		expect(data.articles.find((a: { id: string }) => a.id === '2020/02/08-fuan-mask-production')).toEqual({
			id: '2020/02/08-fuan-mask-production',
			title: '福安:叶其发调研我市民企民用口罩生产线情况',
			date: '2020-02-08',
			published: '2020-02-08T12:00:00+08:00',
			updated: null,
			county: { id: 'fuan', name: '福安市' },
			topics: [
				{ id: 'medical-supplies', name: '医疗物资' },
				{ id: 'resumption', name: '复工复产' },
			],
			summary: expect.stringContaining('叶其发'),
			url: `${origin}/zh-hans/articles/2020/02/08-fuan-mask-production/`,
		});
	});

	it('lists both editions with alternates and last changes in the sitemap, and points robots.txt at it', () => {
		const sitemap = site.read('sitemap-0.xml');
		expect(sitemap).toContain(
			`<url><loc>${origin}/zh-hant/articles/2020/02/08-fuan-mask-production/</loc><lastmod>2020-02-08T00:00:00.000Z</lastmod><xhtml:link rel="alternate" hreflang="zh-Hans" href="${origin}/zh-hans/articles/2020/02/08-fuan-mask-production/"/><xhtml:link rel="alternate" hreflang="zh-Hant" href="${origin}/zh-hant/articles/2020/02/08-fuan-mask-production/"/></url>`,
		);
		expect(site.read('robots.txt')).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
	});
});

describe('alerts', () => {
	it('shows a current alert before the heading, drops expired ones, and keeps upcoming ones hidden', () => {
		const home = site.read('zh-hans/index.html');
		expect(home.indexOf('古田县今日起实行交通管制')).toBeLessThan(home.indexOf('<h1'));
		expect(home).toMatch(/<aside class="alert alert-urgent"[^>]*data-alert-start="[\d-]+" data-alert-end="[\d-]+">/);
		expect(home).not.toContain('已经过期');
		expect(home).toMatch(/<aside class="alert alert-info"[^>]*hidden[^>]*>\s*<p>下周开始接种疫苗/);
	});
});

describe('the whole output', () => {
	it('has no internal link or image that points at nothing', () => {
		const broken = pages().flatMap((page) => brokenTargets(site.dist, page, origin).map((target) => `${page} → ${target}`));
		expect(broken).toEqual([]);
	});

	it('names no other origin in any page', () => {
		const foreign = pages().flatMap((page) =>
			pageTargets(site.read(page))
				.filter((t) => /^([a-z]+:)?\/\//i.test(t) && !t.startsWith(origin))
				.map((t) => `${page} → ${t}`),
		);
		expect(foreign).toEqual([]);
	});

	it('keeps an article page under 30 kB compressed (HTML, CSS and JavaScript)', () => {
		const weight = pageWeight(site.dist, 'zh-hant/articles/2020/02/08-fuan-mask-production/index.html');
		expect(weight.total).toBeLessThan(30 * 1024);
		expect(weight.files.some((f) => f.endsWith('.css'))).toBe(true);
	});
});
