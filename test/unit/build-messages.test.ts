import { afterEach, describe, expect, it, vi } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

const sample = resolve(process.env.BULLETIN_CONTENT ?? 'test/fixtures/sample-site');
const folders: string[] = [];
afterEach(() => {
	folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
	vi.unstubAllEnvs();
});

/** A content folder whose site.yaml is the sample's with `messages:` set (or left out), as the current content folder. */
function siteWithMessages(messages: string | undefined): void {
	const content = mkdtempSync(join(tmpdir(), 'bulletin-messages-'));
	folders.push(content);
	cpSync(join(sample, 'site.yaml'), join(content, 'site.yaml'));
	if (messages) writeFileSync(join(content, 'site.yaml'), `${readFileSync(join(content, 'site.yaml'), 'utf8')}\nmessages: ${messages}\n`);
	vi.stubEnv('BULLETIN_CONTENT', content);
}

/** The build's modules loaded afresh, so the language is chosen again from the current site.yaml and no --lang. */
async function freshModules() {
	vi.resetModules();
	return {
		messages: await import('../../src/content-model/editor-messages.ts'),
		problems: await import('../../src/content-model/problems.ts'),
		verify: await import('../../src/publish/verify-site.ts'),
		report: await import('../../src/integrations/build-report.ts'),
	};
}

/** The final check's problems of a built site with one link to nothing, in the `file:line: 錯誤：…` form. */
function finalCheck(modules: Awaited<ReturnType<typeof freshModules>>): string[] {
	const dir = mkdtempSync(join(tmpdir(), 'bulletin-built-'));
	folders.push(dir);
	mkdirSync(join(dir, 'a'));
	writeFileSync(join(dir, 'a/index.html'), '<!doctype html><html><body><a href="/missing/">m</a></body></html>');
	return modules.verify.checkBuiltSite({ dir, displayDir: 'dist/', base: '/', origin: 'https://example.gov.cn' }).problems.map(modules.problems.formatProblem);
}

/** What the build's report integration logs when the build is done. */
function buildLog(modules: Awaited<ReturnType<typeof freshModules>>): string[] {
	const logged: string[] = [];
	const hook = modules.report.buildReport().hooks['astro:build:done']!;
	void hook({ logger: { info: (line: string) => logged.push(line) } } as unknown as Parameters<NonNullable<AstroIntegration['hooks']['astro:build:done']>>[0]);
	return logged;
}

describe('the build’s messages', () => {
	it.each([
		[undefined, ['dist/a/index.html: 錯誤：連結 /missing/ 指向的檔案不在網站裡'], ['簡繁轉換用了 0.0 秒']],
		['zh-Hans', ['dist/a/index.html: 错误：链接 /missing/ 指向的文件不在网站里'], ['简繁转换用了 0.0 秒']],
		['en', ['dist/a/index.html: error: link /missing/ points to no file of the site'], ['script conversion took 0.0 s']],
	])('follow site.yaml’s messages: %s (the default script when unset) in the final check and the log', async (messages, problems, log) => {
		siteWithMessages(messages);
		const modules = await freshModules();
		expect(finalCheck(modules)).toEqual(problems);
		expect(buildLog(modules)).toEqual(log);
	});

	it('come in a Hong Kong office’s own standard of Traditional (裏, not Taiwan’s 裡)', async () => {
		siteWithMessages('zh-Hant');
		const site = join(process.env.BULLETIN_CONTENT!, 'site.yaml');
		writeFileSync(site, readFileSync(site, 'utf8').replace('traditionalVariant: tw', 'traditionalVariant: hk'));
		const modules = await freshModules();
		expect(finalCheck(modules)).toEqual(['dist/a/index.html: 錯誤：連結 /missing/ 指向的檔案不在網站裏']);
	});

	it('follow a command’s --lang over site.yaml', async () => {
		siteWithMessages('en');
		const modules = await freshModules();
		modules.messages.chooseMessageLanguage('zh-Hans');
		expect(finalCheck(modules)).toEqual(['dist/a/index.html: 错误：链接 /missing/ 指向的文件不在网站里']);
		modules.messages.chooseMessageLanguage('zh-Hant');
		expect(buildLog(modules)).toEqual(['簡繁轉換用了 0.0 秒']);
	});
});

describe('content errors in the terminal and the browser (Astro prints an error\'s Markdown links as "text url")', () => {
	it('show a fix written as a Markdown picture or link exactly as the editor should type it, with no invisible character', async () => {
		const { ContentError, logProblems } = await import('../../src/content-model/problems.ts');
		const { devContentMessage } = await import('../../src/content-model/content-check.ts');
		// Astro's own formatter of errors for the terminal, which its package does not export.
		const { renderErrorMarkdown } = await import(pathToFileURL(resolve('node_modules/astro/dist/core/errors/dev/runtime.js')).href);
		const problem = {
			file: 'a.md',
			line: 3,
			severity: 'error' as const,
			message: '貼上的 <img src="x.jpg"> 不會發佈',
			hint: '用 Markdown 寫圖片：![說明](./images/x.jpg)，連結寫 [文字](網址)',
		};
		const logged: string[] = [];
		logProblems({ error: (line) => logged.push(line) }, [problem]);
		expect(logged).toEqual(['a.md:3: 錯誤：貼上的 <img src="x.jpg"> 不會發佈（用 Markdown 寫圖片：![說明](./images/x.jpg)，連結寫 [文字](網址)）']);
		// The error Astro prints after the lines holds no Markdown of its own to render.
		const error = new ContentError('文章有 1 個問題，什麼都沒有發佈；問題列在上面，每行一個', '逐行改正上面的問題');
		expect(renderErrorMarkdown(error.message, 'cli')).toBe(error.message);
		expect(devContentMessage([problem]).message).toContain(logged[0]);
		expect(JSON.stringify([logged, devContentMessage([problem]), error.message])).not.toContain('\u2060');
	});
});

// Last: converting the names counts in the build's conversion time, which the log lines above expect at 0.0 s.
describe('the search index’s log line', () => {
	it.each([
		['zh-Hans', '县区'],
		['zh-Hant', '縣區'],
	])('names the jurisdictions in the messages’ script (%s) on the line of either edition', async (messages, word) => {
		siteWithMessages(messages);
		// The conversion to the Traditional edition reads the site's glossary and names.
		for (const file of ['glossary.yaml', 'counties.yaml', 'topics.yaml', 'series.yaml']) cpSync(join(sample, file), join(process.env.BULLETIN_CONTENT!, file));
		vi.resetModules();
		const { jurisdictionWordForEditors } = await import('../../src/view/edition.ts');
		expect(jurisdictionWordForEditors()).toBe(word);
	});
});
