import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertLines, converters, errorRate, leakCases, leaks } from '../../scripts/conversion/evaluate.ts';
import { GOLDEN_SET_DIR, readGoldenSet, type Half } from '../../scripts/conversion/golden-set.ts';
import { projectRoot } from '../../scripts/lib/build-site.ts';

const budget = JSON.parse(readFileSync(`${projectRoot}/${GOLDEN_SET_DIR}/budget.json`, 'utf8')) as { errorsPer10k: Record<Half, number> };
const lines = readGoldenSet(projectRoot);

describe('the golden set against the committed error budget', () => {
	it('is there to measure against', () => {
		expect(lines.length, `no golden set under ${GOLDEN_SET_DIR}/`).toBeGreaterThan(1000);
	});

	const ours = convertLines(lines, converters.ours);
	it.each(Object.entries(budget.errorsPer10k) as Array<[Half, number]>)('%s stays within %d wrong characters per 10,000', (half, allowed) => {
		const rate = errorRate(ours.filter((r) => r.line.half === half));
		expect(rate.han).toBeGreaterThan(0);
		expect(rate.per10k).toBeLessThanOrEqual(allowed);
	});

	it.each(leakCases)('leaves no character of the other script: $source source, $edition edition', (leakCase) => {
		expect(leaks(lines, converters.ours, leakCase).chars).toEqual([]);
	});

	it('beats plain OpenCC on the Simplified half', { timeout: 60_000 }, () => {
		const mine = errorRate(ours.filter((r) => r.line.half === 's2t'));
		const theirs = errorRate(convertLines(lines, converters.opencc).filter((r) => r.line.half === 's2t'));
		expect(mine.per10k).toBeLessThan(theirs.per10k / 5);
	});
});
