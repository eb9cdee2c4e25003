import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { describe, expect, it } from 'vitest';
import { pastedTextProblems } from '../../src/content-model/pasted-text-lint.ts';
import { summarize } from '../../src/content-model/summary.ts';
import { remarkCjkLineBreaks } from '../../src/view/cjk-line-breaks.ts';
import { remarkPastedText } from '../../src/view/pasted-text.ts';

// The site's pipeline (astro.config.mjs), without the quotes.
const render = async (markdown: string) =>
	(await (await createMarkdownProcessor({ remarkPlugins: [remarkCjkFriendly, remarkPastedText, remarkCjkLineBreaks] })).render(markdown)).code;

// Text as a county clerk pastes it from WPS (trial-35).
describe('text pasted from WPS, as published', () => {
	it('leaves out invisible characters and makes no-break spaces ordinary ones', async () => {
		expect(await render('开展爱国卫\u00AD生工作\u200B，补助\uFEFF１５００元。')).toBe('<p>开展爱国卫生工作，补助１５００元。</p>');
		expect(await render('口罩\u00A0N95\u2060型')).toBe('<p>口罩 N95型</p>');
	});

	it('makes WPS line and paragraph marks line breaks', async () => {
		expect(await render('第一行\u2028第二行\u2029第三行')).toBe('<p>第一行<br>\n第二行<br>\n第三行</p>');
	});

	it('indents no paragraph, the first as the others, whether written with ideographic or no-break spaces', async () => {
		const html = await render('　　第一段。\n\n　　第二段。\n\n\u00A0\u00A0第三段**重點**。\n\n## 　　標題');
		expect(html).toBe('<p>第一段。</p>\n<p>第二段。</p>\n<p>第三段<strong>重點</strong>。</p>\n<h2 id="標題">標題</h2>');
	});

	it('keeps numbered lines on lines of their own, and joins wrapped Chinese lines without a space', async () => {
		const html = await render('工作安排如下：\n　　1．持续开展入户随访；\n　　2．做好重点人群健康监测；\n（3）加强宣传。\n全镇共设3\n个点位。');
		expect(html).toBe('<p>工作安排如下：<br>\n1．持续开展入户随访；<br>\n2．做好重点人群健康监测；<br>\n（3）加强宣传。全镇共设3\n个点位。</p>');
	});

	it('keeps the lines of a table pasted as tab-separated lines', async () => {
		const html = await render('乡镇\t接种人数\t完成率\n罗坳镇\t1500\t98%\n沙洋镇\t1200\t95%');
		expect(html.match(/<br>/g)).toHaveLength(2);
	});

	it('leaves code as written', async () => {
		expect(await render('`a\u00ADb`')).toBe('<p><code>a\u00ADb</code></p>');
	});
});

describe('npm run check on text pasted from WPS', () => {
	const body = [
		'开展爱国卫\u00AD生工作，补助１５００元。',
		'',
		'工作安排如下：',
		'1．持续开展入户随访；',
		'2．做好重点人群健康监测。',
		'',
		'乡镇\t接种人数',
		'罗坳镇\t1500',
		'沙洋镇\t1200',
		'',
		'1. 已是清单',
		'2. 第二项',
		'',
		'`代码\u00AD里`不算。',
	].join('\n');
	const problems = pastedTextProblems(body, 7, 'content/articles/2022/03/04-a.md');

	it('warns on the line of each, with the fix', () => {
		expect(problems.map((problem) => [problem.line, problem.severity, problem.message])).toEqual([
			[7, 'warning', '這一行有從 WPS 或 Word 貼上的看不見的字元：軟連字號 U+00AD；它們會讓搜尋找不到這段文字'],
			[7, 'warning', '這一行有全形數字或英文字母（例如 １５００）'],
			[13, 'warning', '用 Tab 分隔的幾行像是從表格貼上的，發佈後只是幾行文字，不是表格'],
		]);
		expect(problems[2]!.hint).toContain('| --- | --- |');
	});

	// A Taiwan notice's items under 三、 (trial-42): each is shown on its own line as written, so nothing is said.
	const notice =
		'三、請區民落實「巡、倒、清、刷」四步驟：\n（一）巡：每週巡查居家室內外可能積水的容器。\n（二）倒：倒掉積水。\n四、聯絡窗口：\n（一）區公所民政課';

	it('says nothing of numbered lines, which the page shows one per line as written', async () => {
		expect(pastedTextProblems(notice, 7, 'content/articles/2023/05/06-a.md')).toEqual([]);
		expect(await render(notice)).toBe(
			'<p>三、請區民落實「巡、倒、清、刷」四步驟：<br>\n（一）巡：每週巡查居家室內外可能積水的容器。<br>\n（二）倒：倒掉積水。<br>\n四、聯絡窗口：<br>\n（一）區公所民政課</p>',
		);
	});

	it('gives summaries without the invisible characters', () => {
		expect(summarize('　　开展爱国卫\u00AD生工作\u200B。')).toBe('开展爱国卫生工作。');
	});
});
