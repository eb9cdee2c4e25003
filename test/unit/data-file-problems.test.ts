import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { dataFileProblems, unreadDataFiles } from '../../src/content-model/data-files.ts';
import { glossaryWarnings, usableSiteGlossary } from '../../src/content-model/glossary-file.ts';

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

describe('unreadDataFiles', () => {
	let folder = '';
	afterEach(() => {
		process.env.BULLETIN_CONTENT = previous;
		rmSync(folder, { recursive: true, force: true });
	});

	// trial-45: a region that named its own jurisdictions file kept the sample's counties.yaml, and check said nothing of it.
	it('warns of a YAML file in content/ that nothing reads, naming it, and of none the site reads', () => {
		folder = mkdtempSync(join(tmpdir(), 'data-files-'));
		cpSync(resolve('test/fixtures/regions/simplified-prefecture'), folder, { recursive: true });
		process.env.BULLETIN_CONTENT = folder;
		expect(unreadDataFiles()).toEqual([]);
		cpSync(join(sample, 'counties.yaml'), join(folder, 'counties.yaml'));
		cpSync(join(folder, 'series.yaml'), join(folder, 'series.yml'));
		writeFileSync(join(folder, 'notes.txt'), '');
		expect(unreadDataFiles()).toEqual([
			{
				file: join(folder, 'counties.yaml'),
				severity: 'warning',
				message: '建站和检查都不读这个文件：网站的数据文件是 site.yaml, jurisdictions.yaml, topics.yaml, series.yaml, glossary.yaml, alerts.yaml',
				hint: '示范网站或旧版留下的文件请删除；如果它才是你们的地区文件，在 site.yaml 写 counties: counties.yaml',
			},
			expect.objectContaining({ file: join(folder, 'series.yml'), severity: 'warning', hint: '是不是 series.yaml？改成这个文件名，或删除它' }),
		]);
	});

	it('says nothing while site.yaml, which names the jurisdictions file, has an error of its own', () => {
		folder = mkdtempSync(join(tmpdir(), 'data-files-'));
		cpSync(sample, folder, { recursive: true });
		writeFileSync(join(folder, 'extra.yaml'), '[]\n');
		process.env.BULLETIN_CONTENT = folder;
		expect(unreadDataFiles()).toEqual([expect.objectContaining({ file: join(folder, 'extra.yaml') })]);
		writeFileSync(join(folder, 'site.yaml'), `${readFileSync(join(folder, 'site.yaml'), 'utf8')}\ncountiez: x\n`);
		expect(dataFileProblems()).not.toEqual([]);
		expect(unreadDataFiles()).toEqual([]);
	});
});

describe('the glossary as an editor meets it (trial-40)', () => {
	let folder = '';
	afterEach(() => {
		process.env.BULLETIN_CONTENT = previous;
		rmSync(folder, { recursive: true, force: true });
	});

	/** The sample with `glossary` as its glossary.yaml. */
	function withGlossary(glossary: string): void {
		folder = mkdtempSync(join(tmpdir(), 'glossary-'));
		cpSync(sample, folder, { recursive: true });
		writeFileSync(join(folder, 'glossary.yaml'), glossary);
		process.env.BULLETIN_CONTENT = folder;
	}

	it('refuses a pair whose Traditional character is no form of the Simplified one at its place, on its line', () => {
		withGlossary('people:\n  - { hant: 鍾發松, hans: 钟发松 }\n  - { hant: 于豐收, hans: 余丰收 }\n');
		expect(dataFileProblems()).toEqual([
			expect.objectContaining({ line: 3, severity: 'error', message: expect.stringMatching(/于豐收 的第 1 個字「于」不是 余丰收 的「余」的繁體寫法.*餘/) }),
		]);
		withGlossary('people:\n  - { hant: [餘豐收, 余豐收], hans: 余丰收 }\n  - { hant: 穀豐村, hans: 谷丰村 }\n  - { hant: 衞生署, hans: 卫生署 }\n');
		expect(dataFileProblems()).toEqual([]);
	});

	it('names the first entry of a term given another published form, and says to delete the second where the first lists it', () => {
		withGlossary('people:\n  - { hant: [后德明, 後德明], hans: 后德明 }\nplaces:\n  - { hant: 後德明, hans: 后德明 }\n');
		const [listed] = dataFileProblems();
		expect(listed).toMatchObject({ line: 4, message: expect.stringContaining('在第 2 行已有一條') });
		expect(listed!.message).toContain('刪掉這一條');
		withGlossary('people:\n  - { hant: 后德明, hans: 后德明 }\n  - { hant: 後德明, hans: 后德明 }\n');
		expect(dataFileProblems()[0]!.message).toContain('把「後德明」加到第 2 行那條的 hant 裡（hant: [后德明, 後德明]）');
	});

	it('warns of a pair of one character, with what it does and the whole word as the fix, and of an exact duplicate', () => {
		withGlossary('people:\n  - { hant: 余乾明, hans: 余干明 }\n  - { hant: 臺, hans: 台 }\n  - { hant: 余乾明, hans: 余干明 }\n');
		expect(dataFileProblems()).toEqual([]);
		expect(glossaryWarnings()).toEqual([
			expect.objectContaining({
				line: 3,
				severity: 'warning',
				message: expect.stringMatching(/每個「台」都會印成「臺」.*「颱」/),
				hint: expect.stringContaining('手術臺'),
			}),
			expect.objectContaining({ line: 4, severity: 'warning', message: '余干明 在第 2 行已有同樣的一條' }),
		]);
	});

	// trial-41: refused with 「“」的繁體是 “, though each edition writes its own marks.
	it('accepts a pair written with quotation marks, compared and kept without them, and says they need not be written', () => {
		withGlossary('campaigns:\n  - { hant: 「雙百」行動, hans: “双百”行动 }\n  - { hant: 「」, hans: “” }\n');
		expect(dataFileProblems()).toEqual([expect.objectContaining({ line: 3, severity: 'error', message: expect.stringContaining('除了引號沒有別的字') })]);
		withGlossary('campaigns:\n  - { hant: 「雙百」行動, hans: “双百”行动 }\n');
		expect(dataFileProblems()).toEqual([]);
		expect(usableSiteGlossary()).toEqual([{ hant: ['雙百行動'], hans: '双百行动' }]);
		expect(glossaryWarnings()).toEqual([
			expect.objectContaining({
				line: 2,
				severity: 'warning',
				message: expect.stringContaining('不必帶引號'),
				hint: expect.stringContaining('{ hant: 雙百行動, hans: 双百行动 }'),
			}),
		]);
	});

	it('says a list item out of line in Chinese, on its line', () => {
		withGlossary('people:\n  - { hant: 余乾明, hans: 余干明 }\n   - { hant: 盤金發, hans: 盘金发 }\n');
		expect(dataFileProblems()).toEqual([
			expect.objectContaining({ line: 3, message: expect.stringContaining('縮排不一致'), hint: expect.stringContaining('同一欄') }),
		]);
	});

	it('keeps the valid pairs of a glossary with an error for the review list', () => {
		withGlossary('people:\n  - { hant: 余乾明, hans: 余干明 }\n  - { hant: 于豐收, hans: 余丰收 }\n');
		expect(usableSiteGlossary()).toEqual([{ hant: ['余乾明'], hans: '余干明' }]);
	});
});
