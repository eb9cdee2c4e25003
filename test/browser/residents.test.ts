import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import jsQR from 'jsqr';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { formatDate, today } from '../../src/core/dates.ts';
import { projectRoot, sampleContentWith } from '../../scripts/lib/build-site.ts';
import { launchChromium, serveSite, watchErrors, type ServedSite } from '../../scripts/lib/browser.ts';

let served: ServedSite;
let browser: Browser;
// Two long notices running today, so every page shows them (the hotline above only runs from day(3) to day(10)).
const CLINICS = '全市發熱門診調整開放時間,請市民就醫前先致電確認,並全程佩戴口罩,保持社交距離,配合測量體溫和出示健康碼。';
const MASKS = '各藥店每日上午九時起憑身份證限購口罩五個,售完即止,請勿聚集排隊,留意社區公告。';
/** A timetable of seven columns, wider than a phone, as health centres publish them. */
const CLINIC_HOURS = [
	'---\ntitle: 霞浦縣醫院門診時間調整\ndate: 2020-02-07\ncounty: xiapu\ntopics: [epidemic-control]\n---\n',
	'| 科別 | 週一 | 週二 | 週三 | 週四 | 週五 | 週六 |',
	'| --- | --- | --- | --- | --- | --- | --- |',
	'| 內科 | 08:00–12:00 | 08:00–12:00 | 08:00–12:00 | 08:00–12:00 | 08:00–12:00 | 08:00–11:30 |',
	'| 發熱門診 | 00:00–24:00 | 00:00–24:00 | 00:00–24:00 | 00:00–24:00 | 00:00–24:00 | 00:00–24:00 |',
	'',
].join('\n');
/** A vaccination schedule in Chinese, whose last column of short text a phone squeezed to one character a line. */
const VACCINES = [
	'---\ntitle: 福安市兒童免疫接種時間表\ndate: 2020-02-06\ncounty: fuan\ntopics: [epidemic-control]\n---\n',
	'| 接種年齡 | 疫苗 | 劑次 | 接種地點 |',
	'| --- | --- | --- | --- |',
	'| 出生 | 乙型肝炎疫苗、卡介苗 | 第1劑 | 出生的醫院 |',
	'| 2個月 | 白喉、破傷風、無細胞百日咳、b型流感嗜血桿菌、滅活小兒麻痺混合疫苗（五合一）；13價肺炎球菌疫苗 | 第1劑 | 衞生中心 |',
	'| 小學六年級（女） | 人類乳頭瘤病毒（HPV）疫苗 | 兩劑，相隔6個月 | 學校 |',
	'',
].join('\n');
/** A list of clinics with their numbers, wider than a phone, and numbers to call in the text. */
const CLINIC_PHONES = [
	'---\ntitle: 霞浦縣預防接種門診一覽\ndate: 2020-02-05\ncounty: xiapu\ntopics: [epidemic-control]\n---\n',
	'市民如有疑問，可撥打縣疾控中心諮詢電話0593-8227120，或撥打12345。',
	'',
	'夜間及節假日需要接種諮詢的市民，請聯繫值班醫生手機 139 0000 2222，或打座機 6321236，急救120。',
	'',
	'| 門診 | 地址 | 電話 | 服務時間 |',
	'| --- | --- | --- | --- |',
	'| 松城街道社區衞生服務中心預防接種門診 | 霞浦縣松城街道福寧南路12號 | 0593-8412120 | 週一至週六上午 |',
	'| 長春鎮中心衞生院預防接種門診 | 霞浦縣長春鎮長春路88號 | 0593-8667120 | 週二、週四上午 |',
	'',
].join('\n');
/** Numbers to call after lines of every length, so that at 360 px one of them is too long to end a line (trial-41). */
const NIGHT = '夜間及節假日需要接種諮詢的市民可以聯繫各鄉鎮衞生院的值班醫生';
const NIGHT_PHONES = [
	'---\ntitle: 霞浦縣夜間接種諮詢電話\ndate: 2020-02-04\ncounty: xiapu\ntopics: [epidemic-control]\n---\n',
	...Array.from({ length: NIGHT.length - 5 }, (_, i) => `${NIGHT.slice(0, i + 6)}，電話0593-8227120。\n`),
].join('\n');
/**
 * A bulletin of a jurisdiction inside another (松城街道 of 霞浦縣), whose article names both with a › between them, and
 * with a lead picture whose caption repeats its alt text.
 */
const DISTRICT_NOTICE = [
	'---\ntitle: 松城街道社區衞生服務中心遷址\ndate: 2020-02-03\ncounty: songcheng\ntopics: [epidemic-control]',
	'image: ./images/new-site.jpg\nimageAlt: 服務中心新址的大門\nimageCaption: 服務中心新址的大門\n---\n',
	'松城街道社區衞生服務中心遷至福寧南路。\n',
].join('\n');
/** A day counted from today, as YYYY-MM-DD: the alert's dates must be current when the site is built. */
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
	served = await serveSite(
		sampleContentWith((content) => {
			writeFileSync(
				join(content, 'alerts.yaml'),
				[
					`- { id: hotline, level: urgent, message: 防疫熱線延長服務時間, link: counties/fuan, start: ${day(3)}, end: ${day(10)} }`,
					`- { id: clinics, level: urgent, message: "${CLINICS}", link: counties/fuan, start: ${day(-1)} }`,
					`- { id: masks, level: info, message: "${MASKS}", start: ${day(-1)} }`,
				].join('\n'),
			);
			writeFileSync(join(content, 'articles/2020/02/07-xiapu-clinic-hours.md'), CLINIC_HOURS);
			writeFileSync(join(content, 'articles/2020/02/06-fuan-vaccine-schedule.md'), VACCINES);
			writeFileSync(join(content, 'articles/2020/02/05-xiapu-clinic-phones.md'), CLINIC_PHONES);
			writeFileSync(join(content, 'articles/2020/02/04-xiapu-night-phones.md'), NIGHT_PHONES);
			appendFileSync(join(content, 'counties.yaml'), '- { id: songcheng, name: 松城街道, short: 松城, level: district, order: 20, parent: xiapu }\n');
			writeFileSync(join(content, 'articles/2020/02/03-songcheng-clinic-moves.md'), DISTRICT_NOTICE);
			mkdirSync(join(content, 'articles/2020/02/images'), { recursive: true });
			cpSync(join(projectRoot, 'test/fixtures/import/old-pages/images/xiaodu.jpg'), join(content, 'articles/2020/02/images/new-site.jpg'));
		}),
	);
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
	await served?.close();
});

const pagesToAudit = [
	'',
	'articles/2020/02/08-fuan-mask-production/',
	// A table wider than the page, in its scrolling box.
	'articles/2020/02/07-xiapu-clinic-hours/',
	// A lead picture with a caption that repeats its alt text.
	'articles/2020/02/03-songcheng-clinic-moves/',
	'counties/fuan/',
	'search/?q=口罩',
	'archive/',
	'offline/',
	'offline/search/',
	'counties/fuan/rss.xml',
];

// Both editions are rendered from the same components; the Simplified one differs in its text and its lang, so it is
// audited on the pages where text decides the layout (the home page, an article with a table, search results) rather
// than on every kind again: each audit costs about 5 s of a CI run's CPU.
const simplifiedToAudit = ['', 'articles/2020/02/07-xiapu-clinic-hours/', 'search/?q=口罩'];

describe('accessibility (axe, WCAG 2.2 AA)', () => {
	it.each([...pagesToAudit.map((path) => `zh-hant/${path}`), ...simplifiedToAudit.map((path) => `zh-hans/${path}`), '404.html'])(
		'/%s has no violations',
		async (path) => {
			const context = await browser.newContext();
			const page = await context.newPage();
			const errors = watchErrors(page);
			await page.goto(`${served.url}${path}`);
			if (path.includes('/search/?')) await page.waitForSelector('[data-results][aria-busy="false"]', { state: 'attached' });
			// Legacy mode runs axe in the page itself: the default opens a blank page per check to merge frames' results,
			// about 3 s of the 4 s per page; legacy mode only skips frames from other origins, which no page has.
			const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).setLegacyMode();
			// Chromium lays its own English banner about XSLT's removal over feed pages; it is the browser's, not ours.
			if (path.endsWith('.xml')) axe.exclude('xslt-warning-banner');
			const results = await axe.analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
			expect(errors).toEqual([]);
			await context.close();
		},
	);
});

// trial-45: imageAlt was printed again as the caption, so a screen reader read the same sentence twice.
describe.each([
	['zh-hant', '服務中心新址的大門'],
	['zh-hans', '服务中心新址的大门'],
])('a lead picture whose caption repeats its alt text (%s)', (edition, words) => {
	it('is heard once, as the picture, and the caption is still printed', async () => {
		const page = await browser.newPage();
		await page.goto(`${served.url}${edition}/articles/2020/02/03-songcheng-clinic-moves/`);
		const figure = page.locator('figure.lead-image');
		const heard = await figure.ariaSnapshot();
		expect(heard.split(words).length - 1, heard).toBe(1);
		expect(heard).toContain(`img "${words}"`);
		expect((await figure.locator('.caption').textContent())?.trim()).toBe(words);
		expect(await figure.locator('.caption').isVisible()).toBe(true);
		await page.close();
	});
});

describe('alerts by date', () => {
	it.each([
		['before it starts', 0, false],
		['while it runs', 5, true],
		['after it ends', 12, false],
	])('%s, the alert is shown: %s', async (_when, offset, shown) => {
		const page = await browser.newPage();
		await page.clock.setFixedTime(new Date(`${day(offset)}T10:00:00`));
		await page.goto(`${served.url}zh-hant/`);
		await page.waitForFunction(() => document.readyState === 'complete');
		const visible = await page.isVisible('text=防疫熱線延長服務時間');
		expect(visible).toBe(shown);
		await page.close();
	});
});

describe('without JavaScript', () => {
	it('an article reads in full and the share button stays out of the way', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${served.url}zh-hant/articles/2020/02/08-fuan-mask-production/`);
		expect(await page.isVisible('text=抓緊上馬後續生產線')).toBe(true);
		expect(await page.isVisible('[data-share]')).toBe(false);
		// Alerts still open (a details element), and nothing offers to hide what could not stay hidden.
		await page.click('.alert-info summary');
		expect(await page.isVisible('.alert-info .alert-more')).toBe(true);
		expect(await page.locator('[data-alert-hide]:visible').count()).toBe(0);
		await context.close();
	});
});

describe('sharing', () => {
	let context: BrowserContext;
	beforeAll(async () => {
		context = await browser.newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: served.url.slice(0, -1) });
	});
	afterAll(() => context.close());

	it('copies the article address when the browser has no share sheet', async () => {
		const page = await context.newPage();
		await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
		await page.goto(`${served.url}zh-hans/articles/2020/02/08-fuan-mask-production/`);
		await page.click('[data-share] button');
		await expect.poll(() => page.textContent('[data-share-status]')).toBe('已复制链接');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('https://example.gov.cn/zh-hans/articles/2020/02/08-fuan-mask-production/');
	});

	it('uses the Web Share API where there is one', async () => {
		const page = await context.newPage();
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'share', {
				value: (data: ShareData) => ((window as unknown as { shared: ShareData }).shared = data) && Promise.resolve(),
			});
		});
		await page.goto(`${served.url}zh-hant/articles/2020/02/08-fuan-mask-production/`);
		await page.click('[data-share] button');
		expect(await page.evaluate(() => (window as unknown as { shared: ShareData }).shared)).toEqual({
			title: '福安:葉其發調研我市民企民用口罩生產線情況',
			url: 'https://example.gov.cn/zh-hant/articles/2020/02/08-fuan-mask-production/',
		});
	});
});

describe('on a 360-pixel phone', () => {
	// Ignored by git: the README's pictures (docs/images/) are updated by hand from here when the pages change.
	const screenshots = join(projectRoot, 'test-results/screenshots');
	it.each([
		['home', 'zh-hant', ''],
		['home', 'zh-hans', ''],
		['article', 'zh-hant', 'articles/2020/02/08-fuan-mask-production/'],
		['article', 'zh-hans', 'articles/2020/02/08-fuan-mask-production/'],
		['search', 'zh-hant', 'search/?q=口罩'],
		['county', 'zh-hans', 'counties/fuan/'],
	])('the %s page (%s) has no horizontal scroll', async (name, edition, path) => {
		const page = await browser.newPage({ viewport: { width: 360, height: 780 }, deviceScaleFactor: 2 });
		await page.clock.setFixedTime(new Date(`${day(5)}T10:00:00`));
		await page.goto(`${served.url}${edition}/${path}`);
		if (name === 'search') await page.waitForSelector('[data-results][aria-busy="false"]', { state: 'attached' });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		mkdirSync(screenshots, { recursive: true });
		await page.screenshot({ path: join(screenshots, `${name}-${edition}.png`) });
		await page.close();
	});
});

describe('a timetable on a 360-pixel phone', () => {
	it('scrolls sideways inside the article and keeps every time whole', async () => {
		const page = await browser.newPage({ viewport: { width: 360, height: 780 } });
		await page.goto(`${served.url}zh-hant/articles/2020/02/07-xiapu-clinic-hours/`);
		const table = await page.evaluate(() => {
			const element = document.querySelector('.prose .table-scroll')!;
			// A time cut over two lines has two boxes where it should have one.
			const cut = [...element.querySelectorAll('td')]
				.filter((cell) => /^\d/.test(cell.textContent!))
				.filter((cell) => {
					const text = cell.firstChild!;
					const range = document.createRange();
					range.setStart(text, 0);
					range.setEnd(text, Math.min(5, text.textContent!.length));
					return range.getClientRects().length > 1;
				}).length;
			return { scrolls: element.scrollWidth > element.clientWidth, cut };
		});
		expect(table).toEqual({ scrolls: true, cut: 0 });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		await page.close();
	});

	// trial-45: a table of six columns scrolled at 360 px, but a keyboard could not reach it nor a screen reader tell.
	it.each([
		['zh-hant', '表格（可左右滑動）'],
		['zh-hans', '表格（可左右滑动）'],
	])('scrolls from the keyboard too, in a box a screen reader names in the edition’s script (%s)', async (edition, name) => {
		const page = await browser.newPage({ viewport: { width: 360, height: 780 } });
		await page.goto(`${served.url}${edition}/articles/2020/02/07-xiapu-clinic-hours/`);
		const box = page.getByRole('region', { name, exact: true });
		expect(await box.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
		// The table keeps its rows and columns for screen readers: the box scrolls, not the table.
		expect(await box.getByRole('table').evaluate((element) => getComputedStyle(element).display)).toBe('table');
		const axe = await new AxeBuilder({ page }).withRules(['scrollable-region-focusable']).setLegacyMode().analyze();
		expect(axe.violations.map((v) => v.id)).toEqual([]);
		// Tab reaches it from the link before it, and the arrow keys scroll it, the page's focus outline showing where.
		await page.locator('.prose').evaluate((prose) => prose.insertAdjacentHTML('afterbegin', '<a href="#" id="before-table">前</a>'));
		await page.focus('#before-table');
		await page.keyboard.press('Tab');
		expect(await box.evaluate((element) => element === document.activeElement && getComputedStyle(element).outlineStyle)).toBe('solid');
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
		await page.close();
	});
});

describe.each(['zh-hant', 'zh-hans'])('numbers to call on a 360-pixel phone (%s)', (edition) => {
	it('makes them tel: links on one line, and shades the edge of a table that scrolls', async () => {
		const page = await browser.newPage({ viewport: { width: 360, height: 780 } });
		await page.goto(`${served.url}${edition}/articles/2020/02/05-xiapu-clinic-phones/`);
		const links = await page.$$eval('.prose a[href^="tel:"]', (anchors) =>
			anchors.map((a) => {
				const range = document.createRange();
				range.selectNodeContents(a);
				// A number broken at its dash has a box on each line.
				return { href: a.getAttribute('href'), text: a.textContent, lines: new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size };
			}),
		);
		expect(links).toEqual([
			{ href: 'tel:05938227120', text: '0593-8227120', lines: 1 },
			{ href: 'tel:12345', text: '12345', lines: 1 },
			{ href: 'tel:13900002222', text: '139 0000 2222', lines: 1 },
			{ href: 'tel:6321236', text: '6321236', lines: 1 },
			{ href: 'tel:120', text: '120', lines: 1 },
			{ href: 'tel:05938412120', text: '0593-8412120', lines: 1 },
			{ href: 'tel:05938667120', text: '0593-8667120', lines: 1 },
		]);
		// The table scrolls; its right edge, with more beyond it, is shaded and its left edge is not, until scrolled to the end.
		const table = page.locator('.prose .table-scroll');
		expect(await table.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
		const edges = async () => {
			const { data, info } = await sharp(await table.screenshot())
				.raw()
				.toBuffer({ resolveWithObject: true });
			// The mean brightness of a column of pixels 3 px inside each edge, through the middle of the header row.
			const column = (x: number) => {
				let sum = 0;
				for (let y = 4; y < 20; y++) for (let c = 0; c < 3; c++) sum += data[(y * info.width + x) * info.channels + c]!;
				return sum / 48;
			};
			return { left: column(3), right: column(info.width - 4) };
		};
		const start = await edges();
		expect(start.right).toBeLessThan(start.left - 10);
		await table.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
		const end = await edges();
		expect(end.left).toBeLessThan(end.right - 10);
		await page.close();
	});
});

describe('a number to call at the end of a line on a 360-pixel phone', () => {
	// trial-41: justified, the line before a number too long to join it opened wide gaps between its characters.
	it('leaves no wide gaps in the line before it', async () => {
		const page = await browser.newPage({ viewport: { width: 360, height: 780 } });
		await page.goto(`${served.url}zh-hant/articles/2020/02/04-xiapu-night-phones/`);
		// Justification widens each character's box: a Chinese character should be one em wide.
		const widestGap = await page.$$eval('.prose p', (paragraphs) => {
			let widest = 0;
			for (const p of paragraphs.filter((p) => p.querySelector('a[href^="tel:"]'))) {
				const em = parseFloat(getComputedStyle(p).fontSize);
				const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					const text = node.textContent ?? '';
					for (let i = 0; i < text.length; i++) {
						if (!/\p{Script=Han}/u.test(text[i]!)) continue;
						const range = document.createRange();
						range.setStart(node, i);
						range.setEnd(node, i + 1);
						widest = Math.max(widest, range.getBoundingClientRect().width - em);
					}
				}
			}
			return widest;
		});
		expect(widestGap).toBeLessThan(2);
		await page.close();
	});
});

describe('a table of Chinese text on a 360-pixel phone', () => {
	it('keeps every column four characters wide or more, scrolling sideways rather than one character a line', async () => {
		const page = await browser.newPage({ viewport: { width: 360, height: 780 } });
		await page.goto(`${served.url}zh-hant/articles/2020/02/06-fuan-vaccine-schedule/`);
		const narrowest = await page.evaluate(() => {
			const cells = [...document.querySelectorAll<HTMLElement>('.prose table :is(th, td)')];
			// The width for text, in characters of the cell's font.
			return Math.min(
				...cells.map((cell) => {
					const style = getComputedStyle(cell);
					return (cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)) / parseFloat(style.fontSize);
				}),
			);
		});
		expect(narrowest).toBeGreaterThanOrEqual(3.9);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		await page.close();
	});
});

describe('alerts on a 360-pixel phone', () => {
	let page: Page;
	beforeAll(async () => {
		page = await browser.newPage({ viewport: { width: 360, height: 780 } });
		await page.clock.setFixedTime(new Date(`${day(5)}T10:00:00`));
	});
	afterAll(() => page.close());
	const heights = () => page.$$eval('.alert:not([hidden])', (boxes) => boxes.map((box) => box.getBoundingClientRect().height));

	it('take one line each, most severe first, however long the notice', async () => {
		await page.goto(`${served.url}zh-hant/articles/2020/02/08-fuan-mask-production/`);
		const levels = await page.$$eval('.alert:not([hidden])', (boxes) => boxes.map((box) => box.className.match(/alert-(\w+)/)?.[1]));
		expect(levels).toEqual(['urgent', 'urgent', 'info']);
		// One 44-pixel line (the fingertip-sized toggle) per alert, whatever the text's length.
		for (const height of await heights()) expect(height).toBeLessThanOrEqual(46);
		expect(await page.$eval('.alert-info .alert-text', (text) => text.scrollWidth > text.clientWidth)).toBe(true);
		// The page's heading is on the first screen, below three alerts.
		expect((await page.locator('h1').boundingBox())!.y).toBeLessThan(780 / 2);
	});

	it('open to show the whole notice and its link', async () => {
		await page.click('.alert-urgent:has-text("發熱門診") summary');
		const opened = page.locator('.alert-urgent:has-text("發熱門診")');
		expect((await opened.boundingBox())!.height).toBeGreaterThan(90);
		expect(await opened.locator('.alert-text').evaluate((text) => text.scrollWidth <= text.clientWidth)).toBe(true);
		expect(await opened.locator('a', { hasText: '詳情' }).isVisible()).toBe(true);
	});

	it('hide an information notice at once, on every page, until the office changes it', async () => {
		await page.click('.alert-info .alert-close');
		expect(await page.isVisible('.alert-info')).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
		await page.goto(`${served.url}zh-hant/counties/fuan/`);
		expect(await page.isVisible('.alert-info')).toBe(false);
		expect(await page.isVisible('.alert-urgent >> nth=0')).toBe(true);
		// A changed alert has another version: what the reader hid was an older notice.
		await page.evaluate(() => localStorage.setItem('bulletin-hidden-alerts', JSON.stringify({ masks: 'an-older-version' })));
		await page.reload();
		expect(await page.isVisible('.alert-info')).toBe(true);
	});

	it('never hide an urgent notice before it is opened and read', async () => {
		await page.goto(`${served.url}zh-hans/`);
		const hotline = page.locator('.alert-urgent:has-text("防疫热线")');
		expect(await hotline.locator('[data-alert-hide]:visible').count()).toBe(0);
		await hotline.locator('summary').click();
		await hotline.locator('button', { hasText: '已阅读，不再显示' }).click();
		expect(await hotline.isVisible()).toBe(false);
		await page.reload();
		expect(await page.isVisible('.alert-urgent:has-text("防疫热线")')).toBe(false);
		expect(await page.isVisible('.alert-urgent:has-text("发热门诊")')).toBe(true);
	});
});

describe('navigation on a 360-pixel phone', () => {
	it.each(['zh-hant/', 'zh-hans/articles/2020/02/08-fuan-mask-production/', 'zh-hant/counties/fuan/', '404.html'])(
		'every link in the header and the navigation of /%s is at least 44 × 44 px',
		async (path) => {
			const page = await browser.newPage({ viewport: { width: 360, height: 780 } });
			await page.goto(`${served.url}${path}`);
			const small = await page.$$eval('.site-header a, nav a', (links) =>
				links
					.map((link) => ({ text: link.textContent?.trim(), box: link.getBoundingClientRect() }))
					.filter(({ box }) => box.width > 0 && (box.width < 44 || box.height < 44))
					.map(({ text, box }) => `${text}: ${Math.round(box.width)}×${Math.round(box.height)}`),
			);
			expect(small).toEqual([]);
			await page.close();
		},
	);

	it('the home page leads on from the latest 20 to the whole date archive', async () => {
		const page = await browser.newPage();
		await page.goto(`${served.url}zh-hans/`);
		await page.click('section[aria-labelledby="latest"] >> text=按日期浏览全部');
		await page.waitForURL(`${served.url}zh-hans/archive/`);
		await page.close();
	});
});

// trial-45: the article's trail to its jurisdiction read 豐嶺縣›范家坊鄉, no room round the ›.
describe.each(['zh-hant', 'zh-hans'])('the trail to a jurisdiction inside another on a 360-pixel phone (%s)', (edition) => {
	it('leaves room round the › on the article and on the jurisdiction’s page, the › on the line of the place before it', async () => {
		const page = await browser.newPage({ viewport: { width: 360, height: 780 } });
		await page.goto(`${served.url}${edition}/articles/2020/02/03-songcheng-clinic-moves/`);
		// The boxes of the words themselves, without their links' padding.
		const article = await page.$eval('.meta .places', (places) => {
			const [above, mark, own] = [places.querySelector('a')!, places.querySelector('[aria-hidden="true"]')!, places.querySelector(':scope > a')!].map(
				(node) => {
					const range = document.createRange();
					range.selectNodeContents(node);
					return range.getClientRects()[0]!;
				},
			);
			return { before: mark!.left - above!.right, after: own!.left - mark!.right, sameLine: Math.round(mark!.top) === Math.round(above!.top) };
		});
		expect(article.before).toBeGreaterThanOrEqual(4);
		expect(article.after).toBeGreaterThanOrEqual(4);
		expect(article.sameLine).toBe(true);
		// The jurisdiction's page draws its › (::before, no box of its own) between the name above and its own.
		await page.goto(`${served.url}${edition}/counties/songcheng/`);
		const between = await page.$eval('.breadcrumb', (trail) => {
			const [above, own] = [trail.querySelector('a')!, trail.querySelector('[aria-current="page"]')!].map((node) => {
				const range = document.createRange();
				range.selectNodeContents(node);
				return range.getClientRects()[0]!;
			});
			return own!.left - above!.right;
		});
		expect(between).toBeGreaterThanOrEqual(12);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		await page.close();
	});
});

describe('the 404 page', () => {
	it('has the site header, both editions’ navigation and a search box in each script', async () => {
		const page = await browser.newPage();
		const errors = watchErrors(page);
		expect((await page.goto(`${served.url}no-such-bulletin/`))?.status()).toBe(404);
		expect(await page.locator('nav[aria-label="主要導覽"] a').allTextContents()).toEqual(['首頁', '縣區', '專題', '日期', '搜尋']);
		expect(await page.locator('nav[aria-label="主导航"] a').allTextContents()).toEqual(['首页', '县区', '专题', '日期', '搜索']);
		await page.fill('#search-box-zh-hans', '口罩');
		await page.press('#search-box-zh-hans', 'Enter');
		await page.waitForURL(/\/zh-hans\/search\/\?q=/);
		await page.waitForSelector('[data-results][aria-busy="false"]', { state: 'attached' });
		expect(await page.textContent('[data-results] h3')).toBe('福安:叶其发调研我市民企民用口罩生产线情况');
		// Chromium reports the 404 status itself; nothing else may fail.
		expect(errors.filter((error) => !error.includes('status of 404'))).toEqual([]);
		await page.close();
	});
});

describe('feeds opened in Chromium', () => {
	it.each([
		['zh-hant', '福安市 · 寧德防疫快訊', '如何訂閱', '福安:葉其發調研我市民企民用口罩生產線情況', '發佈日期：2020年2月8日'],
		['zh-hans', '福安市 · 宁德防疫快讯', '如何订阅', '福安:叶其发调研我市民企民用口罩生产线情况', '发布日期：2020年2月8日'],
	])('show the %s county feed as a page that explains itself, in its script', async (edition, title, how, item, date) => {
		const page = await browser.newPage();
		const errors = watchErrors(page);
		const feed = `${served.url}${edition}/counties/fuan/rss.xml`;
		await page.goto(feed);
		expect(await page.textContent('h1')).toBe(title);
		expect(await page.textContent('#feed-how')).toBe(how);
		expect(await page.textContent('.feed-address')).toBe(`https://example.gov.cn/${edition}/counties/fuan/rss.xml`);
		expect(await page.locator('.feed-item h3').allTextContents()).toContain(item);
		expect(await page.textContent('.feed-item')).toContain(date);
		expect(await page.getAttribute('html', 'lang')).toBe(edition === 'zh-hant' ? 'zh-Hant-TW' : 'zh-Hans');
		// The site's stylesheet file reached the page (no inline style could).
		expect(await page.$eval('.feed-notice', (notice) => getComputedStyle(notice).borderLeftWidth)).toBe('6px');
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('printing an article', () => {
	const article = 'articles/2020/02/08-fuan-mask-production/';
	const address = `https://example.gov.cn/zh-hant/${article}`;
	let folder: string;
	let pdf: string;
	beforeAll(async () => {
		folder = mkdtempSync(join(tmpdir(), 'bulletin-print-'));
		pdf = join(folder, 'article.pdf');
		const page = await browser.newPage();
		await page.goto(`${served.url}zh-hant/${article}`);
		await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
		await page.close();
	});
	afterAll(() => rmSync(folder, { recursive: true, force: true }));
	const pdfText = (...args: string[]) => execFileSync('pdftotext', [...args, pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');

	it('fits a short bulletin on one A4 page', () => {
		expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
		expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+59\d\.\d+ x 841\.\d+ pts \(A4\)/);
	});

	it('starts with the site and the issuing office, then the title, and ends with the address and the dates', () => {
		const text = pdfText('-f', '1', '-l', '1');
		const title = text.indexOf('福安:葉其發調研我市民企民用口罩生產線情況');
		expect(text.indexOf('寧德防疫快訊')).toBeGreaterThanOrEqual(0);
		expect(text.indexOf('寧德防疫快訊')).toBeLessThan(title);
		expect(text.indexOf('寧德市衛生健康委員會')).toBeLessThan(title);
		const source = text.slice(text.lastIndexOf('本頁網址'));
		expect(text.lastIndexOf('本頁網址')).toBeGreaterThan(text.indexOf('抓緊上馬後續生產線'));
		for (const part of [address, '發佈日期2020年2月8日', `列印日期${formatDate(today())}`]) expect(source).toContain(part);
		expect(text).not.toMatch(/主要導覽|較新一篇|相關快訊|分享/);
	});

	it('carries a QR code of the address that a phone can scan', async () => {
		execFileSync('pdftoppm', ['-r', '150', '-f', '1', '-l', '1', '-png', pdf, join(folder, 'page')]);
		const { data, info } = await sharp(join(folder, 'page-1.png')).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
		expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data).toBe(address);
	});
});
