import { describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import { alertVersion, type Alert } from '../../src/content-model/alerts.ts';
import { precachePatterns } from '../../src/integrations/service-worker.ts';
import { newestArticleIds } from '../../src/offline/files.ts';
import { alertShown } from '../../src/browser/alert-display.ts';
import { siteConfig } from '../../src/content-model/config.ts';
import { feedStylesheet } from '../../src/view/feed-stylesheet.ts';
import { webManifest } from '../../src/view/web-manifest.ts';
import { editionByTag, editions, openGraphLocale, pageLanguage } from '../../src/core/editions.ts';
import { label, labelKeys } from '../../src/view/ui.ts';

describe('which alerts show', () => {
	const alert = { id: 'hotline', version: 'v1', start: '2020-02-08', end: '2020-02-10' };
	it.each([
		['before it starts', '2020-02-07', {}, false],
		['on its first day', '2020-02-08', {}, true],
		['on its last day', '2020-02-10', {}, true],
		['after it ends', '2020-02-11', {}, false],
		['once the reader hid it', '2020-02-09', { hotline: 'v1' }, false],
		['when it changed since the reader hid it', '2020-02-09', { hotline: 'v0' }, true],
		['when the reader hid another alert', '2020-02-09', { other: 'v1' }, true],
	])('%s: %s', (_when, day, hidden, shown) => {
		expect(alertShown(alert, day, hidden)).toBe(shown);
	});

	it('shows an alert without an end date until it is removed', () => {
		expect(alertShown({ id: 'a', version: 'v', start: '2020-02-08' }, '2030-01-01', {})).toBe(true);
	});

	it('gives an alert a new version when anything it says or its dates change, and the same version otherwise', () => {
		const base: Alert = { id: 'hotline', level: 'warning', message: '熱線延長服務時間', start: '2020-02-08' };
		expect(alertVersion({ ...base })).toBe(alertVersion(base));
		for (const change of [{ message: '熱線恢復正常' }, { level: 'urgent' as const }, { end: '2020-02-20' }, { link: 'counties/fuan' }]) {
			expect(alertVersion({ ...base, ...change })).not.toBe(alertVersion(base));
		}
	});
});

describe('what the service worker stores before the reader opens it', () => {
	const articles = [
		{ id: '2020/02/08-fuan-a', date: '2020-02-08' },
		{ id: '2020/03/01-gutian-b', date: '2020-03-01' },
		{ id: '2020/02/08-xiapu-c', date: '2020-02-08' },
		{ id: '2019/12/31-old', date: '2019-12-31' },
	];

	it('takes the newest articles by date, newest first, equal dates in a fixed order', () => {
		expect(newestArticleIds(articles, 3)).toEqual(['2020/03/01-gutian-b', '2020/02/08-xiapu-c', '2020/02/08-fuan-a']);
		expect(newestArticleIds(articles, 10)).toHaveLength(4);
	});

	it('lists the shell, the edition’s own pages and of the other editions only their offline pages', () => {
		const patterns = precachePatterns('zh-hans', ['2020/03/01-gutian-b'], ['zh-hant']);
		expect(patterns).toContain('_astro/*.{css,js}');
		expect(patterns).toContain('zh-hans/index.html');
		expect(patterns).toContain('zh-hans/offline/index.html');
		expect(patterns).toContain('zh-hans/offline/search/index.html');
		expect(patterns).toContain('zh-hans/articles/2020/03/01-gutian-b/index.html');
		expect(patterns.filter((p) => p.includes('zh-hant'))).toEqual(['zh-hant/offline/index.html']);
	});
});

describe('the web app manifest', () => {
	it('names and describes the edition in its script and keeps the installed app inside the edition', () => {
		const manifest = webManifest(siteConfig(), editionByTag('zh-Hans')!, '/bulletins/zh-hans/', '/bulletins/');
		expect(manifest).toMatchObject({
			name: '宁德防疫快讯',
			lang: 'zh-Hans',
			start_url: '/bulletins/zh-hans/',
			scope: '/bulletins/zh-hans/',
			display: 'standalone',
		});
		expect((manifest.icons as Array<{ src: string; sizes: string }>).map((i) => `${i.src} ${i.sizes}`)).toEqual([
			'/bulletins/favicon.svg any',
			'/bulletins/icons/192.png 192x192',
			'/bulletins/icons/512.png 512x512',
		]);
	});
});

describe('the feed stylesheet', () => {
	const text = {
		lang: 'zh-Hant-TW',
		notice: '這是訂閱源 <RSS> & 說明',
		what: '說明',
		howHeading: '如何訂閱',
		steps: ['一', '二', '三'] as [string, string, string],
		latest: '最新快訊',
		website: '網站',
		published: '發佈日期',
	};

	it('is well-formed XML whatever the labels contain, and links its stylesheet file', () => {
		const xsl = feedStylesheet(text, '/_astro/feed.css', '/favicon.svg');
		expect(XMLValidator.validate(xsl)).toBe(true);
		expect(xsl).toContain('這是訂閱源 &lt;RSS&gt; &amp; 說明');
		expect(xsl).toContain('<link rel="stylesheet" href="/_astro/feed.css"/>');
		expect(xsl).not.toMatch(/<style|style="/);
	});
});

describe('the language an edition names', () => {
	it('gives og:locale from the script and regional standard, as <html lang>', () => {
		const [hant, hans] = editions as [(typeof editions)[number], (typeof editions)[number]];
		expect([pageLanguage(hant, 'hk'), openGraphLocale(hant, 'hk')]).toEqual(['zh-Hant-HK', 'zh_HK']);
		expect([pageLanguage(hant, 'tw'), openGraphLocale(hant, 'tw')]).toEqual(['zh-Hant-TW', 'zh_TW']);
		expect(openGraphLocale(hans, 'hk')).toBe('zh_CN');
		expect(openGraphLocale({ ...hant, variant: 'hk' }, 'tw')).toBe('zh_HK');
	});
});

describe("the site's own words in a Hong Kong-form edition (trial-42)", () => {
	const [hant, hans] = editions as [(typeof editions)[number], (typeof editions)[number]];
	const hongKong = { ...hant, variant: 'hk' as const };

	it('are written in Hong Kong forms, as text converted from Simplified is, not only without Taiwan forms', () => {
		expect(label('searchNeedsJs', hongKong)).toContain('需要啓用 JavaScript');
		expect(label('feedWhat', hongKong)).toContain('這裏的最新快訊');
		const words = labelKeys.map((key) => label(key, hongKong)).join('');
		expect([...new Set([...words].filter((char) => '啟閱裡著衛'.includes(char)))]).toEqual([]);
		// Hong Kong's words where they differ from Taiwan's (trial-46).
		expect(label('offlineSearchTitle', hongKong)).toBe('搜尋需要網絡連線');
		expect(words).not.toContain('網路');
	});

	it('stay as written in a Taiwan-form edition, and in Simplified', () => {
		expect(label('searchNeedsJs', { ...hant, variant: 'tw' as const })).toContain('需要啟用 JavaScript');
		expect(label('feedWhat', { ...hant, variant: 'tw' as const })).toContain('新聞閱讀器');
		expect(label('offlineSearchTitle', { ...hant, variant: 'tw' as const })).toBe('搜尋需要網路連線');
		expect(label('searchNeedsJs', hans)).toContain('需要启用 JavaScript');
	});
});
