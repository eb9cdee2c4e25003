import { describe, expect, it } from 'vitest';
import { printedDates, smallNumeral } from '../../src/search/date-queries.ts';

describe('days typed as residents say them (trial-38)', () => {
	it.each([
		['3月5号', '3月5日'],
		['三月五日', '3月5日'],
		['十二月三十一号', '12月31日'],
		['2024-03-05', '2024年3月5日'],
		['2024/3/5 接种', '2024年3月5日 接种'],
		['2024.03.05', '2024年3月5日'],
		['3月5號', '3月5日'],
	])('%s → %s', (typed, printed) => expect(printedDates(typed)).toBe(printed));

	it.each(['3号楼', '13月5号', '2024-13-05', '0796-8227120', '12345', '20240305'])('leaves %s as typed', (typed) => expect(printedDates(typed)).toBe(typed));

	it('reads the numerals of a month or a day', () => {
		expect([smallNumeral('五'), smallNumeral('十'), smallNumeral('十二'), smallNumeral('二十三'), smallNumeral('三十一')]).toEqual([5, 10, 12, 23, 31]);
		expect([smallNumeral(''), smallNumeral('二三'), smallNumeral('四十')]).toEqual([undefined, undefined, undefined]);
	});
});
