import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchablePage } from '../../src/search/searchable-page.ts';
import { GAP, joinWords, queryWords, spaceWords } from '../../src/search/words.ts';

describe('words for search', () => {
	it('spaces Chinese words apart and keeps the whitespace that was in the text as a GAP', () => {
		expect(spaceWords('福安市口罩生產', 'zh-Hant')).toBe('福安 市 口罩 生產');
		expect(spaceWords('N95 口罩', 'zh-Hans')).toBe(`N95 ${GAP} 口罩`);
	});

	it('gives the query the same words as the indexed text, without punctuation or GAPs', () => {
		expect(queryWords(' 福安市口罩生產，', 'zh-Hant')).toBe('福安 市 口罩 生產 ，');
		expect(queryWords('口罩  N95', 'zh-Hans')).toBe('口罩 N95');
		const indexed = spaceWords('今日福安市口罩生產線投產', 'zh-Hant').split(' ');
		for (const word of queryWords('福安市口罩', 'zh-Hant').split(' ')) expect(indexed).toContain(word);
	});

	it('joins an excerpt back into the text as written, <mark> included', () => {
		expect(joinWords(`<mark>口罩</mark> 生產 ${GAP} N95 ${GAP} ${GAP} 企業 。`)).toBe('<mark>口罩</mark>生產 N95 企業。');
	});

	it('joins back exactly what it spaced, with whitespace runs as one space', () => {
		const text = fc.string({ unit: fc.constantFrom(...'福安市口罩生產，。 \nN95abc“”、2月8日'), maxLength: 60 });
		fc.assert(fc.property(text, (t) => joinWords(spaceWords(t, 'zh-Hant')) === t.replace(/\s+/g, ' ').trim()));
	});
});

describe('the page search indexes', () => {
	const page = (body: string) =>
		`<html lang="zh-Hant"><head><title>福安市</title></head><body><nav>首頁</nav><article data-pagefind-body>${body}</article></body></html>`;

	it('spaces the words of the indexed text and meta values only, and leaves other tags and attributes alone', () => {
		const html = searchablePage(page('<h1 data-pagefind-meta="title:福安市口罩">福安市口罩</h1><p>口罩&amp;生產</p>'), 'zh-Hant');
		expect(html).toContain('<h1 data-pagefind-meta="title:福安 市 口罩"> 福安 市 口罩 </h1>');
		expect(html).toContain(`<p> 口罩 &amp; 生產 </p> ${GAP} `);
		expect(html).toContain('<title>福安市</title></head><body><nav>首頁</nav>');
		expect(searchablePage(page('<a data-pagefind-filter="county:柘榮縣" data-pagefind-meta="county:柘榮縣">柘榮縣</a>'), 'zh-Hant')).toContain(
			'<a data-pagefind-filter="county:柘榮縣" data-pagefind-meta="county:柘 榮縣">',
		);
	});

	it('leaves scripts inside the indexed part as they are, and pages without one untouched', () => {
		expect(searchablePage(page('<script>let 口罩="x"</script>'), 'zh-Hant')).toContain('<script>let 口罩="x"</script>');
		const plain = '<html><body><p>福安市</p></body></html>';
		expect(searchablePage(plain, 'zh-Hant')).toBe(plain);
	});
});
