import { describe, expect, it } from 'vitest';
import { sitemapEntry } from '../../src/view/sitemap-entry.ts';

const lastModified = new Map([['2020/02/08-fuan-masks', '2020-02-09']]);

describe('sitemapEntry', () => {
	it("gives a page its path in every edition as alternates, in @astrojs/sitemap's order, and an article its last change", () => {
		expect(sitemapEntry({ url: 'https://example.gov.cn/zh-hant/articles/2020/02/08-fuan-masks/' }, '/', lastModified)).toEqual({
			url: 'https://example.gov.cn/zh-hant/articles/2020/02/08-fuan-masks/',
			lastmod: '2020-02-09',
			links: [
				{ url: 'https://example.gov.cn/zh-hans/articles/2020/02/08-fuan-masks/', lang: 'zh-Hans' },
				{ url: 'https://example.gov.cn/zh-hant/articles/2020/02/08-fuan-masks/', lang: 'zh-Hant' },
			],
		});
	});

	it('keeps the base path and leaves a page of no edition without alternates', () => {
		const entry = sitemapEntry({ url: 'https://example.gov.cn/ningde/zh-hans/counties/fuan/2/' }, '/ningde/', lastModified);
		expect(entry.links?.map((link) => link.url)).toEqual([
			'https://example.gov.cn/ningde/zh-hans/counties/fuan/2/',
			'https://example.gov.cn/ningde/zh-hant/counties/fuan/2/',
		]);
		expect(entry.lastmod).toBeUndefined();
		expect(sitemapEntry({ url: 'https://example.gov.cn/ningde/' }, '/ningde/', lastModified)).toEqual({ url: 'https://example.gov.cn/ningde/' });
	});
});
