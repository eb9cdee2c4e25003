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
});
