import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { createProject, runScript, runScriptAsync } from '../../scripts/lib/build-site.ts';
import { importFixtures, pictureServer } from '../helpers/import-fixtures.ts';

const roots: string[] = [];
/** A project with the fixture site's data files and no articles yet. */
function project(): string {
	const root = createProject((content) => {
		cpSync(join(importFixtures, 'site'), content, { recursive: true });
		mkdirSync(join(content, 'articles'));
	});
	roots.push(root);
	return root;
}
const articles = (root: string) =>
	readdirSync(join(root, 'content/articles'), { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.md'))
		.sort();

let server: Server;
let archive: string;
beforeAll(async () => {
	const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#f0b400' } })
		.jpeg()
		.toBuffer();
	const chart = await sharp({ create: { width: 64, height: 48, channels: 4, background: '#c83c3c' } })
		.png()
		.toBuffer();
	const started = await pictureServer({
		'/uploads/2020/02/mask-line.jpg': { body: photo },
		'/uploads/2020/02/checkpoint.png': { type: 'image/png', body: chart },
	});
	server = started.server;
	// The archive as the old site wrote it, its picture host pointed at the local server.
	archive = mkdtempSync(join(tmpdir(), 'old-site-'));
	cpSync(join(importFixtures, 'archive'), archive, { recursive: true });
	for (const file of readdirSync(archive, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'))) {
		const path = join(archive, file);
		writeFileSync(path, readFileSync(path, 'utf8').replaceAll('https://img.old-site.example', started.url));
	}
});
afterAll(() => {
	server.closeAllConnections();
	server.close();
	rmSync(archive, { recursive: true, force: true });
	roots.forEach((root) => rmSync(root, { recursive: true, force: true }));
});

describe('npm run import on an old site’s archive (Jekyll, Hugo and Hexo posts)', () => {
	let root: string;
	let run: { status: number; output: string };
	beforeAll(async () => {
		root = project();
		run = await runScriptAsync(root, 'scripts/import.ts', [archive, '--old-url', 'https://www.old-site.example']);
	});

	it('imports the whole folder in one command, one article per post', () => {
		expect(run.status).toBe(0);
		expect(run.output.match(/^已寫入 /gm)).toHaveLength(5);
		expect(articles(root)).toEqual([
			'2020/02/08-fuan-fu-an-ai-xin-qi-ye.md',
			'2020/02/10-fuding-fu-ding-kou-zhao-sheng-chan.md',
			'2020/02/11-fuan-fu-an-she-qu-wang-ge.md',
			'2020/02/12-xiapu-xia-pu-gao-su-kou-she.md',
			'2020/02/13-zherong-zhe-rong-zhi-yuan-zhe-wei.md',
		]);
		expect(run.output).toContain('匯入 5 篇文章、3 張圖片；拒絕 0 個；略過 0 篇已有的。留給編輯：8 個舊欄位、3 個短代碼或舊連結');
	});

	it('maps the front matter and prints every guess with its confidence', () => {
		const fuding = readFileSync(join(root, 'content/articles/2020/02/10-fuding-fu-ding-kou-zhao-sheng-chan.md'), 'utf8');
		expect(fuding).toMatch(
			/^---\ntitle: 福鼎口罩生产企业复工扩产 日产能提升到五万只\ndate: 2020-02-10 18:30\ncounty: fuding\ntopics: \[medical-supplies, resumption\]\nauthors: \[林晓\]\nsummary: 福鼎一家口罩企业恢复生产，日产能提升到五万只。\n/,
		);
		expect(run.output).toMatch(/county fuding（把握 0\.\d\d：福鼎市 得 \d+ 分，共 \d+ 分）/);
		expect(run.output).toContain('topics medical-supplies, resumption（把握 1.00：tags/categories：口罩 → medical-supplies，复工复产 → resumption）');
	});

	it('brings remote and bundled pictures into the article folder with their alt text, and replaces one it cannot fetch by its caption', async () => {
		const images = readdirSync(join(root, 'content/articles/2020/02/images')).sort();
		expect(images).toEqual(['10-fuding-fu-ding-kou-zhao-sheng-chan-1.jpg', '11-fuan-fu-an-she-qu-wang-ge-1.jpg', '12-xiapu-xia-pu-gao-su-kou-she-1.png']);
		for (const image of images) await sharp(join(root, 'content/articles/2020/02/images', image)).stats();
		const text = (file: string) => readFileSync(join(root, 'content/articles/2020/02', file), 'utf8');
		expect(text('10-fuding-fu-ding-kou-zhao-sheng-chan.md')).toContain('![工人在生产线上检查口罩](./images/10-fuding-fu-ding-kou-zhao-sheng-chan-1.jpg)');
		expect(text('12-xiapu-xia-pu-gao-su-kou-she.md')).toContain('![霞浦高速出口的檢疫點](./images/12-xiapu-xia-pu-gao-su-kou-she-1.png)');
		expect(text('08-fuan-fu-an-ai-xin-qi-ye.md')).toContain('\n捐贈儀式在市紅十字會舉行\n');
		expect(run.output).toMatch(
			/注意：圖片 http:\/\/127\.0\.0\.1:\d+\/uploads\/2020\/02\/missing\.jpg 無法匯入：伺服器回應 404；已換成說明文字「捐贈儀式在市紅十字會舉行」/,
		);
	});

	it('rewrites links between posts and lists front matter with no place, keeping it in the file', () => {
		const fuding = readFileSync(join(root, 'content/articles/2020/02/10-fuding-fu-ding-kou-zhao-sheng-chan.md'), 'utf8');
		expect(fuding).toContain('[福安的报道](./08-fuan-fu-an-ai-xin-qi-ye.md)');
		const fuan = readFileSync(join(root, 'content/articles/2020/02/08-fuan-fu-an-ai-xin-qi-ye.md'), 'utf8');
		expect(fuan).toContain('# catagories: [捐贈]  ← 是不是 categories 拼錯了？\n');
		for (const leftover of [
			'layout: post',
			'catagories: [捐贈]（是不是 categories 拼錯了？）',
			'weight: 10',
			'toc: false',
			'comments: true',
			'featured: true',
			'tags: [高速公路]（沒有對應的專題或地區）',
		]) {
			expect(run.output).toContain(`舊欄位 ${leftover}：已留在前置資料的註解裡`);
		}
	});

	it('lists the shortcodes and dead old-site links, and npm run check reports exactly those as errors with file and line', () => {
		const listed = run.output
			.split('\n')
			.filter((line) => /^\s+content\/articles\/.*: 錯誤：/.test(line))
			.map((line) => line.trim());
		expect(listed).toEqual([
			expect.stringMatching(
				/^content\/articles\/2020\/02\/12-xiapu-xia-pu-gao-su-kou-she\.md:\d+: 錯誤：舊網站的短代碼 \{\{< video src="\/media\/xiapu-checkpoint\.mp4" >\}\}/,
			),
			expect.stringMatching(/^content\/articles\/2020\/02\/08-fuan-fu-an-ai-xin-qi-ye\.md:\d+: 錯誤：連結 \/about\/contact\.html 指向舊網站/),
			expect.stringMatching(
				/^content\/articles\/2020\/02\/10-fuding-fu-ding-kou-zhao-sheng-chan\.md:\d+: 錯誤：舊網站的短代碼 \{% include video\.html id="fuding-0210" %\}/,
			),
		]);
		const check = runScript(root, 'scripts/check.ts');
		expect(check.status).toBe(1);
		const errors = check.output.split('\n').filter((line) => line.includes(': 錯誤：'));
		expect(errors.sort()).toEqual([...listed].sort());
	});

	it('never writes a post twice', async () => {
		const again = await runScriptAsync(root, 'scripts/import.ts', [archive, '--old-url', 'https://www.old-site.example']);
		expect(again.output.match(/^略過 .*：已經匯入過，是 /gm)).toHaveLength(5);
		expect(again.output).toContain('匯入 0 篇文章');
	});
});

describe('npm run import refuses what it cannot read', () => {
	let refusing: string | undefined;
	it('names each unreadable post with its line and writes nothing from it; exit 1', () => {
		const root = project();
		const { status, output } = runScript(root, 'scripts/import.ts', [join(importFixtures, 'refused')]);
		expect(status).toBe(1);
		const refused = output.split('\n').filter((line) => line.includes(': 錯誤：沒有匯入：'));
		expect(refused).toHaveLength(7);
		for (const expected of [
			/broken-yaml\.md:2: 錯誤：沒有匯入：前置資料不是有效的 YAML/,
			/empty-body\.md:5: 錯誤：沒有匯入：文章沒有正文/,
			/gbk-encoded\.md: 錯誤：沒有匯入：檔案不是 UTF-8 文字（用編輯器另存為 UTF-8/,
			/misspelt-title\.md:2: 錯誤：沒有匯入：前置資料沒有 title（「tittle」是不是 title 拼錯了？改正後再匯入）/,
			/no-date\.md:1: 錯誤：沒有匯入：前置資料沒有 date，檔名也沒有日期/,
			/no-topic\.md: 錯誤：沒有匯入：猜不出專題.*（加上 --topic 指定專題再匯入，可選：epidemic-control, inspections/,
			/toml-front-matter\.md:1: 錯誤：沒有匯入：前置資料是 TOML/,
		])
			expect(output).toMatch(expected);
		expect(articles(root)).toEqual([]);
		const withTopic = runScript(root, 'scripts/import.ts', [join(importFixtures, 'refused/no-topic.md'), '--topic', 'community']);
		expect(withTopic).toMatchObject({ status: 0, output: expect.stringContaining('topics community（把握 1.00：取自 --topic）') });
		expect(articles(root)).toEqual(['2020/02/14-ningde-shi-wei-jian-wei-ban-gong.md']);
	});

	it.each([
		[[join(importFixtures, 'topics-labelled.yaml')], '不認識的檔案類型 .yaml'],
		[['missing-folder/'], '找不到這個檔案或資料夾'],
		[['--bogus'], '不認識的選項 --bogus'],
		[['x.md', '--topic', 'masks'], '--topic「masks」不是專題 id；可選：epidemic-control'],
		[['x.md', '--old-url', 'old site'], '--old-url「old site」不是網址'],
	])('refuses %j with a message in Chinese', (args, message) => {
		refusing ??= project();
		expect(runScript(refusing, 'scripts/import.ts', args)).toMatchObject({ status: 1, output: expect.stringContaining(message) });
	});
});

describe('npm run import, other uses', () => {
	it('explains itself with --help, with examples', () => {
		const { status, output } = runScript(project(), 'scripts/import.ts', ['--help']);
		expect(status).toBe(0);
		expect(output).toContain('npm run import：把舊網站的文章或存下來的新聞網頁匯入本站');
		expect(output).toContain('  <路徑>…');
		expect(output).toContain('npm run import -- old-site/_posts/ --out content/articles');
	});

	it('prints the accuracy of its topic guesses over a labelled set', () => {
		const { status, output } = runScript(project(), 'scripts/import.ts', ['--measure-topics', join(importFixtures, 'topics-labelled.yaml')]);
		expect(status).toBe(0);
		expect(output).toMatch(/專題猜測準確率（主要專題）：\d+\/38 = \d+\.\d%/);
	});

	it('turns a pasted page into articles without its breadcrumbs, asks for the topic it cannot guess, and speaks Simplified with --lang', () => {
		const root = project();
		const { status, output } = runScript(root, 'scripts/import.ts', [join(importFixtures, 'pasted-roundup.txt'), '--date', '2020-02-15', '--lang', 'zh-Hans']);
		expect(status).toBe(1);
		expect(output).toContain('合辑：共同战“疫”，宁德市县区在行动');
		expect(output).toContain('3 行导览列或面包屑');
		expect(output).toMatch(/pasted-roundup\.txt: 错误：没有导入：“市卫健委搬迁新址办公”没有写入：猜不出专题.*请用 --topic 指定/);
		expect(articles(root)).toEqual(['2020/02/14-gutian-she-qu-wang-ge-yuan-zhu.md', '2020/02/14-xiapu-qi-ye-xiang-xian-hong-shi.md']);
		expect(readFileSync(join(root, 'content/articles/2020/02/14-xiapu-qi-ye-xiang-xian-hong-shi.md'), 'utf8')).toMatch(
			/^---\ntitle: 霞浦：企業向縣紅十字會捐贈口罩兩萬隻\ndate: 2020-02-14\ncounty: xiapu\ntopics: \[[a-z-, ]*donations\]\nseries: ningde-counties-in-action\n/,
		);
	});
});

describe('npm run import on an old county site’s pages (GBK, Big5, table layouts)', () => {
	const oldPages = join(importFixtures, 'old-pages');

	it('brings a page’s own pictures next to the article with their captions, reports a remote one it cannot fetch, counts them, and npm run check passes the result', async () => {
		const root = project();
		const pages = ['fuan-aiweiyundong.html', 'xiapu-tijian.htm'].map((name) => join(oldPages, name));
		const { status, output } = await runScriptAsync(root, 'scripts/import.ts', [...pages, '--topic', 'community', '--image-timeout', '5']);
		expect(status, output).toBe(0);
		expect(output).toContain('已寫入 content/articles/2012/04/06-fuan-fu-an-shi-kai-zhan-chun.md：4 段、1 張圖片');
		expect(output).toMatch(/注意：圖片 http:\/\/127\.0\.0\.1:9\/uploadfile\/2009\/0612\/tijian\.jpg 無法匯入：.*已換成說明文字「老人排隊體檢」/);
		expect(output).toMatch(/匯入 2 篇文章、1 張圖片；.*、1 個提醒/);
		const fuan = readFileSync(join(root, 'content/articles/2012/04/06-fuan-fu-an-shi-kai-zhan-chun.md'), 'utf8');
		expect(fuan).toContain('![志愿者在城北农贸市场喷洒消毒药水](./images/06-fuan-fu-an-shi-kai-zhan-chun-1.jpg)');
		expect(readFileSync(join(root, 'content/articles/2012/04/images/06-fuan-fu-an-shi-kai-zhan-chun-1.jpg'))).toEqual(
			readFileSync(join(oldPages, 'images/xiaodu.jpg')),
		);
		expect(runScript(root, 'scripts/check.ts')).toMatchObject({ status: 0, output: expect.stringContaining('0 個錯誤') });
	});

	it('imports a folder of saved pages, passing over its list page; a folder of posts says how to import its pages', async () => {
		const root = project();
		const { status, output } = await runScriptAsync(root, 'scripts/import.ts', [oldPages, '--topic', 'community', '--image-timeout', '5']);
		expect(status, output).toBe(0);
		// Its rows, each a link and a date, make it a list page together (trial-43), as a home page's columns do.
		expect(output).toContain(`略過 ${join(oldPages, 'index.html')}：目錄頁（一列列日期和連結），不是報道`);
		expect(articles(root)).toEqual([
			'2009/06/12-ningde-san-sha-zhen-wei-sheng-yuan.md',
			'2012/04/06-fuan-fu-an-shi-kai-zhan-chun.md',
			'2014/10/15-zherong-guan-yu-zuo-hao-2014-nian.md',
			'2015/03/02-gutian-gu-tian-xian-qi-dong-er.md',
		]);
		const mixed = mkdtempSync(join(tmpdir(), 'old-site-'));
		cpSync(join(importFixtures, 'archive/jekyll'), mixed, { recursive: true });
		cpSync(join(oldPages, 'gutian-yimiao.html'), join(mixed, 'gutian-yimiao.html'));
		const posts = runScript(project(), 'scripts/import.ts', [mixed, '--topic', 'community']);
		rmSync(mixed, { recursive: true, force: true });
		expect(posts.output).toMatch(
			/注意：.* 裡有 Markdown 文章，只匯入它們；裡面的 1 個 \.html 網頁沒有匯入，要匯入請直接列出，例如 npm run import -- .*gutian-yimiao\.html/,
		);
	});
});

describe('npm run import on a WeChat official account’s articles', () => {
	let wechat: string;
	let pictures: Server;
	beforeAll(async () => {
		const notice = await sharp({ create: { width: 60, height: 85, channels: 3, background: '#ffffff' } })
			.jpeg()
			.toBuffer();
		const started = await pictureServer({
			'/mmbiz_jpg/notice01/640?wx_fmt=jpeg': { body: notice },
			'/mmbiz_jpg/notice02/640?wx_fmt=jpeg': { body: notice },
			'/mmbiz_jpg/Nd3fA9kQz1/640?wx_fmt=jpeg&from=appmsg': { body: notice },
		});
		pictures = started.server;
		// The account's pages as saved, their picture host pointed at the local server.
		wechat = mkdtempSync(join(tmpdir(), 'wechat-'));
		for (const name of readdirSync(join(importFixtures, 'wechat')))
			writeFileSync(join(wechat, name), readFileSync(join(importFixtures, 'wechat', name), 'utf8').replaceAll('https://mmbiz.qpic.cn', started.url));
	});
	afterAll(() => {
		pictures.closeAllConnections();
		pictures.close();
		rmSync(wechat, { recursive: true, force: true });
	});

	it('names each line it leaves out in its log, and each credit kept as a comment', async () => {
		const root = project();
		const { output } = await runScriptAsync(root, 'scripts/import.ts', [join(wechat, 'fuan-dengue.html'), '--topic', 'community', '--image-timeout', '5']);
		for (const line of ['点击蓝字', '往期推荐', '霞浦县开展入境人员健康监测', '长按识别二维码关注我们', '点个在看，你最好看', '阅读原文'])
			expect(output).toMatch(new RegExp(`^  略去「${line}」：(公眾號的套話|往期推薦)`, 'm'));
		expect(output).toMatch(/^ {2}略去「福安市卫健局 宁德卫健 2023-09-12 18:30 福建」：公眾號文章標題下的作者、帳號和時間$/m);
		expect(output).toContain('  署名裡本站沒有欄位的部分（請檢查，用得上的寫進正文，再刪除這一行）：编辑：林晓燕 审核：陈建华：已留在前置資料的註解裡');
	});

	it('imports a page of pictures with them, names each video it leaves out with the article’s file, and refuses a page whose pictures are all lost', async () => {
		const root = project();
		const pages = ['zhouning-pictures.html', 'gutian-video.html'].map((name) => join(wechat, name));
		const { output } = await runScriptAsync(root, 'scripts/import.ts', [...pages, '--topic', 'community', '--image-timeout', '5']);
		expect(output).toContain('已寫入 content/articles/2023/08/25-ningde-guan-yu-zuo-hao-2023-nian.md：2 段、2 張圖片');
		expect(output).toContain('請檢查：正文只有圖片（2 張），沒有文字');
		for (const video of ['video_iframe wxv_2981234567890123456', 'mpvideosnap 医生教你戴口罩'])
			expect(output).toContain(
				`注意：影片 ${video} 沒有匯入（匯入程式不下載影片）；請在 content/articles/2023/07/01-gutian-shi-pin-gu-tian-xian-yi.md 補上影片的連結或文字說明`,
			);
		expect(runScript(root, 'scripts/check.ts').output).toMatch(/25-ningde-guan-yu-zuo-hao-2023-nian\.md:\d+: 警告：正文沒有文字，只有圖片或日期/);

		const lost = join(wechat, 'lost', 'zhouning-pictures.html');
		mkdirSync(dirname(lost));
		writeFileSync(lost, readFileSync(pages[0]!, 'utf8').replaceAll('/notice0', '/gone0'));
		const refused = await runScriptAsync(project(), 'scripts/import.ts', [lost, '--topic', 'community', '--image-timeout', '5']);
		expect(refused.status).toBe(1);
		expect(refused.output).toMatch(
			/zhouning-pictures\.html: 錯誤：沒有匯入：「关于做好2023年秋季学期入学儿童预防接种证查验工作的通知」沒有寫入：正文只有圖片，一張也無法匯入/,
		);
	});
});

describe('npm run import on an office’s old pages, twice', () => {
	it('passes over a folder’s list page, and skips the pages imported before when run again, those imported with --date too', async () => {
		const root = project();
		const folder = mkdtempSync(join(tmpdir(), 'gov-pages-'));
		cpSync(join(importFixtures, 'gov-pages'), folder, { recursive: true });
		// An old page that gives no date: refused, then imported with --date.
		const undated = readFileSync(join(folder, 'zherong-aiwei.htm'), 'utf8')
			.replace(/<div class="meta">.*<\/div>/, '')
			.replace('柘荣县召开春季爱国卫生运动动员会', '柘荣县开展春季爱国卫生运动')
			.replace('4月23日，柘荣县召开春季爱国卫生运动动员会', '柘荣县各乡镇开展春季爱国卫生运动');
		writeFileSync(join(folder, 'undated.htm'), undated);
		const first = await runScriptAsync(root, 'scripts/import.ts', [folder, '--topic', 'community', '--image-timeout', '5']);
		expect(first.status).toBe(1);
		expect(first.output).toContain(`略過 ${join(folder, 'index.html')}：目錄頁（一列列日期和連結），不是報道`);
		expect(first.output).toMatch(/undated\.htm: 錯誤：沒有匯入：「柘荣县开展春季爱国卫生运动」沒有寫入：找不到日期/);
		const dated = await runScriptAsync(root, 'scripts/import.ts', [
			join(folder, 'undated.htm'),
			'--topic',
			'community',
			'--date',
			'2018-04-25',
			'--image-timeout',
			'5',
		]);
		expect(dated.status, dated.output).toBe(0);
		expect(articles(root)).toEqual(['2018/04/24-zherong-zhe-rong-xian-zhao-kai-chun.md', '2018/04/25-zherong-zhe-rong-xian-kai-zhan-chun.md']);
		const again = await runScriptAsync(root, 'scripts/import.ts', [folder, '--topic', 'community', '--image-timeout', '5']);
		rmSync(folder, { recursive: true, force: true });
		expect(again.status, again.output).toBe(0);
		expect(again.output).toMatch(/^略過 .*24-zherong-zhe-rong-xian-zhao-kai-chun\.md：已經匯入過/m);
		expect(again.output).toMatch(
			/^略過「柘荣县开展春季爱国卫生运动」（.*undated\.htm）：已經匯入過，是 content\/articles\/2018\/04\/25-zherong-zhe-rong-xian-kai-zhan-chun\.md/m,
		);
		expect(again.output).toContain('匯入 0 篇文章');
	});
});
