import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, runScript, sampleProjects } from '../helpers/build-site.ts';
import { wallClock } from '../../src/site/dates.ts';

const projects = sampleProjects();
const project = projects.create;
afterEach(projects.removeAll);
const seed = join(projectRoot, 'test/fixtures/seed-2020-02-08.txt');
const articlesIn = (root: string) => readdirSync(join(root, 'content/articles'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));

describe('npm run import', () => {
	it('writes six articles that pass npm run check, and says what it left out', () => {
		const root = project((content) => rmSync(join(content, 'articles'), { recursive: true }));
		const { status, output } = runScript(root, 'scripts/import.ts', [seed, '--date', '2020-02-08']);
		expect(status).toBe(0);
		expect(output).toContain('略去 16 行：14 行合輯標題或圖片說明佔位，2 行網頁雜項');
		expect(output.match(/^已寫入 /gm)).toHaveLength(6);
		expect(output).toContain('請檢查：date 2020-02-08：文中沒有日期，使用 --date');
		expect(articlesIn(root)).toHaveLength(6);
		expect(runScript(root, 'scripts/check.ts')).toMatchObject({ status: 0, output: expect.stringContaining('已檢查 6 篇快訊') });
	});

	it('never overwrites a file and never imports a report twice', () => {
		const root = project((content) => rmSync(join(content, 'articles'), { recursive: true }));
		runScript(root, 'scripts/import.ts', [seed, '--date', '2020-02-08']);
		const before = articlesIn(root).map((f) => readFileSync(join(root, 'content/articles', f), 'utf8'));
		const again = runScript(root, 'scripts/import.ts', [seed, '--date', '2020-02-08']);
		expect(again.output.match(/^略過 .*：已經匯入過，是 /gm)).toHaveLength(6);
		expect(articlesIn(root).map((f) => readFileSync(join(root, 'content/articles', f), 'utf8'))).toEqual(before);
	});

	it('recognises reports that are already in the site under other file names', () => {
		const root = project();
		const { output } = runScript(root, 'scripts/import.ts', [seed, '--date', '2020-02-08']);
		expect(output).toContain('略過 content/articles/2020/02/08-fuan-ye-qi-fa-diao-yan-wo.md：已經匯入過，是 2020/02/08-fuan-mask-production.md');
		expect(articlesIn(root)).toHaveLength(6);
	});

	it('refuses a malformed --date', () => {
		expect(runScript(project(), 'scripts/import.ts', [seed, '--date', '08/02/2020'])).toMatchObject({
			status: 1,
			output: expect.stringContaining('--date 必須寫成 YYYY-MM-DD'),
		});
	});
});

describe('npm run new', () => {
	it('writes a complete article file named from the title in pinyin', () => {
		const root = project();
		const { status, output } = runScript(root, 'scripts/new.ts', [
			'--county',
			'fuan',
			'--topic',
			'medical-supplies',
			'--title',
			'福安市公佈口罩供應點',
			'--date',
			'2020-02-10',
		]);
		expect(status).toBe(0);
		expect(output).toContain('已寫入 content/articles/2020/02/10-fuan-fu-an-shi-gong-bu-kou.md');
		const text = readFileSync(join(root, 'content/articles/2020/02/10-fuan-fu-an-shi-gong-bu-kou.md'), 'utf8');
		expect(text).toMatch(/^---\ntitle: 福安市公佈口罩供應點\ndate: 2020-02-10\ncounty: fuan\ntopics: \[medical-supplies\]\n/);
		const check = runScript(root, 'scripts/check.ts');
		expect(check.output).toContain('10-fuan-fu-an-shi-gong-bu-kou.md:13: 錯誤：前置資料後面沒有正文');
	});

	it('uses today when no date is given', () => {
		const root = project();
		const { output } = runScript(root, 'scripts/new.ts', ['--county', 'gutian', '--topic', 'donations', '--title', '古田縣愛心捐贈']);
		// Today in the site's time zone (Asia/Shanghai by default), which may not be the machine's.
		const [year, month, day] = wallClock('Asia/Shanghai').slice(0, 10).split('-');
		const folder = `${year}/${month}/${day}-gutian-`;
		expect(output).toContain(`已寫入 content/articles/${folder}`);
	});

	it.each([
		[['--county', '福安', '--topic', 'donations', '--title', '標題'], '「福安」不是 county 的 id；是不是「fuan」？可用的 id：ningde, jiaocheng, fuan'],
		[['--county', 'fuan', '--topic', 'masks', '--title', '標題'], '「masks」不是 topic 的 id。可用的 id：epidemic-control, inspections'],
		[['--county', 'fuan', '--title', '標題'], '缺少 --topic（至少一個專題 id）'],
	])('refuses %j', (args, message) => {
		expect(runScript(project(), 'scripts/new.ts', args)).toMatchObject({ status: 1, output: expect.stringContaining(message) });
	});

	it('never overwrites an existing file', () => {
		const root = project();
		const args = ['--county', 'fuan', '--topic', 'donations', '--title', '福安愛心捐贈', '--date', '2020-02-11'];
		expect(runScript(root, 'scripts/new.ts', args).status).toBe(0);
		expect(runScript(root, 'scripts/new.ts', args)).toMatchObject({ status: 1, output: expect.stringContaining('已經存在，不會覆寫') });
	});
});
