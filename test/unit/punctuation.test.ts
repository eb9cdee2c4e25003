import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullWidthPunctuation } from '../../src/import/punctuation.ts';

describe('half-width punctuation in Chinese text', () => {
	it.each([
		['福安:葉其發調研我市民企民用口罩生產線情況', '福安：葉其發調研我市民企民用口罩生產線情況'],
		['2月8日上午,福安市委書記葉其發到企業調研;他強調:要保障供應!', '2月8日上午，福安市委書記葉其發到企業調研；他強調：要保障供應！'],
		['郭錫文:“我們多一分擔當,老百姓就少一份風險”', '郭錫文：“我們多一分擔當，老百姓就少一份風險”'],
		['這是真的嗎?', '這是真的嗎？'],
		['新冠肺炎 (COVID-19) 疫情', '新冠肺炎（COVID-19）疫情'],
		['三沙(霞浦縣)商會', '三沙（霞浦縣）商會'],
		['福安 : 葉其發', '福安：葉其發'],
	])('widens %s', (text, expected) => {
		expect(fullWidthPunctuation(text)).toBe(expected);
	});

	it.each([
		['截至18:30,共登記1,200輛', '截至18:30，共登記1,200輛'],
		['詳見 https://www.ningde.gov.cn/a,b:c?d=1!x 的通知', '詳見 https://www.ningde.gov.cn/a,b:c?d=1!x 的通知'],
		['英文名稱 Hello, world! 保持原樣', '英文名稱 Hello, world! 保持原樣'],
		['電郵 info@ningde.gov.cn,電話 0593-1234567', '電郵 info@ningde.gov.cn，電話 0593-1234567'],
		['增長3.5%,達到10:1', '增長3.5%，達到10:1'],
	])('leaves numbers, times, Latin words and URLs alone: %s', (text, expected) => {
		expect(fullWidthPunctuation(text)).toBe(expected);
	});

	const han = fc.constantFrom(...'防控疫情口罩企業生產福安霞浦');
	const piece = fc.oneof(
		fc.string({ unit: han, minLength: 1, maxLength: 6 }),
		fc.constantFrom(':', ',', ';', '?', '!', '(', ')', ' ', '18:30', '1,000', 'COVID-19', 'https://a.example/x,y', 'Hello, world'),
	);
	const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));

	it('is idempotent and never touches text without Chinese', () => {
		fc.assert(
			fc.property(text, (t) => {
				const once = fullWidthPunctuation(t);
				expect(fullWidthPunctuation(once)).toBe(once);
			}),
		);
		const latin = fc.string().filter((t) => !/[\u3000-\u9fff\uf900-\uffef“”‘’…—]/.test(t));
		fc.assert(
			fc.property(latin, (t) => {
				expect(fullWidthPunctuation(t)).toBe(t);
			}),
		);
	});

	it('keeps every character other than the marks it widens and the spaces next to them', () => {
		fc.assert(
			fc.property(text, (t) => {
				const strip = (s: string) => s.replace(/[:,;?!()：，；？！（）\s]/g, '');
				expect(strip(fullWidthPunctuation(t))).toBe(strip(t));
				for (const kept of ['18:30', '1,000', 'https://a.example/x,y']) if (t.includes(kept)) expect(fullWidthPunctuation(t)).toContain(kept);
			}),
		);
	});
});
