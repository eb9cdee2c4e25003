import { describe, expect, it } from 'vitest';
import { scrollingTables } from '../../src/view/table-scroll.ts';

const name = (n: number | undefined) => (n === undefined ? '表格（可左右滑動）' : `第 ${n} 個表格（可左右滑動）`);
const table = (cell: string) => `<table><thead><tr><th>科別</th></tr></thead><tbody><tr><td>${cell}</td></tr></tbody></table>`;

// trial-45: six columns scroll sideways at 360 px; the table scrolled, but a keyboard could not reach it, nor a screen
// reader tell it scrolls.
describe('tables that scroll sideways', () => {
	it('puts an article’s table in a box that takes the focus and is named for screen readers', () => {
		expect(scrollingTables(`<p>門診時間：</p>${table('內科')}<p>完。</p>`, name)).toBe(
			`<p>門診時間：</p><div class="table-scroll" role="region" tabindex="0" aria-label="表格（可左右滑動）">${table('內科')}</div><p>完。</p>`,
		);
	});

	it('names each of several tables apart, and boxes no table inside another’s cell', () => {
		const nested = `<table><tr><td>${table('內科')}</td></tr></table>`;
		const out = scrollingTables(`${table('內科')}<p>以及</p>${nested}`, name);
		expect([...out.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1])).toEqual(['第 1 個表格（可左右滑動）', '第 2 個表格（可左右滑動）']);
		expect(out).toContain(`<div class="table-scroll" role="region" tabindex="0" aria-label="第 2 個表格（可左右滑動）">${nested}</div>`);
	});

	it('escapes the name and leaves HTML without a table as it was', () => {
		expect(scrollingTables(table('x'), () => '"表"&<')).toContain('aria-label="&quot;表&quot;&amp;<"');
		expect(scrollingTables('<p>沒有表格。</p><pre><code>&lt;table&gt;</code></pre>', name)).toBe('<p>沒有表格。</p><pre><code>&lt;table&gt;</code></pre>');
	});
});
