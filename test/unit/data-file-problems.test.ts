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
