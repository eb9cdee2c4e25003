import { describe, expect, it } from 'vitest';
import { curlyQuotes, quotesInScript } from '../../src/convert/quote-marks.ts';
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

	it('writes every mark by its own shape: quotes around Latin text and a quotation over paragraphs too, not an apostrophe', () => {
		expect(inScript('接種“COVID-19”疫苗，don’t', 'zh-Hant')).toBe('接種「COVID-19」疫苗，don’t');
		// A quotation running over paragraphs opens each and closes only the last (trial-41).
		expect(inScript('「春季氣溫變化大，', 'zh-Hans')).toBe('“春季氣溫變化大，');
		expect(inScript('他說“It’s fine”', 'zh-Hant')).toBe('他說「It’s fine」');
	});

	it('writes straight quotes by their side and depth, or leaves them where they do not pair (trial-41)', () => {
		expect(curlyQuotes('"藥箱裡有…還有一本《"村醫"使用手冊》。"')).toBe('“藥箱裡有…還有一本《‘村醫’使用手冊》。”');
		expect(curlyQuotes('他说："请戴口罩。"然后，开展"爱国卫生运动"，清理"卫生死角"。')).toBe('他说：“请戴口罩。”然后，开展“爱国卫生运动”，清理“卫生死角”。');
		expect(curlyQuotes("「我們把'健康處方'送到」，don't")).toBe("「我們把‘健康處方’送到」，don't");
		expect(curlyQuotes('尺寸为 5" 的屏幕')).toBe('尺寸为 5" 的屏幕');
	});

	it('converts them wherever an edition converts text, pairing across markers but leaving a marker as written', () => {
		expect(converter('zh-Hant', 'zh-Hans')('「3·15」消費者權益日：「-{葉其髮}-」與 -{「原樣」}-')).toBe('“3·15”消费者权益日：“葉其髮”与 「原樣」');
		expect(converter('zh-Hans', 'zh-Hant')('市卫健委提醒“少聚集”')).toBe('市衛健委提醒「少聚集」');
		// Within one script too: the edition writes its region's marks whatever the source typed.
		expect(converter('zh-Hant', 'zh-Hant')('提醒“少聚集”')).toBe('提醒「少聚集」');
		expect(converter('zh-Hant', 'zh-Hans', false)('「3·15」')).toBe('「3·15」');
		// A title typed with straight quotes is written as the body is (trial-41).
		expect(converter('zh-Hans', 'zh-Hant')('古田县开展"三下乡"义诊')).toBe('古田縣開展「三下鄉」義診');
	});

	it('writes marks across an article’s elements, those around code too, leaving code itself as written', () => {
		const html = '<p>紀念「<b>3·15</b>」，<code>「x」</code>執行「<code>npm run check</code>」</p>';
		expect(convertHtml(html, converter('zh-Hant', 'zh-Hans'), undefined, 'zh-Hans')).toBe(
			'<p>纪念“<b>3·15</b>”，<code>「x」</code>执行“<code>npm run check</code>”</p>',
		);
	});

	it('lets search find a quoted phrase typed in either convention', () => {
		expect(queryPhrases('“口罩供應點”', 'zh-Hant')).toEqual(queryPhrases('「口罩供應點」', 'zh-Hant'));
		expect(queryPhrases('‘3·15’', 'zh-Hans')).toEqual(queryPhrases('『3·15』', 'zh-Hans'));
	});
});
