import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { join } from 'node:path';
import { runQualitySet, summarise, type QueryOutcome } from '../../scripts/bench/quality-set.ts';
import { launchChromium, serveSite, type ServedSite } from '../../scripts/lib/browser.ts';
import { qualitySet, searchFixture } from '../../scripts/lib/search-quality.ts';

// The committed floor for the quality set (test/fixtures/search/queries.yaml), run on the real search page in both
// editions: exact queries find every article containing them with a precision of at least 0.95, absent terms find
// nothing at all, and both editions give the same results. `npm run measure:search -- --quality` prints the figures.
const PRECISION_FLOOR = 0.95;

let served: ServedSite;
let browser: Browser;
let outcomes: QueryOutcome[];

beforeAll(async () => {
	served = await serveSite(join(searchFixture, 'content'));
	browser = await launchChromium();
	outcomes = await runQualitySet(browser, served.url, qualitySet());
}, 600_000);
afterAll(async () => {
	await browser?.close();
	await served?.close();
});

const show = (list: QueryOutcome[]) =>
	list
		.map((o) => `${o.edition} ${o.entry.query}: found ${o.found.join(', ') || 'nothing'}${o.partial.length ? `; partial ${o.partial.join(', ')}` : ''}`)
		.join('\n');

describe('the search quality set', () => {
	it(`finds every article containing each exact query, with a precision of at least ${PRECISION_FLOOR}`, () => {
		const summary = summarise(outcomes);
		expect(show(summary.missed)).toBe('');
		expect(summary.recall).toBe(1);
		expect(summary.precision).toBeGreaterThanOrEqual(PRECISION_FLOOR);
	});

	it('shows no result at all for a term no article contains, and says so', () => {
		const absent = outcomes.filter((o) => o.entry.kind === 'absent');
		expect(absent.length).toBeGreaterThan(0);
		expect(show(absent.filter((o) => !o.passed))).toBe('');
		for (const o of absent) expect(o.status).toMatch(/^找不到包含[「“].+[」”]的快[訊讯]。$/);
	});

	it('lists, for a query no article contains as written, the articles holding each of its words under 部分相符', () => {
		expect(show(outcomes.filter((o) => o.entry.kind === 'partial' && !o.passed))).toBe('');
	});

	it('gives the same results, in the same order, in both editions', () => {
		expect(summarise(outcomes).differ).toEqual([]);
	});

	it('finds names that contain other names whole: 葵青 not 青衣, 東涌 not 葵涌, 西貢 not 貢獻, 大埔 not 黃埔', () => {
		const found = (query: string) => outcomes.find((o) => o.edition === 'zh-hant' && o.entry.query === query)!.found;
		expect(found('葵青')).not.toContain('2022/05/16-yuen-long-sunflowers');
		expect(found('青衣').every((id) => id.includes('kwai-tsing'))).toBe(true);
		expect(found('東涌')).not.toContain('2021/09/13-kwai-tsing-fever-clinic');
		expect(found('西貢')).not.toContain('2022/06/20-kwun-tong-elderly-centre');
		expect(found('貢獻')).not.toContain('2021/04/12-sai-kung-testing-centre');
		expect(found('大埔')).not.toContain('2020/04/06-kowloon-city-whampoa');
		expect(found('陳志明')).toEqual(['2020/03/02-sai-kung-volunteers']);
	});

	it('shows a result found through another spelling as the article wrote it (熱線 finds 熱綫, shown as 熱綫)', async () => {
		const page = await browser.newPage();
		try {
			for (const query of ['熱線', '热线']) {
				await page.goto(`${served.url}zh-hant/search/?q=${encodeURIComponent(query)}`);
				await page.waitForSelector('[data-results][aria-busy="false"]', { state: 'attached' });
				expect(await page.textContent('[data-results] li:first-child h3')).toBe('屯門防蚊熱綫下月啟用');
				const excerpt = await page.textContent('[data-results] li:first-child p:last-child');
				expect(excerpt).toContain('衞生防護中心與屯門區議會合辦的防蚊熱綫');
				expect(excerpt).toContain('職員説，花盆底碟裏的水要倒掉，牀底的杯麪紙碗');
				expect(await page.$$eval('[data-results] li:first-child mark', (marks) => marks.map((mark) => mark.textContent))).toEqual(['熱綫', '熱綫']);
			}
		} finally {
			await page.close();
		}
	});
});
