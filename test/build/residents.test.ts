import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import sharp from 'sharp';
import { buildSite, sampleContentWith, type BuiltSite } from '../../scripts/lib/build-site.ts';
import { writeGeneratedArticles } from '../helpers/generated-articles.ts';
import { brokenTargets, pageTargets } from '../helpers/link-check.ts';
import { pageWeight } from '../../scripts/lib/page-weight.ts';

let site: BuiltSite;
let generated: string[];
const origin = 'https://example.gov.cn';
/** The date an article id starts with: 2020/03/01-… → 2020-03-01. */
const day0 = (id: string) => id.slice(0, 10).replaceAll('/', '-');
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
	it('pages a county in blocks of 20 from its oldest article, the newest ones on its top page, with links between pages', () => {
		// 45 generated + 1 sample article in Gutian: page 1 holds the 20 oldest, the top page the 26 newer ones (block 2 and
		// the 6 after it), so the 47th article changes the top page alone.
		const count = (page: string) => (site.read(page).match(/<article class="card">/g) ?? []).length;
		expect(count('zh-hant/counties/gutian/index.html')).toBe(26);
		expect(count('zh-hant/counties/gutian/1/index.html')).toBe(20);
		expect(site.files()).not.toContain('zh-hant/counties/gutian/2/index.html');
		const top = site.read('zh-hans/counties/gutian/index.html');
		expect(top).not.toContain('rel="prev"');
		expect(top).toContain('<a href="/zh-hans/counties/gutian/1/" rel="next">下一页</a>');
		expect(top.indexOf(`/zh-hans/articles/${generated[44]}/`)).toBeLessThan(top.indexOf(`/zh-hans/articles/${generated[19]}/`));
		// The oldest page says which days it covers (2020-02-08 … 2020-03-19), not "page 1 of 2", which would change with each new page.
		for (const [edition, newer] of [
			['zh-hant', '上一頁'],
			['zh-hans', '上一页'],
		]) {
			const oldest = site.read(`${edition}/counties/gutian/1/index.html`);
			expect(oldest).toContain(`<a href="/${edition}/counties/gutian/" rel="prev">${newer}</a>`);
			expect(oldest).not.toContain('rel="next"');
			expect(oldest).toContain('<span>2020年2月8日至3月19日</span>');
			expect(oldest).toMatch(/<title>[^<]*\(2020年2月8日至3月19日\)/);
			expect(oldest).toContain(`/${edition}/articles/${generated[18]}/`);
			expect(oldest).not.toContain(`/${edition}/articles/${generated[19]}/`);
		}
	});

	it('archives by month, newest first', () => {
		const archive = site.read('zh-hant/archive/index.html');
		expect(archive.indexOf('2020年4月')).toBeLessThan(archive.indexOf('2020年3月'));
		expect(archive.indexOf('2020年3月')).toBeLessThan(archive.indexOf('2020年2月'));
		expect(site.read('zh-hant/archive/2020/02/index.html').match(/<article class="card">/g)).toHaveLength(6);
		// Fewer than 40 articles in a month: all of them on its one page.
		expect(site.read('zh-hant/archive/2020/03/index.html').match(/<article class="card">/g)).toHaveLength(31);
		expect(site.files()).not.toContain('zh-hant/archive/2020/03/1/index.html');
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
			series: { id: 'ningde-counties-in-action', name: '共同战“疫”,宁德市县区在行动' },
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
		expect(home).toMatch(
			/<aside class="alert alert-info"[^>]*hidden[^>]*>\s*<details>\s*<summary>\s*<span class="alert-level">通知<\/span>\s*<span class="alert-text">下周开始接种疫苗/,
		);
	});

	it('offers a hide button on the line of an information alert, and on an urgent one only inside its opened text', () => {
		const home = site.read('zh-hant/index.html');
		const alert = (level: string) => {
			const start = home.indexOf(`<aside class="alert alert-${level}"`);
			return home.slice(start, home.indexOf('</aside>', start));
		};
		expect(alert('urgent')).toMatch(/<\/summary>[\s\S]*data-alert-hide[\s\S]*<\/details>\s*$/);
		expect(alert('urgent')).not.toContain('alert-close');
		expect(alert('info')).toMatch(/<\/details>\s*<button type="button" class="alert-close" data-alert-hide hidden>/);
	});
});

describe('offline reading and installing', () => {
	const precached = (edition: string) => [...site.read(`${edition}/sw.js`).matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!);

	it('stores the shell, the home, offline and offline-search pages and the 30 newest bulletins of each edition, of the other only its offline page', () => {
		for (const edition of ['zh-hant', 'zh-hans']) {
			const urls = precached(edition);
			const articles = urls.filter((url) => url.includes('/articles/'));
			// 45 generated articles, one a day from 2020-03-01, are newer than the six sample ones (2020-02-08).
			expect(articles).toEqual(generated.slice(15).map((id) => `/${edition}/articles/${id}/index.html`));
			for (const page of ['index.html', 'offline/index.html', 'offline/search/index.html', 'manifest.webmanifest'])
				expect(urls).toContain(`/${edition}/${page}`);
			expect(urls).toEqual(expect.arrayContaining(['/favicon.svg', '/icons/192.png', '/icons/512.png']));
			const shell = site.files().filter((file) => /^_astro\/[^/]+\.(css|js)$/.test(file));
			expect(urls).toEqual(expect.arrayContaining(shell.map((file) => `/${file}`)));
			const other = edition === 'zh-hant' ? 'zh-hans' : 'zh-hant';
			// The edition switch, offline, shows the other edition's offline page when that edition has no worker here.
			expect(urls.filter((url) => url.includes('/pagefind/') || url.includes(`/${other}/`))).toEqual([`/${other}/offline/index.html`]);
		}
	});

	it('names each edition’s app in its script from content/site.yaml, with icons of the sizes it lists', async () => {
		const manifest = JSON.parse(site.read('zh-hans/manifest.webmanifest'));
		expect(manifest).toMatchObject({ name: '宁德防疫快讯', description: '宁德市各县区公共卫生与疫情防控新闻', start_url: '/zh-hans/', lang: 'zh-Hans' });
		for (const icon of manifest.icons.filter((i: { type: string }) => i.type === 'image/png')) {
			const { width, height, format } = await sharp(join(site.dist, icon.src)).metadata();
			expect(`${width}x${height} ${format}`).toBe(`${icon.sizes} png`);
		}
		expect(site.read('zh-hant/index.html')).toContain('<link rel="manifest" href="/zh-hant/manifest.webmanifest">');
	});
});

describe('feeds, print and the home page', () => {
	it('gives every feed its edition’s stylesheet, served from the site with its CSS file', () => {
		for (const edition of ['zh-hant', 'zh-hans']) {
			for (const feed of [`${edition}/rss.xml`, `${edition}/counties/gutian/rss.xml`]) {
				expect(site.read(feed)).toContain(`<?xml-stylesheet href="/${edition}/feed.xsl" type="text/xsl"?>`);
				expect(site.read(feed)).toContain(`<atom:link href="${origin}/${feed}" rel="self" type="application/rss+xml"/>`);
			}
			const xsl = site.read(`${edition}/feed.xsl`);
			expect(XMLValidator.validate(xsl)).toBe(true);
			const css = /<link rel="stylesheet" href="\/([^"]+)"/.exec(xsl)![1]!;
			expect(site.files()).toContain(css);
		}
		expect(site.read('zh-hans/feed.xsl')).toContain('如何订阅');
		expect(items(site.read('zh-hant/rss.xml'))[0]['dc:date']).toBe(day0(generated[44]!));
	});

	it('prints an article with the site and the issuer on top and its address as a QR code at the end', () => {
		const html = site.read(`zh-hant/articles/${generated[3]}/index.html`);
		expect(html).toMatch(/<p class="print-masthead">\s*<strong>寧德防疫快訊<\/strong>\s*<span>寧德市衛生健康委員會<\/span>/);
		expect(html).toMatch(/<footer class="print-source"[\s\S]*<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[\s\S]*<\/svg>/);
		expect(html).toContain(`<dd class="print-address">${origin}/zh-hant/articles/${generated[3]}/</dd>`);
	});

	it('lists the latest 20 on the home page and leads on to the date archive', () => {
		const home = site.read('zh-hant/index.html');
		expect(home.match(/<article class="card">/g)).toHaveLength(20);
		expect(home).toContain('<p class="more"><a href="/zh-hant/archive/">更早的快訊：按日期瀏覽全部</a></p>');
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

	it('keeps the article, home, offline and 404 pages under 30 kB compressed (HTML, CSS and JavaScript, not the precache)', () => {
		for (const page of ['zh-hant/articles/2020/02/08-fuan-mask-production/index.html', 'zh-hant/index.html', 'zh-hans/offline/index.html', '404.html']) {
			const weight = pageWeight(site.dist, page);
			expect(weight.total, page).toBeLessThan(30 * 1024);
			expect(weight.files.some((f) => f.endsWith('.css'))).toBe(true);
			expect(weight.files.some((f) => f.endsWith('sw.js'))).toBe(false);
		}
	});
});
