import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseSitePart, shardYears } from '../../src/core/site-parts.ts';

describe('parseSitePart', () => {
	it('reads the whole site, a shard and the assembly', () => {
		expect(parseSitePart(undefined)).toEqual({ kind: 'whole' });
		expect(parseSitePart('')).toEqual({ kind: 'whole' });
		expect(parseSitePart(' 2/3 ')).toEqual({ kind: 'shard', number: 2, count: 3 });
		expect(parseSitePart('assemble')).toEqual({ kind: 'assembly' });
	});

	it('refuses what names no shard', () => {
		for (const value of ['0/3', '4/3', '2', '2/', 'two/three', '1/0', 'assembly', '-1/3']) expect(parseSitePart(value), value).toBeUndefined();
	});
});

/** The smallest possible largest shard, by trying every way to cut `sizes` into `count` consecutive non-empty runs. */
function bestLargest(sizes: number[], count: number): number {
	if (count === 1) return sizes.reduce((a, b) => a + b, 0);
	let best = Infinity;
	for (let cut = 1; cut <= sizes.length - count + 1; cut++) {
		const first = sizes.slice(0, cut).reduce((a, b) => a + b, 0);
		best = Math.min(best, Math.max(first, bestLargest(sizes.slice(cut), count - 1)));
	}
	return best;
}

describe('shardYears', () => {
	it('cuts years into consecutive runs of about equal size', () => {
		const perYear = new Map([
			['2022', 900],
			['2020', 300],
			['2021', 800],
			['2023', 100],
		]);
		expect(shardYears(perYear, 1)).toEqual([['2020', '2021', '2022', '2023']]);
		expect(shardYears(perYear, 2)).toEqual([
			['2020', '2021'],
			['2022', '2023'],
		]);
		expect(shardYears(perYear, 4)).toEqual([['2020'], ['2021'], ['2022'], ['2023']]);
		expect(shardYears(perYear, 5)).toBeUndefined();
	});

	it('covers every year once, in order, with the smallest possible largest shard', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 8 }), (sizes, count) => {
				const perYear = new Map(sizes.map((size, i) => [String(2010 + i), size]));
				const shards = shardYears(perYear, count);
				if (count > sizes.length) {
					expect(shards).toBeUndefined();
					return;
				}
				expect(shards).toHaveLength(count);
				expect(shards!.flat()).toEqual([...perYear.keys()]);
				expect(shards!.every((years) => years.length > 0)).toBe(true);
				const largest = Math.max(...shards!.map((years) => years.reduce((sum, year) => sum + perYear.get(year)!, 0)));
				expect(largest).toBe(bestLargest(sizes, count));
			}),
		);
	});
});
