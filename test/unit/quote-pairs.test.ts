import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { remarkQuotePairs } from '../../src/view/quote-pairs.ts';

// The processor as astro.config.mjs sets it up for articles.
const render = async (markdown: string) =>
	(await (await createMarkdownProcessor({ remarkPlugins: [remarkQuotePairs], smartypants: { quotes: false } })).render(markdown)).code;

describe('straight double quotes in Chinese text', () => {
	it('are paired in order, not by the character before them', async () => {
		expect(await render('开展"爱国卫生运动"，清理"卫生死角"。')).toBe('<p>开展“爱国卫生运动”，清理“卫生死角”。</p>');
	});

	it('pair across emphasis and links within one paragraph, and in headings and table cells', async () => {
		expect(await render('他说"**请戴口罩**"。')).toBe('<p>他说“<strong>请戴口罩</strong>”。</p>');
		expect(await render('## 关于"五一"假期')).toContain('关于“五一”假期');
		expect(await render('| 项目 | 说明 |\n| --- | --- |\n| 口罩 | "免费"领取 |')).toContain('<td>“免费”领取</td>');
	});

	it('leave code and an odd quote as written', async () => {
		expect(await render('输入 `"abc"` 后按"确定"。')).toBe('<p>输入 <code>"abc"</code> 后按“确定”。</p>');
		expect(await render('尺寸为 5" 的屏幕。')).toBe('<p>尺寸为 5" 的屏幕。</p>');
	});
});

describe('quote pairing of a deep tree', () => {
	it('walks 20,000 nested blocks without running out of stack (trial-39)', () => {
		// The tree a line of ">" makes, deeper than any call stack: built directly, since the Markdown renderer's own
		// recursion stops far earlier (the check refuses past 100 levels).
		type Node = { type: string; value?: string; children?: Node[] };
		const tree: Node & { children: Node[] } = { type: 'root', children: [] };
		let node = tree;
		for (let i = 0; i < 20_000; i++) {
			const next: Node & { children: Node[] } = { type: 'blockquote', children: [] };
			node.children.push(next);
			node = next;
		}
		const text = { type: 'text', value: '深"引"用' };
		node.children.push({ type: 'paragraph', children: [{ type: 'emphasis', children: [text] }] });
		remarkQuotePairs()(tree);
		expect(text.value).toBe('深“引”用');
	});
});
