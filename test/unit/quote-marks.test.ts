import { describe, expect, it } from 'vitest';
import { quotesInScript } from '../../src/convert/quote-marks.ts';
import { createConverter } from '../../src/convert/convert.ts';
import { convertHtml } from '../../src/convert/convert-html.ts';
import { queryPhrases } from '../../src/search/words.ts';

// trial-38: a Traditional source's 「3·15」 read as 「」 in the Simplified edition, a Simplified source's “…” as “” in the
// Traditional one. Each region writes its own marks: the mainland “” ‘’, Taiwan and Hong Kong 「」 『』.
const inScript = (text: string, to: 'zh-Hans' | 'zh-Hant') => quotesInScript([{ text }], to)[0];
const converter = (from: 'zh-Hans' | 'zh-Hant', to: 'zh-Hans' | 'zh-Hant', quotes = true) => createConverter({ from, to, variant: 'tw', glossary: [], quotes });

describe("quotation marks in the edition's convention", () => {
	it('writes pairs around Chinese text, nested ones too, in the edition’s marks', () => {
		expect(inScript('紀念「3·15」，他說「要『戴口罩』」', 'zh-Hans')).toBe('紀念“3·15”，他說“要‘戴口罩’”');
		expect(inScript('开展“爱国卫生运动”，他说“要‘戴口罩’”', 'zh-Hant')).toBe('开展「爱国卫生运动」，他说「要『戴口罩』」');
		// A pair nested in a Chinese one follows it even around Latin text, so the nesting stays one style.
		expect(inScript('“请带‘N95’口罩”', 'zh-Hant')).toBe('「请带『N95』口罩」');
	});

	it('leaves pairs around Latin-only text, and marks without a partner, as written', () => {
		expect(inScript('接種“COVID-19”疫苗，don’t', 'zh-Hant')).toBe('接種“COVID-19”疫苗，don’t');
		expect(inScript('他說「沒有關上', 'zh-Hans')).toBe('他說「沒有關上');
		expect(inScript('他說“It’s fine”', 'zh-Hant')).toBe('他說“It’s fine”');
	});

	it('converts them wherever an edition converts text, pairing across markers but leaving a marker as written', () => {
		expect(converter('zh-Hant', 'zh-Hans')('「3·15」消費者權益日：「-{葉其髮}-」與 -{「原樣」}-')).toBe('“3·15”消费者权益日：“葉其髮”与 「原樣」');
		expect(converter('zh-Hans', 'zh-Hant')('市卫健委提醒“少聚集”')).toBe('市衛健委提醒「少聚集」');
		// Within one script too: the edition writes its region's marks whatever the source typed.
		expect(converter('zh-Hant', 'zh-Hant')('提醒“少聚集”')).toBe('提醒「少聚集」');
		expect(converter('zh-Hant', 'zh-Hans', false)('「3·15」')).toBe('「3·15」');
	});

	it('pairs marks across an article’s elements, leaving code as written', () => {
		const html = '<p>紀念「<b>3·15</b>」，<code>「x」</code>執行「<code>npm run check</code>」</p>';
		expect(convertHtml(html, converter('zh-Hant', 'zh-Hans'), undefined, 'zh-Hans')).toBe(
			'<p>纪念“<b>3·15</b>”，<code>「x」</code>执行「<code>npm run check</code>」</p>',
		);
	});

	it('lets search find a quoted phrase typed in either convention', () => {
		expect(queryPhrases('“口罩供應點”', 'zh-Hant')).toEqual(queryPhrases('「口罩供應點」', 'zh-Hant'));
		expect(queryPhrases('‘3·15’', 'zh-Hans')).toEqual(queryPhrases('『3·15』', 'zh-Hans'));
	});
});
