import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTaxonomy } from '../../src/content-model/taxonomies.ts';
import { importPage, type ImportOptions } from '../../src/import/import-page.ts';
import { decodePage } from '../../src/import/page-encoding.ts';
import { importFixtures } from '../helpers/import-fixtures.ts';

/** Hong Kong government-style press releases (2003–2016): Big5-HKSCS declared and not, UTF-8, table layouts, 完 and 香港時間 lines. */
const hkPages = join(importFixtures, 'hk-pages');
const bytesOf = (name: string) => readFileSync(join(hkPages, name));

describe('Big5-HKSCS pages', () => {
	it.each([
		['p200305060.htm', false, ['衞生署', '深水埗', '鰂魚涌', '穿着', '前綫']],
		['p200305200.htm', true, ['衞生福利及食物局', '深水埗', '穿着', '前綫']],
	])('reads %s (guessed: %s) with Hong Kong’s characters, none in the private-use area', (name, guessed, words) => {
		const page = decodePage(bytesOf(name));
		expect(page).toMatchObject({ ok: true, charset: 'big5-hkscs', guessed });
		for (const word of words) expect(page.ok && page.text).toContain(word);
		expect(page.ok && page.text).not.toMatch(/\p{Co}|\uFFFD/u);
	});

	it('reads a page declaring big5-hkscs', () => {
		const bytes = Buffer.from(bytesOf('p200305060.htm').toString('latin1').replace('charset=big5', 'charset=big5-hkscs'), 'latin1');
		expect(decodePage(bytes)).toMatchObject({ ok: true, charset: 'big5-hkscs', text: expect.stringContaining('深水埗') });
	});

	it('refuses a declared page whose reading holds a private-use character, naming its line', () => {
		// 0xAA 0xA1 is in GBK's user-defined area: ICU reads it as U+E000 without an error, a character no font shows.
		const bytes = Buffer.concat([Buffer.from('<meta charset="gbk">\n<p>'), Buffer.from([0xaa, 0xa1]), Buffer.from('</p>')]);
		expect(decodePage(bytes)).toMatchObject({ ok: false, reason: expect.stringMatching(/第 2 行有私用區字元 U\+E000/) });
	});

	it('does not suggest gbk for an undeclared page that may be Big5', () => {
		const bytes = Buffer.concat([Buffer.from('<p>'), Buffer.from([0xa4, 0x40, 0xa4, 0x41, 0x80, 0x80]), Buffer.from('</p>')]);
		const page = decodePage(bytes);
		expect(page).toMatchObject({ ok: false, hint: expect.stringContaining('big5-hkscs') });
		expect(page.ok || page.hint).not.toMatch(/例如 <meta charset="gbk">/);
	});
});
