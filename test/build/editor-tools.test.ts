import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot, runScript, sampleProjects } from '../../scripts/lib/build-site.ts';
import { dayBefore, dayOf, wallClock } from '../../src/core/dates.ts';

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

	it('recognises a report by its text when its date was read differently the first time', () => {
		const root = project((content) => rmSync(join(content, 'articles'), { recursive: true }));
		runScript(root, 'scripts/import.ts', [seed, '--date', '2020-02-07']);
		const before = articlesIn(root);
		// The reports dated by --date now get another date; their text is the same, so none is written again.
		const again = runScript(root, 'scripts/import.ts', [seed, '--date', '2020-02-08']);
		expect(again.output.match(/^略過 .*：已經匯入過，是 /gm)).toHaveLength(6);
		expect(again.output).not.toContain('已寫入');
		expect(articlesIn(root)).toEqual(before);
	});

	it('gives a report a longer name when another report holds its usual one, instead of skipping it', () => {
		const root = project((content) => {
			rmSync(join(content, 'articles'), { recursive: true });
			mkdirSync(join(content, 'articles/2020/02'), { recursive: true });
			writeFileSync(
				join(content, 'articles/2020/02/08-fuan-ye-qi-fa-diao-yan-wo.md'),
				'---\ntitle: 福安:葉其發調研我市另一家企業\ndate: 2020-02-08\ncounty: fuan\ntopics: [inspections]\n---\n\n另一篇報道。\n',
			);
		});
		const { output } = runScript(root, 'scripts/import.ts', [seed, '--date', '2020-02-08']);
		expect(output).toContain('已寫入 content/articles/2020/02/08-fuan-ye-qi-fa-diao-yan-wo-shi-min.md');
		expect(articlesIn(root)).toHaveLength(7);
	});

	it('recognises reports that are already in the site under other file names', () => {
		const root = project();
		const { output } = runScript(root, 'scripts/import.ts', [seed, '--date', '2020-02-08']);
		expect(output).toContain(
			'略過 content/articles/2020/02/08-fuan-ye-qi-fa-diao-yan-wo.md：已經匯入過，是 content/articles/2020/02/08-fuan-mask-production.md',
		);
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
		[['--county', 'fuan', '--topic', '口罩', '--title', '標題'], '「口罩」不是 topic 的 id；是不是「medical-supplies」？'],
		[['--county', 'fuan', '--topic', '醫療', '--title', '標題'], '「醫療」不是 topic 的 id；是不是「medical-supplies」？'],
		[['--county', 'fuan', '--title', '標題'], '缺少 --topic（至少一個專題 id）'],
	])('refuses %j', (args, message) => {
		expect(runScript(project(), 'scripts/new.ts', args)).toMatchObject({ status: 1, output: expect.stringContaining(message) });
	});

	it('names a numbered notice apart from the earlier one whose title begins the same, instead of refusing', () => {
		const root = project();
		const args = (title: string) => ['--county', 'fuan', '--topic', 'epidemic-control', '--title', title, '--date', '2020-02-11'];
		expect(runScript(root, 'scripts/new.ts', args('福安市發佈登革熱防控通告（第一號）'))).toMatchObject({
			status: 0,
			output: expect.stringContaining('已寫入 content/articles/2020/02/11-fuan-fu-an-shi-fa-bu-deng.md'),
		});
		expect(runScript(root, 'scripts/new.ts', args('福安市發佈登革熱防控通告（第二號）'))).toMatchObject({
			status: 0,
			output: expect.stringContaining('已寫入 content/articles/2020/02/11-fuan-fu-an-shi-fa-bu-deng-ge-re-fang-kong-tong-gao-di-er.md'),
		});
	});

	it('never overwrites an existing file', () => {
		const root = project();
		const args = ['--county', 'fuan', '--topic', 'donations', '--title', '福安愛心捐贈', '--date', '2020-02-11'];
		expect(runScript(root, 'scripts/new.ts', args).status).toBe(0);
		expect(runScript(root, 'scripts/new.ts', args)).toMatchObject({ status: 1, output: expect.stringContaining('已經存在，標題也相同，不會覆寫') });
	});

	it('names the file with the words --name gives, refuses other characters, and never overwrites a file so named (trial-46)', () => {
		const root = project();
		const args = (name: string, title = '福安市登革熱防控通告') => [
			'--county',
			'fuan',
			'--topic',
			'donations',
			'--title',
			title,
			'--date',
			'2020-02-12',
			'--name',
			name,
		];
		expect(runScript(root, 'scripts/new.ts', args('dengue-notice-1'))).toMatchObject({
			status: 0,
			output: expect.stringContaining('已寫入 content/articles/2020/02/12-fuan-dengue-notice-1.md'),
		});
		expect(runScript(root, 'scripts/new.ts', args('Dengue_通告'))).toMatchObject({
			status: 1,
			output: expect.stringContaining('--name「Dengue_通告」只能用小寫英文字母'),
		});
		expect(runScript(root, 'scripts/new.ts', args('dengue-notice-1', '另一篇通告'))).toMatchObject({
			status: 1,
			output: expect.stringContaining('已經存在，不會覆寫；請換一個 --name'),
		});
	});
});

describe('every command', () => {
	it.each([
		['scripts/new.ts', 'npm run new'],
		['scripts/check.ts', 'npm run check'],
		['scripts/import.ts', 'npm run import'],
		['scripts/alert.ts', 'npm run alert'],
		['scripts/lint-conversion.ts', 'npm run lint:conversion'],
		['scripts/page-weight.ts', 'npm run measure:weight'],
		['scripts/search-weight.ts', 'npm run measure:search'],
		['scripts/bench.ts', 'npm run bench'],
	])('%s --help explains its options with an example', (script, command) => {
		const { status, output } = runScript(project(), script, ['--help']);
		expect(status).toBe(0);
		expect(output).toContain(`${command}：`);
		expect(output.slice(output.indexOf('例子：'))).toContain(`${command} --`);
	});
});

describe('npm run new, urgent and with a time of issue', () => {
	it('writes urgent: true and until, files it by its day, and the article passes check once it has text', () => {
		const root = project();
		const args = [
			'--county',
			'xiapu',
			'--topic',
			'epidemic-control',
			'--title',
			'霞浦縣暫停集市',
			'--date',
			'2020-02-08 18:30',
			'--urgent',
			'--until',
			'2020-02-15',
		];
		const { status, output } = runScript(root, 'scripts/new.ts', args);
		expect(status).toBe(0);
		const file = join(root, 'content/articles/2020/02/08-xiapu-xia-pu-xian-zan-ting-ji.md');
		expect(output).toContain('已寫入 content/articles/2020/02/08-xiapu-xia-pu-xian-zan-ting-ji.md');
		const text = readFileSync(file, 'utf8');
		expect(text).toMatch(/^date: 2020-02-08 18:30\ncounty: xiapu\ntopics: \[epidemic-control\]\nurgent: true\nuntil: 2020-02-15\n/m);
		writeFileSync(file, `${text}霞浦縣今日起暫停集市。\n`);
		expect(runScript(root, 'scripts/check.ts')).toMatchObject({ status: 0, output: expect.stringContaining('已檢查 7 篇快訊') });
	});

	it('reports every mistake in its arguments in one run', () => {
		const { status, output } = runScript(project(), 'scripts/new.ts', [
			'--countty',
			'fuan',
			'--topic',
			'masks',
			'--date',
			'2020-02-30',
			'--until',
			'2020-03-01',
		]);
		expect(status).toBe(1);
		for (const message of [
			'不認識的選項 --countty；是不是 --county？',
			'缺少 --county（縣區 id）',
			'缺少 --title（標題）',
			'--date：「2020-02-30」不是有效的日期或時間',
			'--until 只和 --urgent 一起用',
			'「masks」不是 topic 的 id',
			'用法說明：npm run new -- --help',
		])
			expect(output).toContain(message);
	});
});

describe('npm run check on one file with many mistakes', () => {
	it('reports all of them in one run, each with its line', () => {
		const root = project((content) =>
			writeFileSync(
				join(content, 'articles/2020/02/09-fuan-many-mistakes.md'),
				'---\ntitle: 福安測試\ndate: 2020-02-30\ncounty: 福安\ntopics: [masks]\ncountty: fuan\nimage: ./images/lead.jpg\n---\n\n正文 -{未閉合\n\n![](./images/chart.png)\n',
			),
		);
		const { status, output } = runScript(root, 'scripts/check.ts');
		expect(status).toBe(1);
		const file = 'content/articles/2020/02/09-fuan-many-mistakes.md';
		for (const [line, message] of [
			[3, '錯誤：date: 「2020-02-30」不是有效的日期或時間'],
			[4, '錯誤：county: 「福安」不是 county 的 id；是不是「fuan」？'],
			[5, '錯誤：topics 第 1 項: 「masks」不是 topic 的 id'],
			[6, '錯誤：沒有「countty」這個欄位；是不是「county」？'],
			[7, '錯誤：imageAlt: 有 image（首圖）就必須有 imageAlt'],
			[10, '錯誤：這一行的「-{」沒有用「}-」結束'],
			[12, '錯誤：圖片 ./images/chart.png 沒有替代文字（在方括號裡描述圖片'],
		] as const)
			expect(output).toContain(`${file}:${line}: ${message}`);
	});
});

describe('npm run alert', () => {
	it('adds an alert with the build checks, keeping the comments, and expires it', () => {
		const root = project();
		const file = join(root, 'content/alerts.yaml');
		const comments = readFileSync(file, 'utf8').match(/^#.*$/gm)!;
		const add = runScript(root, 'scripts/alert.ts', [
			'add',
			'--id',
			'mask-supply',
			'--level',
			'warning',
			'--message',
			'福安市口罩供應點延長開放時間',
			'--link',
			'counties/fuan',
			'--start',
			'2020-02-09',
		]);
		expect(add).toMatchObject({ status: 0, output: expect.stringContaining('新增了通告「mask-supply」') });
		expect(readFileSync(file, 'utf8')).toContain(
			'- id: mask-supply\n  level: warning\n  message: 福安市口罩供應點延長開放時間\n  link: counties/fuan\n  start: 2020-02-09\n',
		);
		expect(runScript(root, 'scripts/check.ts').status).toBe(0);

		expect(runScript(root, 'scripts/alert.ts', ['expire', 'mask-supply', '--on', '2020-02-12']).status).toBe(0);
		const text = readFileSync(file, 'utf8');
		expect(text).toContain('  start: 2020-02-09\n  end: 2020-02-12\n');
		expect(text.match(/^#.*$/gm)).toEqual(comments);
		expect(runScript(root, 'scripts/check.ts').status).toBe(0);
	});

	it('expires an alert yesterday by default, so the next build takes it down, and removes one that starts today', () => {
		const root = project();
		const file = join(root, 'content/alerts.yaml');
		const today = dayOf(wallClock('Asia/Shanghai'));
		const lifted = runScript(root, 'scripts/alert.ts', ['expire', 'sample-site']);
		expect(lifted).toMatchObject({ status: 0, output: expect.stringContaining(`結束了通告「sample-site」（end: ${dayBefore(today)}）`) });
		expect(lifted.output).toContain('下次建站後不再顯示');
		expect(readFileSync(file, 'utf8')).toContain(`end: ${dayBefore(today)}\n`);
		expect(runScript(root, 'scripts/alert.ts', ['add', '--id', 'today', '--level', 'info', '--message', '今天的通告']).status).toBe(0);
		const removed = runScript(root, 'scripts/alert.ts', ['expire', 'today']);
		expect(removed).toMatchObject({ status: 0, output: expect.stringContaining('通告「today」今天或以後才開始，不能在昨天結束，所以刪除了它') });
		expect(readFileSync(file, 'utf8')).not.toContain('id: today');
		expect(runScript(root, 'scripts/check.ts').status).toBe(0);
	});

	it('refuses what the build would refuse, writing nothing', () => {
		const root = project();
		const before = readFileSync(join(root, 'content/alerts.yaml'), 'utf8');
		for (const [args, message] of [
			[['add', '--id', 'sample-site', '--level', 'info', '--message', '重複'], '兩則通告的 id 都是「sample-site」'],
			[['add', '--id', 'x', '--level', 'loud', '--message', '級別錯'], 'level: 必須是 info、warning 或 urgent'],
			[['add', '--id', 'x', '--level', 'info', '--message', '連結錯', '--link', 'counties/fuzhou'], '通告「x」的連結 counties/fuzhou 不存在'],
			[['expire', 'nothing'], '沒有 id 為「nothing」的通告；現有：sample-site'],
			[['expire', 'sample-site', '--on', '2020-01-01'], '2020-02-08 才開始，不能在 2020-01-01 結束'],
		] as const) {
			expect(runScript(root, 'scripts/alert.ts', [...args])).toMatchObject({ status: 1, output: expect.stringContaining(message) });
		}
		expect(readFileSync(join(root, 'content/alerts.yaml'), 'utf8')).toBe(before);
	});
});

describe('the tools on a full disk', () => {
	// test/helpers/full-disk.mjs makes writes under content/ stop half way with ENOSPC, as a full disk does.
	const fullDisk = (root: string) => ({
		NODE_OPTIONS: `--import=${pathToFileURL(join(projectRoot, 'test/helpers/full-disk.mjs')).href}`,
		FULL_DISK_DIR: join(root, 'content'),
	});
	const filesIn = (root: string) => readdirSync(join(root, 'content'), { recursive: true, encoding: 'utf8' }).sort();

	it('npm run alert leaves content/alerts.yaml as it was and says so', () => {
		const root = project();
		const before = readFileSync(join(root, 'content/alerts.yaml'), 'utf8');
		const files = filesIn(root);
		const add = runScript(
			root,
			'scripts/alert.ts',
			['add', '--id', 'mask-supply', '--level', 'info', '--message', '福安市口罩供應點延長開放時間'],
			fullDisk(root),
		);
		expect(add.status).toBe(1);
		expect(add.output).toContain('無法寫入 content/alerts.yaml：磁碟已滿（ENOSPC）；檔案沒有改動。請先騰出磁碟空間');
		expect(add.output).not.toMatch(/\n\s+at /);
		expect(readFileSync(join(root, 'content/alerts.yaml'), 'utf8')).toBe(before);
		expect(filesIn(root)).toEqual(files);
	});

	it('npm run new and npm run import write no file cut short', () => {
		const root = project();
		const files = filesIn(root);
		const made = runScript(root, 'scripts/new.ts', ['--county', 'fuan', '--topic', 'medical-supplies', '--title', '福安市公佈口罩供應點'], fullDisk(root));
		expect(made).toMatchObject({ status: 1, output: expect.stringContaining('磁碟已滿（ENOSPC）；沒有建立這個檔案') });
		// The folders the tools made for the new files may stay; no file is left, whole or cut.
		const onlyFiles = (names: string[]) => names.filter((name) => /\.\w+$/.test(name));
		expect(onlyFiles(filesIn(root))).toEqual(onlyFiles(files));
		const empty = project((content) => rmSync(join(content, 'articles'), { recursive: true }));
		const imported = runScript(empty, 'scripts/import.ts', [seed, '--date', '2020-02-08'], fullDisk(empty));
		expect(imported).toMatchObject({ status: 1, output: expect.stringContaining('磁碟已滿（ENOSPC）；沒有建立這個檔案') });
		expect(onlyFiles(filesIn(empty)).filter((name) => name.startsWith('articles'))).toEqual([]);
	});
});
