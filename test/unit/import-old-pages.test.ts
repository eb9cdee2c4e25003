import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePage } from '../../src/import/page-encoding.ts';
import { importFixtures } from '../helpers/import-fixtures.ts';

/** Old county pages (2009–2015): GBK declared two ways, Big5 declaring nothing, UTF-8 still declaring gb2312. */
const oldPages = join(importFixtures, 'old-pages');
const bytesOf = (name: string) => readFileSync(join(oldPages, name));

describe('decoding old pages', () => {
	it.each([
		['fuan-aiweiyundong.html', 'gbk', false, '福安市开展春季爱国卫生运动'],
		['zherong-liugan-tongzhi.html', 'gbk', false, '关于做好2014年秋冬季流感防控工作的通知'],
		['xiapu-tijian.htm', 'big5', true, '三沙鎮衛生院開展老年人免費健康體檢'],
		['gutian-yimiao.html', 'utf-8', false, '古田县启动儿童免费接种水痘疫苗'],
	])('reads %s as %s (guessed: %s)', (name, charset, guessed, headline) => {
		const page = decodePage(bytesOf(name));
		expect(page).toMatchObject({ ok: true, charset, guessed });
		expect(page.ok && page.text).toContain(headline);
		expect(page.ok && page.text).not.toContain('\uFFFD');
	});

	it('drops a byte-order mark and follows it', () => {
		expect(decodePage(Buffer.from('\uFEFF<p>你好</p>'))).toEqual({ ok: true, text: '<p>你好</p>', charset: 'utf-8', guessed: false });
		expect(decodePage(Buffer.from('\uFEFF<p>你好</p>', 'utf16le'))).toMatchObject({ ok: true, text: '<p>你好</p>', charset: 'utf-16le' });
	});

	it('refuses, never guesses into mojibake, bytes no encoding reads cleanly', () => {
		// GB18030 reads almost any pair of bytes, so Big5 text must not be taken for it: its second bytes are often below 0xA1.
		const big5AsGb = decodePage(bytesOf('xiapu-tijian.htm'));
		expect(big5AsGb.ok && big5AsGb.text).toContain('霞浦縣衛生局');
		expect(decodePage(Buffer.from([0x3c, 0x70, 0x3e, 0xe4, 0xbd, 0x3c, 0x2f, 0x70, 0x3e, 0x80, 0x80]))).toMatchObject({
			ok: false,
			reason: expect.stringContaining('沒有宣告編碼，而且不是 UTF-8、GB18030 或 Big5'),
		});
		// Declared GBK, but a lone lead byte at the end: part of the text would be lost.
		expect(decodePage(Buffer.concat([bytesOf('zherong-liugan-tongzhi.html'), Buffer.from([0x81])]))).toMatchObject({
			ok: false,
			reason: expect.stringContaining('網頁宣告的編碼是 gbk'),
			hint: expect.stringContaining('UTF-8'),
		});
		expect(decodePage(Buffer.from('<meta charset="klingon"><p>\xff\xfe</p>', 'latin1'))).toMatchObject({
			ok: false,
			reason: expect.stringContaining('klingon'),
		});
	});
});
