import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, projectRoot, sampleContentWith, type BuiltSite } from '../../scripts/lib/build-site.ts';
import { isSimplifiedOnly, isTraditionalOnly } from '../helpers/scripts.ts';

let site: BuiltSite;

beforeAll(() => {
	site = buildSite(
		sampleContentWith((content) => cpSync(join(projectRoot, 'test/fixtures/extra-articles'), join(content, 'articles/2020/02'), { recursive: true })),
	);
	if (!site.ok) throw new Error(site.output);
});
afterAll(() => site?.remove());

const page = (edition: string, id: string) => site.read(`${edition}/articles/2020/02/${id}/index.html`);

describe('a fixture site with a Simplified source, markup, code, a draft and MDX', () => {
	it('builds a Simplified-source article into a Traditional edition', () => {
		const hant = page('zh-hant', '09-fuan-simplified-source');
		expect(hant).toMatch(/<h1[^>]*>福安市發佈口罩供應信息<\/h1>/);
		expect(hant).toContain('福安市委書記葉其發通報口罩供應情況');
		expect(page('zh-hans', '09-fuan-simplified-source')).toContain('福安市委书记叶其发通报口罩供应情况');
	});

	it('keeps -{…}- text as marked and drops the markers', () => {
		const hant = page('zh-hant', '09-fuan-simplified-source');
		const hans = page('zh-hans', '09-fuan-simplified-source');
		expect(hant).toContain('記者范小明報道');
		expect(hant).toContain('文：范小明');
		expect(hant).toContain('使用軟體登記');
		expect(hans).toContain('使用软件登记');
		for (const html of [hant, hans]) expect(html).not.toMatch(/-\{|\}-/);
	});

	it('points links between articles at the same edition', () => {
		expect(page('zh-hant', '09-fuan-simplified-source')).toContain('<a href="/zh-hant/articles/2020/02/08-fuan-mask-production/#top">口罩生產線</a>');
		expect(page('zh-hans', '09-fuan-simplified-source')).toContain('<a href="/zh-hans/articles/2020/02/08-fuan-mask-production/#top">口罩生产线</a>');
	});

	it('leaves URLs and code exactly as written', () => {
		const hant = page('zh-hant', '09-fuan-simplified-source');
		expect(hant).toContain('https://example.gov.cn/fuan/口罩/');
		expect(hant).toContain('<code>头发 = "髮"</code>');
		expect(hant).toContain('print("发")');
	});

	it('shows corrections and the updated date', () => {
		const hant = page('zh-hant', '09-fuan-simplified-source');
		expect(hant).toMatch(/<time datetime="2020-02-10"[^>]*>2020年2月10日<\/time>/);
		expect(hant).toMatch(/<h2 id="corrections-heading">更正<\/h2>[\s\S]*更正口罩數量/);
	});

	it('carries the updated date into the feed and the sitemap', () => {
		const feed = site.read('zh-hant/counties/fuan/rss.xml');
		const item = feed.slice(feed.indexOf('09-fuan-simplified-source'));
		expect(item.slice(0, item.indexOf('</item>'))).toContain('<atom:updated>2020-02-10T12:00:00+08:00</atom:updated>');
		expect(site.read('sitemap-0.xml')).toContain(
			'<loc>https://example.gov.cn/zh-hans/articles/2020/02/09-fuan-simplified-source/</loc><lastmod>2020-02-10T00:00:00.000Z</lastmod>',
		);
	});

	it('renders MDX articles in both editions', () => {
		expect(page('zh-hant', '11-shouning-mdx-notice')).toContain('壽寧縣今日起開放 12 家藥店供應口罩');
		expect(page('zh-hans', '11-shouning-mdx-notice')).toContain('寿宁县今日起开放 12 家药店供应口罩');
	});

	it('leaves drafts out of a production build', () => {
		expect(site.files().filter((f) => f.includes('draft'))).toEqual([]);
		expect(site.read('zh-hant/counties/zherong/index.html')).not.toContain('草稿');
	});

	it('orders listings newest first', () => {
		const home = site.read('zh-hant/index.html');
		expect(home.indexOf('11-shouning-mdx-notice')).toBeLessThan(home.indexOf('09-fuan-simplified-source'));
		expect(home.indexOf('09-fuan-simplified-source')).toBeLessThan(home.indexOf('08-fuan-mask-production'));
	});

	it('uses script checks that can fail', () => {
		expect(['發', '葉', '後', '髮'].every(isTraditionalOnly)).toBe(true);
		expect(['发', '们', '县', '宁'].every(isSimplifiedOnly)).toBe(true);
		expect(['后', '里', '只', '干', '著', '台', '福'].some((c) => isSimplifiedOnly(c) || isTraditionalOnly(c))).toBe(false);
	});
});
