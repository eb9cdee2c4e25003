import { describe, expect, it } from 'vitest';
import { indexedPart, indexedText } from '../../src/integrations/search-page-text.ts';

describe('indexedText (what the search index word list reads from a page)', () => {
	const page = (body: string) =>
		`<!doctype html><html><head><title>標題在頭部</title><script>var head = '頭部腳本';</script></head><body><header>網站名稱</header>${body}<footer>頁尾文字</footer></body></html>`;

	it('reads only the element marked data-pagefind-body, in order', () => {
		const html = page('<main><article data-pagefind-body><h1>福安市口罩生產線</h1><p>企業<strong>加快</strong>復工。</p></article></main>');
		expect(indexedText(html)).toEqual(['福安市口罩生產線', '企業', '加快', '復工。']);
	});

	it('stops where the body element closes: a later article card, nested articles and the footer stay out', () => {
		const html = page(
			'<article data-pagefind-body><p>正文第一段</p><article><p>文內引用</p></article><p>正文最後一段</p></article>' +
				'<aside><article><h2>相關快訊：柘榮縣發放物資</h2></article></aside>',
		);
		expect(indexedText(html)).toEqual(['正文第一段', '文內引用', '正文最後一段']);
	});

	it('leaves out scripts, styles and templates inside the body, and counts void and self-closed elements as no level', () => {
		const html = page(
			'<div data-pagefind-body><p>第一行<br>第二行</p><img src="a.jpg" alt="圖片說明"><svg><path d="M0"/></svg>' +
				'<script>var x = "腳本文字";</script><style>p{}</style><template><p>模板文字</p></template><p>最後</p></div><p>身體之外</p>',
		);
		expect(indexedText(html)).toEqual(['第一行', '第二行', '最後']);
	});

	it('decodes character references as a browser would', () => {
		expect(indexedText(page('<article data-pagefind-body><p>防疫&amp;復工 &lt;通告&gt;</p></article>'))).toEqual(['防疫&復工 <通告>']);
	});

	it('gives nothing for a page without a marked body', () => {
		expect(indexedText(page('<article><p>沒有標記的正文</p></article>'))).toEqual([]);
	});
});

describe('indexedPart (what decides that a page is indexed again)', () => {
	const article = (body: string, after: string) =>
		`<html lang="zh-Hant"><body><article data-pagefind-body data-pagefind-sort="date:2022-12-30">${body}</article>${after}</body></html>`;
	const body = '<h1 data-pagefind-meta="title:口罩">口罩</h1><p>正文</p>';
	// Related articles are cards of their own <article> elements after the indexed one.
	const related = '<section data-pagefind-ignore><article class="card"><a href="/zh-hant/articles/2022/12/31-urgent/">緊急通告</a></article></section>';

	it('does not change with the links to other articles after the indexed element', () => {
		const withNewer = article(body, `<nav><a href="/zh-hant/articles/2022/12/31-urgent/">較新</a></nav>${related}`);
		expect(indexedPart(withNewer)).toBe(indexedPart(article(body, '<nav></nav>')));
	});

	it('changes with the indexed text, and with filters, meta or pictures outside it, which Pagefind still reads', () => {
		expect(indexedPart(article(body, ''))).not.toBe(indexedPart(article('<h1 data-pagefind-meta="title:口罩">口罩</h1><p>更正</p>', '')));
		for (const outside of ['<p data-pagefind-filter="county:福安市">福安市</p>', '<img src="/a.jpg" alt="">']) {
			expect(indexedPart(article(body, outside))).not.toBe(indexedPart(article(body, '')));
		}
	});
});
