import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { describe, expect, it } from 'vitest';
import { isClosing, markClosing } from '../../src/view/closing-lines.ts';
import { remarkCjkLineBreaks } from '../../src/view/cjk-line-breaks.ts';
import { remarkPastedText } from '../../src/view/pasted-text.ts';

// The site's pipeline (astro.config.mjs), without the quotes, then the mark the article body gives its closing.
const render = async (markdown: string) =>
	markClosing((await (await createMarkdownProcessor({ remarkPlugins: [remarkCjkFriendly, remarkPastedText, remarkCjkLineBreaks] })).render(markdown)).code);

// How notices of Taiwan's district offices, Hong Kong's health centres and mainland centres end (trial-42).
describe("a notice's closing lines", () => {
	it.each([
		[
			'a Taiwan district office: the head and a Republic-era date',
			'區長　蘇建明\n中華民國112年3月6日',
			'<p class="closing">區長　蘇建明<br>\n中華民國112年3月6日</p>',
		],
		[
			'a Hong Kong health centre: its name and a date in Chinese numerals',
			'大埔區健康中心\n二〇二四年一月十五日',
			'<p class="closing">大埔區健康中心<br>\n二〇二四年一月十五日</p>',
		],
		['a mainland centre, with a date in digits', '南平市疾病预防控制中心\n2024年3月8日', '<p class="closing">南平市疾病预防控制中心<br>\n2024年3月8日</p>'],
		[
			'a press release: its date and the time',
			'二〇二四年二月二日（星期五）\n香港時間十六時三十分',
			'<p class="closing">二〇二四年二月二日（星期五）<br>\n香港時間十六時三十分</p>',
		],
		['an office, a section and a date', '臺南市衛生局\n疾病管制科\n2024/05/20', '<p class="closing">臺南市衛生局<br>\n疾病管制科<br>\n2024/05/20</p>'],
	])('keeps the lines of %s on their own, marked to print at the right', async (_case, closing, html) => {
		expect(await render(`**公告**\n\n請各里長轉知里民，清除積水容器。\n\n${closing}`)).toBe(
			`<p><strong>公告</strong></p>\n<p>請各里長轉知里民，清除積水容器。</p>\n${html}`,
		);
	});

	it('keeps the closing before the footnotes', async () => {
		const html = await render('依據傳染病防治法辦理[^1]。\n\n[^1]: 第25條。\n\n區長　林文雄\n中華民國113年7月1日');
		expect(html).toContain('<p class="closing">區長　林文雄<br>\n中華民國113年7月1日</p>\n<section data-footnotes');
	});

	it.each([
		['a sentence wrapped before its end', '本中心將於二〇二四年一月十五日\n起為長者接種疫苗。'],
		['lines with no date', '大埔區健康中心\n社區健康處'],
		['a date inside a sentence', '活動日期：\n二〇二四年一月十五日'],
		['a long line', '為減低流感在冬季高峯期引致的嚴重併發症和入院個案，大埔區健康中心現公佈\n二〇二四年一月十五日'],
	])('joins %s as any wrapped paragraph', async (_case, text) => {
		const html = await render(`請市民留意。\n\n${text}`);
		expect(html).not.toContain('class="closing"');
		expect(html).not.toContain('<br>');
	});

	it('joins closing-like lines that do not end the body', async () => {
		const html = await render('大埔區健康中心\n二〇二四年一月十五日\n\n請市民留意。');
		expect(html).toBe('<p>大埔區健康中心二〇二四年一月十五日</p>\n<p>請市民留意。</p>');
	});

	it('reads the lines of the converted HTML the same way in either script', () => {
		expect(isClosing(['区长　苏建明', '中华民国112年3月6日'])).toBe(true);
		expect(markClosing('<p>甲</p><ul><li>区长<br>2024年3月8日</li></ul>')).toBe('<p>甲</p><ul><li>区长<br>2024年3月8日</li></ul>');
		expect(markClosing('<p>卫生局&amp;疾控中心<br>\n2024年3月8日</p>')).toBe('<p class="closing">卫生局&amp;疾控中心<br>\n2024年3月8日</p>');
	});
});
