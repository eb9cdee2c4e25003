import { describe, expect, it } from 'vitest';
import { createConverter } from '../../src/convert/convert.ts';
import { convertHtml } from '../../src/convert/convert-html.ts';
import type { GlossaryPair } from '../../src/convert/glossary.ts';
import { scanPage } from '../../src/publish/page-scan.ts';

// Whatever the glossary file rules allow, what conversion puts into a page is text: these pairs bypass those rules.
const hostile: GlossaryPair[] = [
	{ hant: ['<img src=x onerror=alert(1)>'], hans: '叶其发' },
	{ hant: ['<script>alert(2)</script>'], hans: '<script>' },
];
const toHans = createConverter({ from: 'zh-Hant', to: 'zh-Hans', variant: 'tw', glossary: hostile });
const toHant = createConverter({ from: 'zh-Hans', to: 'zh-Hant', variant: 'tw', glossary: hostile });
const hantToHant = createConverter({ from: 'zh-Hant', to: 'zh-Hant', variant: 'tw', glossary: hostile });

describe('conversion output in HTML', () => {
	it('inserts glossary values as text, never as markup', () => {
		const html = convertHtml('<p>書記葉其發到企業</p>', hantToHant);
		expect(html).toBe('<p>書記&lt;img src=x onerror=alert(1)&gt;到企業</p>');
		expect(convertHtml('<p>书记叶其发到企业</p>', toHant)).toBe(html);
		expect(scanPage(html, '/_astro/').executable).toEqual([]);
	});

	it('matches glossary terms written as entities in the page, and still escapes what they become', () => {
		expect(convertHtml('<p>&lt;script&gt;开始</p>', toHant)).toBe('<p>&lt;script&gt;alert(2)&lt;/script&gt;開始</p>');
	});

	it('inserts the text of -{…}- markers as text', () => {
		expect(convertHtml('<p>-{&lt;img src=x onerror=alert(1)&gt;}-後</p>', toHans)).toBe('<p>&lt;img src=x onerror=alert(1)&gt;后</p>');
		expect(convertHtml('<p>通知-{zh-hans:&lt;b onclick=alert(1)&gt;;zh-hant:&lt;i&gt;}-</p>', toHant)).toBe('<p>通知&lt;i&gt;</p>');
	});

	it('keeps "&" inside a -{…}- pair and the text after it', () => {
		const html = '<p>由-{zh-hans:A&amp;B公司;zh-hant:A&amp;B公司}-供應口罩</p>';
		expect(convertHtml(html, toHans)).toBe('<p>由A&amp;B公司供应口罩</p>');
		expect(convertHtml(html, toHant)).toBe('<p>由A&amp;B公司供應口罩</p>');
	});

	it('escapes converted alt and title text inside the attribute', () => {
		const html = convertHtml('<img alt="葉其發" src="a.jpg"><a title="葉其發&quot;" href="/">葉</a>', hantToHant);
		expect(html).toBe('<img alt="<img src=x onerror=alert(1)>" src="a.jpg"><a title="<img src=x onerror=alert(1)>&quot;" href="/">葉</a>');
		expect(scanPage(html, '/_astro/').executable).toEqual([]);
	});
});
