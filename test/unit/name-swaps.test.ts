import { describe, expect, it } from 'vitest';
import { nameSwaps } from '../../scripts/conversion/name-swaps.ts';
import type { GoldenLine } from '../../scripts/conversion/golden-set.ts';

const line = (source: string, expected: string): GoldenLine => ({ half: 's2t', file: 'x.tsv', line: 1, source, expected, heldOut: false });

describe('names swapped for others (npm run measure:conversion)', () => {
	it('puts every other surname of several forms in a surname’s place, with its name form expected', () => {
		const swaps = nameSwaps([line('钟丽华医生说', '鍾麗華醫生說')]);
		expect(swaps.map((s) => s.source)).toEqual(['余丽华医生说', '于丽华医生说', '范丽华医生说', '涂丽华医生说', '干丽华医生说', '党丽华医生说']);
		expect(swaps.map((s) => s.expected)).toEqual(['余麗華醫生說', '于麗華醫生說', '范麗華醫生說', '涂麗華醫生說', '干麗華醫生說', '党麗華醫生說']);
	});

	it('swaps a given name’s character after a surname, not one in a word', () => {
		expect(nameSwaps([line('刘金发说，头发', '劉金發說，頭髮')]).map((s) => s.source)).toEqual(['刘金丰说，头发']);
	});

	it('leaves alone what the hand-checked line writes otherwise (余额, 于是) and places (于都县)', () => {
		expect(nameSwaps([line('余额不足，于是于都县', '餘額不足，於是于都縣')])).toEqual([]);
	});
});
