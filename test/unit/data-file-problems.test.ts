import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { dataFileProblems } from '../../src/content-model/data-files.ts';

const sample = resolve('test/fixtures/sample-site');
const previous = process.env.BULLETIN_CONTENT;

describe('dataFileProblems', () => {
	let folder = '';
	afterEach(() => {
		process.env.BULLETIN_CONTENT = previous;
		rmSync(folder, { recursive: true, force: true });
	});

	it('lists a problem of site.yaml once, though the article schema reads site.yaml again', () => {
		folder = mkdtempSync(join(tmpdir(), 'data-files-'));
		cpSync(sample, folder, { recursive: true });
		const site = join(folder, 'site.yaml');
		writeFileSync(site, `${readFileSync(site, 'utf8').replace(/^timeZone:.*\n/m, '')}\ntimeZone: Mars/Olympus_Mons\n`);
		process.env.BULLETIN_CONTENT = folder;
		const problems = dataFileProblems();
		expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('timeZone 須為 IANA 時區名稱')]);
		expect(problems[0]!.file).toBe(site);
	});

	it('refuses a data file that is not UTF-8 on the line of its first bad bytes, not publishing ����', () => {
		folder = mkdtempSync(join(tmpdir(), 'data-files-'));
		cpSync(sample, folder, { recursive: true });
		const topics = join(folder, 'topics.yaml');
		const lines = readFileSync(topics, 'utf8').split('\n');
		// 口罩 in Big5, as an old editor saves it, on the third line.
		const big5 = Buffer.concat([
			Buffer.from(`${lines.slice(0, 2).join('\n')}\n# `),
			Buffer.from([0xa4, 0x66, 0xb8, 0x6e]),
			Buffer.from(`\n${lines.slice(2).join('\n')}`),
		]);
		writeFileSync(topics, big5);
		// An alert's message cut in the middle of its last character, as a full disk left it.
		const alerts = join(folder, 'alerts.yaml');
		const text = readFileSync(alerts, 'utf8');
		const cut = text.slice(0, text.indexOf('\n', text.indexOf('  message: ')) - 1);
		writeFileSync(alerts, Buffer.concat([Buffer.from(cut), Buffer.from('。').subarray(0, 1)]));
		process.env.BULLETIN_CONTENT = folder;
		const problems = dataFileProblems().map((p) => `${p.file.split('/').pop()}:${p.line}: ${p.message}（${p.hint}）`);
		expect(problems).toEqual(
			expect.arrayContaining([
				'topics.yaml:3: 檔案不是 UTF-8 文字（在編輯器裡另存為 UTF-8（不要用 GBK 或 Big5 編碼））',
				`alerts.yaml:${cut.split('\n').length}: 檔案不是 UTF-8 文字（在編輯器裡另存為 UTF-8（不要用 GBK 或 Big5 編碼））`,
			]),
		);
	});

	it('names a list entry by its id, not by its index, which the line already gives', () => {
		folder = mkdtempSync(join(tmpdir(), 'data-files-'));
		cpSync(sample, folder, { recursive: true });
		const counties = join(folder, 'counties.yaml');
		writeFileSync(
			counties,
			readFileSync(counties, 'utf8').replace('  level: city\n', '  level: prefecture\n').replace('  short: 福安\n', '  short: 福安\n  capital: ningde\n'),
		);
		process.env.BULLETIN_CONTENT = folder;
		const messages = dataFileProblems().map((p) => `${p.line}: ${p.message}`);
		expect(messages).toEqual([
			expect.stringMatching(/^6: ningde 的 level：必須是 province、city、county 或 district/),
			expect.stringMatching(/^16: fuan：沒有「capital」這個欄位/),
		]);
	});
});
