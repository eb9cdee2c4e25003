import { describe, expect, it } from 'vitest';
import { bundleKey, type BundleInputs } from '../../src/integrations/search-bundle-key.ts';

const inputs: BundleInputs = {
	name: '2022-q4',
	pages: [
		{ url: '/zh-hant/articles/2022/12/31-fuan-urgent-notice/', indexed: 'hash-of-the-urgent-notice' },
		{ url: '/zh-hant/articles/2022/12/30-gutian-masks/', indexed: 'hash-of-the-masks-report' },
	],
	pagefindVersion: '1.6.0',
	chunkSize: '3000',
	language: 'und',
	format: 1,
};

describe("a search bundle's cache key", () => {
	it('is the same for the same pages and settings', () => {
		expect(bundleKey({ ...inputs, pages: inputs.pages.map((page) => ({ ...page })) })).toBe(bundleKey(inputs));
	});

	it.each<[string, Partial<BundleInputs>]>([
		['a page changed', { pages: [inputs.pages[0]!, { ...inputs.pages[1]!, indexed: 'hash-of-the-corrected-report' }] }],
		['a page moved to another address', { pages: [inputs.pages[0]!, { ...inputs.pages[1]!, url: '/zh-hant/articles/2022/12/29-gutian-masks/' }] }],
		['the pages reordered', { pages: [...inputs.pages].reverse() }],
		['a page added', { pages: [...inputs.pages, { url: '/zh-hant/articles/2022/12/01-fuding-clinic/', indexed: 'hash-of-the-clinic' }] }],
		['another bundle name', { name: '2022-12' }],
		['another chunk size', { chunkSize: '20000' }],
		['another Pagefind version', { pagefindVersion: '1.6.1' }],
		['another language', { language: 'zh' }],
		['another format', { format: 2 }],
	])('differs when %s', (_what, change) => {
		expect(bundleKey({ ...inputs, ...change })).not.toBe(bundleKey(inputs));
	});

	it('keeps a URL and a hash apart, so text moved from one to the other is another key', () => {
		const joined = { ...inputs, pages: [{ url: '/a/', indexed: 'bc' }] };
		expect(bundleKey(joined)).not.toBe(bundleKey({ ...inputs, pages: [{ url: '/a/b', indexed: 'c' }] }));
	});
});
