import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cmsConfig } from '../../src/editor/cms-config.ts';
import { siteConfig } from '../../src/content-model/config.ts';
import { readTaxonomy } from '../../src/content-model/taxonomies.ts';
import { siteArticleSchema } from '../../src/content-model/site-schema.ts';
import { countySchema } from '../../src/content-model/taxonomies.ts';
import { missingPage } from '../../src/content-model/site-pages.ts';
import { guessCounty } from '../../src/import/guess.ts';

// An office adopting the project (韶关) saw Ningde's 闽东日报, fuan and counties.yaml in its own tools' hints.
const hongKong = resolve('test/fixtures/regions/hong-kong');
const NINGDE = ['fuan', 'xiapu', 'epidemic-control', 'medical-supplies', 'counties.yaml', '閩東', '闽东', '福安', '霞浦', '縣區', '县区'];
const ningdeIn = (text: string) => NINGDE.filter((word) => text.includes(word));
const previous = process.env.BULLETIN_CONTENT;

/** Runs a command of the project over a content folder, as an editor of that region would. */
const run = (content: string, script: string, args: string[]) => {
	const result = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env: { ...process.env, BULLETIN_CONTENT: content, NO_COLOR: '1' } });
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
};

describe("the editors' tools of another region", () => {
	let folder = '';
	afterEach(() => {
		process.env.BULLETIN_CONTENT = previous;
		if (folder) rmSync(folder, { recursive: true, force: true });
	});

	it("npm run new --help names the region's jurisdictions file and its own ids", () => {
		const { status, output } = run(hongKong, 'scripts/new.ts', ['--help']);
		expect(status).toBe(0);
		expect(output).toContain('見 content/districts.yaml），例如 central-western');
		expect(output).toContain('npm run new -- --county central-western --topic testing --title "中西區');
		expect(output).toContain('--county wan-chai --topic vaccination');
		expect(ningdeIn(output)).toEqual([]);
	});

	it("npm run new writes the region's issuer as the source to fill in", () => {
		folder = mkdtempSync(join(tmpdir(), 'region-examples-'));
		cpSync(hongKong, folder, { recursive: true });
		const { status, output } = run(folder, 'scripts/new.ts', [
			'--county',
			'wan-chai',
			'--topic',
			'testing',
			'--title',
			'灣仔區強制檢測',
			'--date',
			'2022-03-04',
		]);
		expect(status, output).toBe(0);
		const text = readFileSync(join(folder, 'articles/2022/03/04-wan-chai-wan-zai-qu-qiang-zhi-jian.md'), 'utf8');
		expect(text).toContain('# source: 衞生防護中心社區聯絡組\n');
		expect(ningdeIn(text)).toEqual([]);
	});

	it('npm run alert --help links to a page of the region', () => {
		const { output } = run(hongKong, 'scripts/alert.ts', ['--help']);
		expect(output).toContain('--link counties/central-western');
		expect(ningdeIn(output)).toEqual([]);
	});

	it("the web editor's hints give the region's issuer, first district and word for them", () => {
		process.env.BULLETIN_CONTENT = hongKong;
		const config = cmsConfig({ site: siteConfig(), counties: readTaxonomy('counties'), topics: readTaxonomy('topics'), series: readTaxonomy('series') });
		const text = JSON.stringify(config);
		expect(text).toContain('例如 衞生防護中心社區聯絡組');
		expect(text).toContain('例如 counties/central-western');
		expect(text).toContain('本地區頁面最前面');
		expect(ningdeIn(text)).toEqual([]);
	});

	it('a topic written without brackets is shown back as the list it should be, not a topic the site may lack', () => {
		process.env.BULLETIN_CONTENT = hongKong;
		const issues = (topics: unknown) => siteArticleSchema().safeParse({ title: '標題', date: '2022-03-04', county: 'wan-chai', topics }).error!.issues;
		expect(issues('vaccination')[0]!.message).toBe('必須是專題 id 的清單，例如 [vaccination]');
		expect(issues(3)[0]!.message).toBe('必須是專題 id 的清單，例如 [testing]');
		// A topic's name, or an id mistyped, is shown as the id it stands for, not as itself: [疫苗接種] fails again (trial-35).
		expect(issues('疫苗接種')[0]!.message).toBe('必須是專題 id 的清單，例如 [vaccination]');
		expect(issues('vacination')[0]!.message).toBe('必須是專題 id 的清單，例如 [vaccination]');
		expect(issues('防疫')[0]!.message).toBe('必須是專題 id 的清單，例如 [testing]');
	});

	it('messages name the region’s word for its jurisdictions, its own file and first jurisdiction, or a neutral example', () => {
		process.env.BULLETIN_CONTENT = hongKong;
		const guessed = guessCounty('市民接種疫苗', '請市民盡快接種。', readTaxonomy('counties'));
		expect(guessed.reason).toBe('文中沒有提到任何地區，暫用中西區');
		const pages = { counties: new Set(['wan-chai']), topics: new Set<string>(), series: new Set<string>(), articles: new Set<string>() };
		expect(missingPage('counties/fuan', pages)).toBe('districts.yaml 裏沒有 counties id「fuan」');
		const county = JSON.stringify(countySchema.safeParse({ id: 'Fu An', order: 1 }).error!.issues.map((issue) => issue.message));
		expect(county).toContain('例如 east-district');
		expect(JSON.stringify([guessed.reason, county, missingPage('counties/x', pages)]).match(/縣區|县区|福安|寧德|宁德|ningde/g)).toBeNull();
	});
});
