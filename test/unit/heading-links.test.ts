import { describe, expect, it } from 'vitest';
import { convertHtml } from '../../src/convert/convert-html.ts';
import { firstEditionIn } from '../../src/core/editions.ts';
import type { Script } from '../../src/core/scripts.ts';
import { editionConverter } from '../../src/view/edition.ts';
import { fragmentInEdition, headingsInEdition } from '../../src/view/heading-links.ts';

/** An article's sanitised HTML in an edition, as ArticleBody makes it: converted, then its headings' anchors. */
const inEdition = (html: string, from: Script, to: Script) => headingsInEdition(html, convertHtml(html, editionConverter(from, firstEditionIn(to))));
const ids = (html: string) => [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
const targets = (html: string) => [...html.matchAll(/<a href="#([^"]*)"/g)].map((m) => decodeURIComponent(m[1]!));

// trial-45: a Simplified article's heading kept its Simplified anchor in the Traditional edition (#一个人守着一个村).
describe('heading anchors in each edition’s script', () => {
	const simplified = [
		'<p>详见<a href="#%E4%B8%80%E4%B8%AA%E4%BA%BA%E5%AE%88%E7%9D%80%E4%B8%80%E4%B8%AA%E6%9D%91">下文</a>和<a href="#预约结果-1">第二次结果</a>。</p>',
		'<h2 id="一个人守着一个村">一个人守着一个村</h2>',
		'<h3 id="预约结果">预约结果</h3>',
		'<h3 id="预约结果-1">预约结果</h3>',
	].join('');

	it('gives a heading the id its converted text makes, and leads the article’s links to it', () => {
		const hant = inEdition(simplified, 'zh-Hans', 'zh-Hant');
		expect(ids(hant)).toEqual(['一個人守著一個村', '預約結果', '預約結果-1']);
		expect(targets(hant)).toEqual(['一個人守著一個村', '預約結果-1']);
		expect(hant).toContain('<h2 id="一個人守著一個村">一個人守著一個村</h2>');
	});

	it('and the reverse: a Traditional article’s anchors in Simplified', () => {
		const traditional = '<p><a href="#預約結果">見下文</a></p><h2 id="預約結果">預約結果</h2>';
		const hans = inEdition(traditional, 'zh-Hant', 'zh-Hans');
		expect(ids(hans)).toEqual(['预约结果']);
		expect(targets(hans)).toEqual(['预约结果']);
	});

	it('leaves the article in its own script as it was', () => {
		expect(inEdition(simplified, 'zh-Hans', 'zh-Hans')).toBe(convertHtml(simplified, editionConverter('zh-Hans', firstEditionIn('zh-Hans'))));
	});

	it('keeps ids not made from the heading’s text, and footnotes’, as written', () => {
		const html = '<p><a href="#user-content-fn-1" id="user-content-fnref-1">1</a></p><h2 id="footnote-label">注释</h2><h2 id="说明">发热门诊</h2>';
		const hant = inEdition(html, 'zh-Hans', 'zh-Hant');
		expect(ids(hant)).toEqual(['user-content-fnref-1', 'footnote-label', '说明']);
		expect(targets(hant)).toEqual(['user-content-fn-1']);
	});

	// trial-42: a heading titled `below` is published as `user-content-below`; `[見下文](#below)` found no target.
	it('leads a link to a heading the sanitiser renamed for the page’s own id to the heading, written or escaped', () => {
		const html =
			'<p><a href="#below">見下文</a><a href="#%62elow">見下文</a><a href="#main">跳到</a><a href="#%E0">壞</a><a href="#">頂</a></p><h2 id="user-content-below">below</h2><h2 id="預約結果">預約結果</h2>';
		for (const to of ['zh-Hant', 'zh-Hans'] as const) {
			const out = inEdition(html, 'zh-Hant', to);
			expect([...out.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1])).toEqual(['#user-content-below', '#user-content-below', '#main', '#%E0', '#']);
			expect(ids(out)).toEqual(['user-content-below', to === 'zh-Hant' ? '預約結果' : '预约结果']);
		}
	});
});

describe('links to another article’s headings', () => {
	it('name the heading as its page in the edition does', () => {
		const hant = firstEditionIn('zh-Hant');
		const hans = firstEditionIn('zh-Hans');
		expect(decodeURIComponent(fragmentInEdition(`#${encodeURIComponent('预约结果')}`, hant))).toBe('#預約結果');
		expect(decodeURIComponent(fragmentInEdition('#預約結果', hans))).toBe('#预约结果');
		expect(fragmentInEdition('#預約結果', hant)).toBe('#預約結果');
		expect(fragmentInEdition('#user-content-fn-1', hans)).toBe('#user-content-fn-1');
		expect(fragmentInEdition('#', hans)).toBe('#');
	});
});
