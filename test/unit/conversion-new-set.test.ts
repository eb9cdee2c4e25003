import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measureNewSet, variantOf } from '../../scripts/conversion/new-set.ts';

const folder = mkdtempSync(join(tmpdir(), 'new-set-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
// A writer's pair with one slip on purpose: line 2 of the Traditional says 理髮 where the source means prosperity, so the
// converter's right 發 counts as "wrong" there, which is how a disagreement shows; line 3 differs in length.
writeFileSync(join(folder, 'fresh-a.txt'), '县卫健局组织检查。\n松发村卫生室开诊。\n共检查12家。\n');
writeFileSync(join(folder, 'fresh-a.tw.txt'), '縣衛健局組織檢查。\n松髮村衛生室開診。\n共檢查了12家。\n');
writeFileSync(join(folder, 'fresh-b.txt'), '衞生署提醒市民，隨着天氣轉涼，長者應接種疫苗。\n');
writeFileSync(join(folder, 'fresh-b.hans.txt'), '卫生署提醒市民，随着天气转凉，长者应接种疫苗。\n');
writeFileSync(join(folder, 'notes.md'), 'not a bulletin');

describe('measuring a new set at first sight', () => {
	const figures = measureNewSet(folder);

	it('takes each bulletin with its hand-made conversion, in its direction', () => {
		expect(figures.map(({ file, direction, variant }) => [file, direction, variant])).toEqual([
			['fresh-a.txt', 'Simplified → Traditional', 'tw'],
			['fresh-b.txt', 'Traditional → Simplified', 'hk'],
		]);
	});

	it('lists each disagreement with its line and what each side wrote, and leaves out lines of another length', () => {
		const [simplified, traditional] = figures;
		expect(simplified!.errors.map(({ line, wrote, expected }) => [line, wrote, expected])).toEqual([[2, '發', '髮']]);
		expect(simplified!.errors[0]!.context).toContain('松[发→發, not 髮]村');
		expect(simplified!.misaligned).toEqual([3]);
		expect(simplified!.opencc).toBe(2); // 鬆 and 發 against the writer's 松髮
		expect(traditional!.errors).toEqual([]);
		expect(traditional!.han).toBe(20);
	});

	it('reads the regional standard of a Traditional text from its forms', () => {
		expect(variantOf('衞生署的熱綫')).toBe('hk');
		expect(variantOf('衛生局的專線')).toBe('tw');
	});
});
