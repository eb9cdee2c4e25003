import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import sharp from 'sharp';
import { parse, stringify } from 'yaml';
import type { Browser, Page } from 'playwright-core';
import { buildProject, createProject, projectRoot, runScript, sampleContentWith, type BuiltSite } from '../../scripts/lib/build-site.ts';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { freePort, hasNginx, startNginx, type RunningNginx } from '../helpers/nginx.ts';

/** Where the test leaves its screenshots of the editor (ignored by git; the editors' guide uses copies in docs/editors/images/). */
const SHOTS = join(projectRoot, 'test-results/screenshots/editor');
const ARTICLE = 'content/articles/2020/02/09-fuan-1830.md';
// The editor keeps a request open, so its page never fires "load", and parsing its 5 MB script on a busy machine can
// take longer than a navigation timeout: its own elements are waited for instead.
const LOADED = { waitUntil: 'commit' } as const;

/** Starts decap-server, the editor's local backend, on a loopback port over a project folder. */
async function startBackend(root: string): Promise<{ port: number; process: ChildProcess }> {
	const port = await freePort();
	const server = spawn(process.execPath, [createRequire(import.meta.url).resolve('decap-server/dist/index.js')], {
		cwd: root,
		// MODE is decap-server's own setting (vitest sets MODE=test for itself): fs saves straight into the folder.
		env: { ...process.env, MODE: 'fs', PORT: String(port), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: root, LOG_LEVEL: 'warn' },
		stdio: 'inherit',
	});
	for (let i = 0; i < 200; i++) {
		const ready = await fetch(`http://127.0.0.1:${port}/api/v1`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"info"}' })
			.then((r) => r.ok)
			.catch(() => false);
		if (ready) return { port, process: server };
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error('decap-server did not start');
}

/** Opens the editor signed in to the local backend (its sign-in is one button), at a view given by its #/ path. */
async function openEditor(page: Page, site: string, view: string): Promise<void> {
	await page.goto(`${site}admin/`, LOADED);
	const signIn = page.getByRole('button', { name: '登入' });
	const signedIn = page.getByRole('link', { name: '快訊' }).first();
	await Promise.race([signIn.waitFor(), signedIn.waitFor()]);
	if (await signIn.isVisible()) await signIn.click();
	await signedIn.waitFor();
	await page.evaluate((hash) => (location.hash = hash), view);
}

/** Waits until a file exists (the editor saves through the backend a moment after the button is pressed). */
async function fileWritten(path: string): Promise<void> {
	for (let i = 0; i < 300 && !existsSync(path); i++) await new Promise((r) => setTimeout(r, 100));
}

/**
 * Publishes the open entry and waits until its file is written; throws with the fields' error messages when the editor
 * refuses the save, so a refusal reads as the field it names rather than as a missing file (CI saw only that once).
 */
async function publish(page: Page, path: string): Promise<void> {
	await page.getByRole('button', { name: '發布' }).click();
	await page.getByRole('menuitem', { name: '立即發布' }).click();
	// Decap marks each refused field with a list of its messages (emotion names the class after the component).
	const refusals = page.locator('[class*="ControlErrorsList"] li');
	// The local backend creates the file before it writes it: under load a read may find it still empty (stop 45's run).
	const written = () => existsSync(path) && statSync(path).size > 0;
	for (let i = 0; i < 600 && !written(); i++) {
		if (await refusals.count()) throw new Error(`the editor refused the save: ${(await refusals.allTextContents()).join('; ')}`);
		await new Promise((r) => setTimeout(r, 100));
	}
	if (!written()) throw new Error(`the editor did not write ${path} within 60 s`);
}

// The editor page is served by nginx with the repository's configuration, so it runs under the site's real
// Content-Security-Policy for /admin/; nginx passes the editor's local backend requests on to decap-server.
describe.skipIf(!hasNginx)('the web editor (/admin/, Decap CMS) against its local backend', () => {
	let root: string;
	let site: BuiltSite;
	let backend: ChildProcess;
	let server: RunningNginx;
	let browser: Browser;
	let page: Page;
	const failed: string[] = [];

	beforeAll(async () => {
		root = createProject(
			sampleContentWith((content) => {
				// The editor edits the alert list under alerts:, the form the live sample uses.
				const file = join(content, 'alerts.yaml');
				writeFileSync(file, stringify({ alerts: parse(readFileSync(file, 'utf8')) }));
			}),
		);
		site = buildProject(root);
		if (!site.ok) throw new Error(site.output);
		const local = await startBackend(root);
		backend = local.process;
		server = await startNginx(site.dist, '/', `\tlocation /admin/api/v1/ {\n\t\tproxy_pass http://127.0.0.1:${local.port}/api/v1;\n\t}`);
		browser = await launchChromium();
		page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-TW' });
		page.setDefaultTimeout(90_000);
		page.on('console', (message) => {
			if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) failed.push(message.text());
		});
		page.on('pageerror', (error) => failed.push(error.message));
		page.on('response', (response) => {
			if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) failed.push(`${response.status()} ${response.url()}`);
		});
		page.on('request', (request) => {
			if (!request.url().startsWith(server.url) && !/^(data|blob):/.test(request.url())) failed.push(`other origin: ${request.url()}`);
		});
		mkdirSync(SHOTS, { recursive: true });
	});
	afterAll(async () => {
		await browser?.close();
		await server?.stop();
		backend?.kill();
		site?.remove();
	});

	it('writes a bulletin with a picture that passes npm run check and builds, under the /admin/ policy', async () => {
		const picture = join(root, 'clinic.jpg');
		await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 200, g: 60, b: 60 } } })
			.jpeg()
			.toFile(picture);
		const csp = (await fetch(`${server.url}admin/`)).headers.get('content-security-policy') ?? '';
		expect(csp).toContain("script-src 'self' 'unsafe-eval'");
		expect((await fetch(`${server.url}zh-hant/`)).headers.get('content-security-policy')).not.toMatch(/'unsafe-eval'|'unsafe-inline'/);

		await openEditor(page, server.url, '#/collections/articles');
		await page.getByText('每篇快訊是 content/articles/ 下的一個檔案').waitFor();
		await page.screenshot({ path: join(SHOTS, '1-collections.png') });
		await page.evaluate(() => (location.hash = '#/collections/articles/new'));
		await page.getByLabel('標題', { exact: true }).fill('福安市公佈夜間發熱門診');
		await page.getByLabel('發布時間').fill('2020-02-09 18:30');
		// The dropdowns offer the data files' names and save their ids.
		await page.getByLabel('縣區').fill('福安');
		await page.keyboard.press('Enter');
		await page.getByLabel('專題').fill('疫情防控');
		await page.keyboard.press('Enter');
		await page.getByLabel('緊急 (選填)').click();
		await page.getByLabel('標題', { exact: true }).scrollIntoViewIfNeeded();
		await page.screenshot({ path: join(SHOTS, '2-new-bulletin.png') });
		await page.getByRole('button', { name: '選擇一張圖片' }).click();
		await page.locator('input[type=file]').setInputFiles(picture);
		await page.screenshot({ path: join(SHOTS, '3-picture.png') });
		await page.getByRole('button', { name: '選擇已選擇的項目' }).click();
		await page.getByLabel('首圖說明 (選填)').fill('福安市醫院發熱門診的入口');
		await page.locator('[data-slate-editor="true"]').click();
		await page.keyboard.type('2月9日晚，福安市公佈夜間發熱門診的地點和開放時間。');
		await page.screenshot({ path: join(SHOTS, '4-body.png') });
		await publish(page, join(root, ARTICLE));
		expect(failed).toEqual([]);
		await page.getByText('已儲存內容').waitFor();
		await page.screenshot({ path: join(SHOTS, '5-saved.png') });

		const text = readFileSync(join(root, ARTICLE), 'utf8');
		expect(text).toContain('title: 福安市公佈夜間發熱門診\ndate: 2020-02-09 18:30\ncounty: fuan\ntopics:\n  - epidemic-control\nurgent: true\n');
		expect(text).toMatch(/^image: images\/clinic\.jpg\nimageAlt: 福安市醫院發熱門診的入口$/m);
		expect(existsSync(join(root, 'content/articles/2020/02/images/clinic.jpg'))).toBe(true);
		expect(failed).toEqual([]);

		expect(runScript(root, 'scripts/check.ts')).toMatchObject({ status: 0, output: expect.stringContaining('已檢查 7 篇快訊') });
		rmSync(join(root, 'dist'), { recursive: true });
		const rebuilt = buildProject(root);
		expect(rebuilt.ok, rebuilt.output).toBe(true);
		const article = rebuilt.read('zh-hans/articles/2020/02/09-fuan-1830/index.html');
		expect(article).toMatch(/<img [^>]*alt="福安市医院发热门诊的入口"/);
		expect(article).toContain('2020年2月9日 星期日 18:30');
		// Urgent, so first on the home page in both editions.
		expect(rebuilt.read('zh-hant/index.html')).toMatch(
			/<article class="card urgent">\s*<h3 class="card-title">\s*<strong class="urgent-mark">緊急<\/strong>\s*<a href="\/zh-hant\/articles\/2020\/02\/09-fuan-1830\/">/,
		);
	}, 300_000);

	it('fits a phone (360 px) with every label, hint and button in Chinese, and uploads an attachment into files/', async () => {
		const phone = await browser.newPage({ viewport: { width: 360, height: 780 }, locale: 'zh-TW' });
		phone.setDefaultTimeout(90_000);
		// Its own list, so that a failure here is not reported again by the tests after it.
		const errors: string[] = [];
		phone.on('pageerror', (error) => errors.push(error.message));
		/** The page's width, and the words of its text, placeholders, titles and labels that are English. */
		const look = () =>
			phone.evaluate(() => {
				const texts: string[] = [];
				const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
				while (walker.nextNode()) texts.push(walker.currentNode.textContent ?? '');
				for (const element of document.querySelectorAll('[placeholder],[title],[aria-label]'))
					for (const name of ['placeholder', 'title', 'aria-label']) texts.push(element.getAttribute(name) ?? '');
				// Names that stay as written: the site's address, paths and file kinds, keys, and the noscript note.
				const kept = /example\.gov\.cn|content\/articles|images|files|JavaScript|PDF|Word|WPS|Excel|Esc|alt|Ctrl|Enter/gi;
				return { width: document.documentElement.scrollWidth, english: texts.filter((text) => /[A-Za-z]{3,}/.test(text.replace(kept, ''))) };
			});
		await openEditor(phone, server.url, '#/collections/articles');
		await phone.getByText('每篇快訊是 content/articles/ 下的一個檔案').waitFor();
		expect(await look()).toEqual({ width: 360, english: [] });
		await phone.evaluate(() => (location.hash = '#/collections/articles/new'));
		await phone.getByLabel('標題', { exact: true }).fill('福安市公佈義診通知');
		await phone.getByLabel('發布時間').fill('2020-02-10 09:30');
		// trial-42: the calendar is back as the browser's own picker (a phone's), opened by a button; its choice is
		// written into the field in the site's format, and the field's date is where it opens.
		const picker = phone.locator('[data-site-date-picker]').first();
		expect(await picker.getAttribute('type')).toBe('datetime-local');
		await expect.poll(() => picker.inputValue()).toBe('2020-02-10T09:30');
		await phone.getByRole('button', { name: '選日期' }).first().click();
		await phone.keyboard.press('Escape');
		await picker.fill('2020-02-11T08:15', { force: true });
		await expect.poll(() => phone.getByLabel('發布時間').inputValue()).toBe('2020-02-11 08:15');
		expect(await look()).toEqual({ width: 360, english: [] });
		await phone.getByLabel('發布時間').scrollIntoViewIfNeeded();
		await phone.screenshot({ path: join(SHOTS, '8-date-360.png') });
		await phone.getByLabel('發布時間').fill('2020-02-10 09:30');
		await expect.poll(() => picker.inputValue()).toBe('2020-02-10T09:30');
		await phone.getByLabel('縣區').fill('福安');
		await phone.keyboard.press('Enter');
		await phone.getByLabel('專題').fill('疫情防控');
		await phone.keyboard.press('Enter');
		await phone.locator('[data-slate-editor="true"]').click();
		await phone.keyboard.type('福安市公佈義診的時間和地點。');
		// Decap laid its editor out at least 800 px wide, and left some of its own words in English (Rich Text, Group by).
		expect(await look()).toEqual({ width: 360, english: [] });
		const notice = join(root, '義診通知.pdf');
		writeFileSync(notice, '%PDF-1.4\n% 義診通知\n%%EOF\n');
		await phone.getByRole('button', { name: /新增\s*附件/ }).click();
		await phone
			.getByRole('button', { name: /選擇.*檔案/ })
			.first()
			.click();
		await phone.locator('input[type=file]').setInputFiles(notice);
		await phone.getByRole('button', { name: '選擇已選擇的項目' }).click();
		await phone.getByLabel('連結文字').fill('義診通知（PDF）');
		expect(await look()).toEqual({ width: 360, english: [] });
		await phone.screenshot({ path: join(SHOTS, '7-attachment-360.png') });
		const saved = join(root, 'content/articles/2020/02/10-fuan-0930.md');
		await publish(phone, saved);
		expect(readFileSync(saved, 'utf8')).toContain('attachments:\n  - file: files/義診通知.pdf\n    title: 義診通知（PDF）\n');
		// Decap's local backend writes the attachment in a request of its own, which may end after the article's.
		const attachment = join(root, 'content/articles/2020/02/files/義診通知.pdf');
		await fileWritten(attachment);
		expect(existsSync(attachment)).toBe(true);
		// Where the build reads it: npm run check finds the file and lets it be published.
		expect(runScript(root, 'scripts/check.ts')).toMatchObject({ status: 0, output: expect.stringContaining('0 個錯誤') });
		await phone.close();
		expect(errors).toEqual([]);
	}, 300_000);

	// trial-41: an English Chrome showed the date as 12/01/2026, 03:07 AM; the component menu offered Code Block; the
	// picture's title read (選填) twice; the top bar said 在集合 快訊 新增內容.
	it('writes dates in the site’s format in an English browser, with no English, doubled or spaced words', async () => {
		const english = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
		english.setDefaultTimeout(90_000);
		const errors: string[] = [];
		english.on('pageerror', (error) => errors.push(String(error.message)));
		await openEditor(english, server.url, '#/collections/articles/new');
		const date = english.getByLabel('發布時間');
		// Decap fills a new entry's date once its widgets have loaded, which on a loaded machine takes more than poll's default second.
		await expect.poll(() => date.inputValue(), { timeout: 30_000 }).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
		expect(await english.textContent('body')).not.toMatch(/在集合|發佈/);
		await english.getByRole('button', { name: '加入元件' }).click();
		const menu = await english.getByRole('menu').textContent();
		expect(menu).toContain('圖片');
		expect(menu).not.toMatch(/Code|Block/);
		await english.getByRole('menuitem', { name: '圖片' }).click();
		await english.getByLabel('滑鼠停在圖片上時顯示的文字 (選填)').waitFor();
		expect(await english.textContent('body')).not.toContain('選填） (選填)');
		expect(errors).toEqual([]);
		// A date typed in the browser's form is refused with the site's form to copy (Decap refuses a save with an invalid
		// field by rejecting a promise with nothing: decap-cms-core's persistEntry).
		await date.fill('12/01/2026, 03:07 AM');
		await english.getByRole('button', { name: '發布' }).click();
		await english.getByRole('menuitem', { name: '立即發布' }).click();
		await english.getByText('請照 2020-02-08 18:30 的樣子寫').first().waitFor();
		await english.close();
		expect(errors.filter((error) => error !== 'undefined')).toEqual([]);
	}, 180_000);

	it('opens the alert list for editing', async () => {
		await openEditor(page, server.url, '#/collections/site/entries/alerts');
		await page.getByText('本站為示範網站', { exact: false }).first().waitFor();
		await page.screenshot({ path: join(SHOTS, '6-alerts.png') });
		expect(failed).toEqual([]);
	}, 120_000);
});
