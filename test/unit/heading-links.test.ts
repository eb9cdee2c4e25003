import { describe, expect, it } from 'vitest';
import { articleIds, renamedHeadingLink } from '../../src/view/heading-links.ts';

// trial-42: a heading titled `below` is published as `user-content-below`; `[見下文](#below)` found no target.
describe('links to an article’s renamed headings', () => {
	const ids = articleIds('<h2 id="user-content-below">below</h2><h2 id="預約結果">預約結果</h2><li id="user-content-fn-1">註</li>');

	it('leads a link to a renamed heading to the heading, written or escaped', () => {
		expect(renamedHeadingLink('#below', ids)).toBe('#user-content-below');
		expect(renamedHeadingLink('#%62elow', ids)).toBe('#user-content-below');
	});

	it('leaves links to headings and footnotes that kept their ids, other pages and malformed escapes as written', () => {
		expect(renamedHeadingLink('#預約結果', ids)).toBeUndefined();
		expect(renamedHeadingLink(`#${encodeURIComponent('預約結果')}`, ids)).toBeUndefined();
		expect(renamedHeadingLink('#user-content-fn-1', ids)).toBeUndefined();
		expect(renamedHeadingLink('#main', ids)).toBeUndefined();
		expect(renamedHeadingLink('./08-fuan-x.md#below', ids)).toBeUndefined();
		expect(renamedHeadingLink('#%E0', ids)).toBeUndefined();
		expect(renamedHeadingLink('#', ids)).toBeUndefined();
	});
});
