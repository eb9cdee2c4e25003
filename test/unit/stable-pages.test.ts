import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editions } from '../../src/core/editions.ts';
import { BLOCK_SIZE, stablePages, type StablePage } from '../../src/view/stable-pages.ts';
import { dateRangeName } from '../../src/view/ui.ts';

/** A listing's article: its place from the oldest (0) and whether it is pinned to the top page. */
interface Item {
	n: number;
	pinned: boolean;
}

/** A newest-first listing whose i-th oldest article is pinned when flags[i] is. */
const listing = (flags: readonly boolean[]): Item[] => flags.map((pinned, n) => ({ n, pinned })).reverse();
const pagesOf = (flags: readonly boolean[]) => stablePages(listing(flags), (item) => item.pinned);
/** Each page by its key, as what it shows: its articles and its links. */
const shown = (pages: StablePage<Item>[]) => new Map(pages.map((page) => [page.key, JSON.stringify({ ...page, articles: page.articles.map((a) => a.n) })]));
const numbers = (page: StablePage<Item> | undefined) => page?.articles.map((a) => a.n);

// Listings of up to eight blocks (fast-check's default size would stay under one), about one article in ten pinned.
const flags = fc.array(
	fc.nat(9).map((n) => n === 0),
	{ maxLength: 8 * BLOCK_SIZE, size: 'max' },
);
const unpinned = (count: number) => Array<boolean>(count).fill(false);

describe('listing pages cut from the oldest article', () => {
	it('shows a short listing on its top page alone', () => {
		for (const count of [0, 1, 19, 20, 39]) expect(pagesOf(unpinned(count))).toEqual([{ key: 'top', articles: listing(unpinned(count)) }]);
	});

	it('puts the newest full block and the articles after it on the top page, older blocks on pages from /1/', () => {
		// 46 articles: the top page has the 26 newest (45 … 20), page 1 the 20 oldest (19 … 0); there is no page 2.
		const pages = pagesOf(unpinned(46));
		expect(pages.map(({ key, newer, older }) => ({ key, newer, older }))).toEqual([
			{ key: 'top', newer: undefined, older: 1 },
			{ key: 1, newer: 'top', older: undefined },
		]);
		expect(numbers(pages[0])).toEqual([...Array(26).keys()].map((i) => 45 - i));
		expect(numbers(pages[1])).toEqual([...Array(20).keys()].map((i) => 19 - i));
		// The 60th article completes block 3: page 2 appears between the top page and page 1.
		const sixty = pagesOf(unpinned(60));
		expect(sixty.map(({ key, newer, older }) => [key, newer, older])).toEqual([
			['top', undefined, 2],
			[2, 'top', 1],
			[1, 2, undefined],
		]);
		expect(numbers(sixty[0])).toEqual([...Array(20).keys()].map((i) => 59 - i));
	});

	it('opens the top page with the pinned articles, newest first, and shows each of them there once', () => {
		const flags = unpinned(70);
		flags[3] = flags[50] = flags[65] = true;
		const [top, ...older] = pagesOf(flags);
		expect(numbers(top)!.slice(0, 4)).toEqual([65, 50, 3, 69]);
		expect(numbers(top)!.filter((n) => n === 65 || n === 50)).toEqual([65, 50]);
		// A pinned article of an older block stays on its page too, so that page does not change when the pin ends.
		expect(numbers(older.find((page) => page.key === 1))).toContain(3);
	});

	it('lists every article on exactly one page, newest first, pinned ones on the top page as well', () => {
		fc.assert(
			fc.property(flags, (flags) => {
				const pages = pagesOf(flags);
				const olderPages = pages.length - 1;
				// The top page holds what is newer than the older pages' blocks: all of a short listing, else 20 to 39 articles.
				const onTop = flags.length - BLOCK_SIZE * olderPages;
				if (flags.length < 2 * BLOCK_SIZE) expect(onTop).toBe(flags.length);
				else expect([onTop >= BLOCK_SIZE, onTop < 2 * BLOCK_SIZE]).toEqual([true, true]);
				for (const [n, pinned] of flags.entries()) {
					const home = n < BLOCK_SIZE * olderPages ? Math.floor(n / BLOCK_SIZE) + 1 : 'top';
					const on = pages.filter((page) => numbers(page)!.includes(n)).map((page) => page.key);
					expect(new Set(on), `article ${n}`).toEqual(new Set(pinned ? ['top', home] : [home]));
				}
				for (const page of pages) {
					const list = numbers(page)!.filter((n) => page.key !== 'top' || !flags[n]);
					expect(list).toEqual([...list].sort((a, b) => b - a));
					expect(new Set(numbers(page)).size).toBe(numbers(page)!.length);
					if (page.key !== 'top') expect(page.articles).toHaveLength(BLOCK_SIZE);
				}
			}),
		);
	});

	it('links the pages in a chain from the top page to page 1 and back', () => {
		fc.assert(
			fc.property(flags, (flags) => {
				const pages = new Map(pagesOf(flags).map((page) => [page.key, page]));
				const chain = [];
				for (let page = pages.get('top'); page; page = page.older === undefined ? undefined : pages.get(page.older)) {
					expect(page.newer).toBe(chain.at(-1)?.key);
					chain.push(page);
				}
				expect(chain.map((page) => page.key)).toEqual(['top', ...[...Array(pages.size - 1).keys()].map((i) => pages.size - 1 - i)]);
			}),
		);
	});

	it('changes at most three pages, and the articles of at most two, when a newer article is added', () => {
		fc.assert(
			fc.property(flags, fc.boolean(), (flags, pinned) => {
				const before = pagesOf(flags);
				const after = pagesOf([...flags, pinned]);
				const [was, is] = [shown(before), shown(after)];
				const changed = [...new Set([...was.keys(), ...is.keys()])].filter((key) => was.get(key) !== is.get(key));
				expect(changed.length).toBeLessThanOrEqual(3);
				const lists = (pages: StablePage<Item>[]) => new Map(pages.map((page) => [page.key, JSON.stringify(numbers(page))]));
				const [wasListed, isListed] = [lists(before), lists(after)];
				expect(changed.filter((key) => wasListed.get(key) !== isListed.get(key)).length).toBeLessThanOrEqual(2);
				// No page disappears, and the only older page that changes is the one whose newer page is now the new page.
				for (const key of was.keys()) expect(is.has(key)).toBe(true);
				const olderChanged = changed.filter((key) => key !== 'top' && was.has(key));
				expect(olderChanged.length).toBeLessThanOrEqual(1);
				for (const key of olderChanged) expect(wasListed.get(key)).toBe(isListed.get(key));
			}),
		);
	});
});

describe('the days an older page covers', () => {
	it.each(editions.map((edition) => [edition.path, edition] as const))('are written out in %s, the year once if it does not change', (_, edition) => {
		expect(dateRangeName('2020-02-03', '2020-02-18', edition)).toBe('2020年2月3日至2月18日');
		expect(dateRangeName('2020-12-28', '2021-01-05', edition)).toBe('2020年12月28日至2021年1月5日');
		expect(dateRangeName('2020-02-08', '2020-02-08', edition)).toBe('2020年2月8日');
	});
});
