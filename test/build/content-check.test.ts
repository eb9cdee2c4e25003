import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sampleSite, runScript, sampleProjects } from '../../scripts/lib/build-site.ts';
import { badArticles, expectedErrors } from '../fixtures/bad-articles.ts';

const projects = sampleProjects();
const project = projects.create;
afterEach(projects.removeAll);

describe('npm run check', () => {
	it('passes the sample content with no problems', () => {
		const { status, output } = runScript(project(), 'scripts/check.ts');
		expect(status).toBe(0);
		expect(output).toMatch(/已檢查 6 篇快訊，[\d.]+ 秒：0 個錯誤，0 個警告/);
	});

	it('reports every article the build refuses, one line each, and exits 1', () => {
		const root = project((content) => Object.entries(badArticles).forEach(([name, text]) => writeFileSync(join(content, 'articles/2020/02', name), text)));
		const { status, output } = runScript(root, 'scripts/check.ts');
		expect(status).toBe(1);
		for (const [where, message] of expectedErrors) expect(output).toContain(`content/articles/2020/02/${where}: 錯誤：${message}`);
		expect(output).toMatch(/已檢查 16 篇快訊，[\d.]+ 秒：9 個錯誤，\d+ 個警告/);
	});

	it('speaks English with --lang en and Simplified with --lang zh-Hans (or site.yaml messages) about the same problem', () => {
		const root = project((content) => writeFileSync(join(content, 'articles/2020/02/09-unknown-county.md'), badArticles['09-unknown-county.md']!));
		const where = 'content/articles/2020/02/09-unknown-county.md:4';
		const english = runScript(root, 'scripts/check.ts', ['--lang', 'en']);
		expect(english.output).toContain(`${where}: error: county: "福安" is not a county id; did you mean "fuan"? Valid ids (content/counties.yaml)`);
		expect(english.output).toMatch(/checked 7 articles in [\d.]+ s: 1 error\(s\), 0 warning\(s\)/);
		const simplified = runScript(root, 'scripts/check.ts', ['--lang', 'zh-Hans']);
		expect(simplified.output).toContain(`${where}: 错误：county: “福安”不是 county 的 id；是不是“fuan”？可用的 id（content/counties.yaml）`);
		expect(simplified.output).toMatch(/已检查 7 篇快讯，[\d.]+ 秒：1 个错误，0 个警告/);
		writeFileSync(join(root, 'content/site.yaml'), `${readFileSync(join(root, 'content/site.yaml'), 'utf8')}\nmessages: en\n`);
		expect(runScript(root, 'scripts/check.ts').output).toContain(`${where}: error: county: "福安" is not a county id`);
		expect(runScript(root, 'scripts/check.ts', ['--lang', 'zh-Hant']).output).toContain(`${where}: 錯誤：county: 「福安」不是 county 的 id`);
	});

	it('warns about the seed misspelling once the glossary no longer covers it', () => {
		const root = project((content) => {
			const glossary = join(content, 'glossary.yaml');
			writeFileSync(glossary, readFileSync(glossary, 'utf8').replace(/.*hant: 葉其發.*\n/, ''));
		});
		const { status, output } = runScript(root, 'scripts/check.ts');
		expect(status).toBe(0);
		expect(output).toContain('content/articles/2020/02/08-fuan-video-conference.md:13: 警告：「葉其髮」在別處寫作「葉其發」5 次；兩者的簡體都是「叶其发」');
	});

	it('reports a broken data file with its line', () => {
		const root = project((content) => writeFileSync(join(content, 'topics.yaml'), `${readFileSync(join(sampleSite, 'topics.yaml'), 'utf8')}- id: masks\n`));
		const { status, output } = runScript(root, 'scripts/check.ts');
		expect(status).toBe(1);
		expect(output).toContain(
			`content/topics.yaml:${readFileSync(join(sampleSite, 'topics.yaml'), 'utf8').split('\n').length}: 錯誤：masks 的 name：必填：專題名稱`,
		);
		// Articles are checked against topics.yaml: not "checked 0 articles", but that they were not checked, and why.
		expect(output).not.toMatch(/已檢查 0 篇/);
		expect(output).toMatch(
			/已檢查資料檔，[\d.]+ 秒：2 個錯誤，0 個警告。快訊沒有檢查：快訊要對照 site\.yaml、counties\.yaml、topics\.yaml 和 series\.yaml 才能檢查/,
		);
	});

	it('still checks the articles when only the glossary or alerts.yaml has an error', () => {
		const root = project((content) => {
			writeFileSync(join(content, 'alerts.yaml'), 'alerts: [\n');
			const glossary = join(content, 'glossary.yaml');
			writeFileSync(glossary, `${readFileSync(glossary, 'utf8')}  - { hant: <b>衞生防護中心</b>, hans: 卫生防护中心 }\n`);
			writeFileSync(join(content, 'articles/2020/02/08-fuan-video-conference.md'), '---\ntitle: 無日期\n---\n\n正文。\n');
			writeFileSync(
				join(content, 'articles/2020/02/09-fuan-review.md'),
				'---\ntitle: 福安市志愿者冒雨值守\ndate: 2020-02-09\ncounty: fuan\ntopics: [community]\nlang: zh-Hans\n---\n\n志愿者冒雨值守，衣服晒了又干。\n',
			);
		});
		const { status, output } = runScript(root, 'scripts/check.ts');
		expect(status).toBe(1);
		// trial-40: the review list stays, after the glossary's errors.
		expect(output).toMatch(/^content\/glossary\.yaml:\d+: 錯誤[^]*^content\/articles\/2020\/02\/09-fuan-review\.md:9: 警告：「干」/m);
		expect(output).toMatch(/^content\/alerts\.yaml:\d+: 錯誤/m);
		expect(output).toMatch(/^content\/glossary\.yaml:\d+: 錯誤/m);
		expect(output).toMatch(/^content\/articles\/2020\/02\/08-fuan-video-conference\.md:\d+: 錯誤/m);
		expect(output).toMatch(/已檢查 7 篇快訊/);
	});

	it('names the file and line of a glossary entry that is not plain text, and of one whose sides do not correspond', () => {
		const root = project((content) => {
			const glossary = join(content, 'glossary.yaml');
			writeFileSync(
				glossary,
				`${readFileSync(glossary, 'utf8')}  - { hant: <b>衞生防護中心</b>, hans: 卫生防护中心 }\n  - { hant: 閩東時報, hans: 闽东日报 }\n`,
			);
		});
		const { status, output } = runScript(root, 'scripts/check.ts');
		const lines = readFileSync(join(sampleSite, 'glossary.yaml'), 'utf8').split('\n').length;
		expect(status).toBe(1);
		expect(output).toContain(
			`content/glossary.yaml:${lines}: 錯誤：organisations 第 3 項的 hant: hant「<b>衞生防護中心</b>」含有 <、>、& 或控制字元；詞表的寫法只能是純文字`,
		);
		// trial-40: its two sides do not correspond (時 is no form of 日); a duplicate whose sides do is in data-file-problems.test.ts.
		expect(output).toContain(
			`content/glossary.yaml:${lines + 1}: 錯誤：organisations 第 4 項的 hant: 閩東時報 的第 3 個字「時」不是 闽东日报 的「日」的繁體寫法`,
		);
	});

	it('takes several Traditional spellings in one glossary entry', () => {
		const root = project((content) => {
			const glossary = join(content, 'glossary.yaml');
			writeFileSync(glossary, `${readFileSync(glossary, 'utf8')}  - { hant: [衞生防護中心, 衛生防護中心], hans: 卫生防护中心 }\n`);
		});
		expect(runScript(root, 'scripts/check.ts')).toMatchObject({ status: 0, output: expect.stringContaining('0 個錯誤，0 個警告') });
	});

	it("names the line of an article's own glossary entry, and lists what to review in a Simplified article", () => {
		const root = project((content) =>
			writeFileSync(
				join(content, 'articles/2020/02/09-fuan-review.md'),
				'---\ntitle: 福安市志愿者冒雨值守\ndate: 2020-02-09\ncounty: fuan\ntopics: [community]\nlang: zh-Hans\nglossary:\n  - { hant: 葉其發, hans: 叶其发 }\n  - { hant: A&B, hans: A&B }\n---\n\n志愿者冒雨值守，衣服晒了又干。\n',
			),
		);
		const { status, output } = runScript(root, 'scripts/check.ts');
		expect(status).toBe(1);
		expect(output).toContain('content/articles/2020/02/09-fuan-review.md:9: 錯誤：glossary 第 2 項的 hant: hant「A&B」含有 <、>、& 或控制字元');
		const fixed = root;
		writeFileSync(
			join(fixed, 'content/articles/2020/02/09-fuan-review.md'),
			readFileSync(join(fixed, 'content/articles/2020/02/09-fuan-review.md'), 'utf8').replace('  - { hant: A&B, hans: A&B }\n', ''),
		);
		const again = runScript(fixed, 'scripts/check.ts');
		expect(again.status).toBe(0);
		expect(again.output).toContain(
			'content/articles/2020/02/09-fuan-review.md:11: 警告：「干」有幾種繁體寫法，按詞語「又干」選了「幹」（做、幹部），但這裡的「又干」可能是分開的兩個詞，也可能是「乾」（乾燥、乾淨）',
		);
		expect(again.output).toContain('（若「又幹」應作「又乾」，把它寫成 -{zh-hans:又干;zh-hant:又乾}-');
	});
});
