import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkArticleFile } from '../../src/content-model/article-file.ts';
import { checkArticlesFolder } from '../../src/content-model/articles-folder.ts';
import { markdownTargets } from '../../src/content-model/markdown-targets.ts';
import { articleSchema } from '../../src/content-model/schema.ts';
import { writeJpeg } from '../helpers/images.ts';

// What a county office on Windows with WPS makes (trial-35): pictures named by WeChat and Windows' copies, phone photos
// in HEIC, attachments, file names with spaces and full-width brackets.
const root = mkdtempSync(join(tmpdir(), 'windows-office-'));
const location = { dir: join(root, 'articles'), contentRoot: root, displayDir: 'content/articles' };
const month = join(root, 'articles/2022/03');
mkdirSync(join(month, 'images'), { recursive: true });
await writeJpeg(join(month, 'images/微信图片 (2).jpg'), 40, 30);
await writeJpeg(join(month, 'images/a(2).jpg'), 40, 30);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const schema = articleSchema({ counties: [{ id: 'luoao', names: ['羅坳鎮'] }], topics: [{ id: 'jibing', names: ['疾病防控'] }], series: [] });
const check = (body: string, name = '2022/03/04-luoao-yimiao.md') =>
	checkArticleFile(
		name,
		new TextEncoder().encode(`---\ntitle: 罗坳镇启动流感疫苗接种\ndate: 2022-03-04\ncounty: luoao\ntopics: [jibing]\n---\n\n${body}\n`),
		schema,
		location,
	);

describe('pictures and links Markdown would leave as text', () => {
	it('reads destinations as CommonMark does: <…> with spaces, balanced brackets, a title', () => {
		expect(markdownTargets('![候诊区](<./images/微信图片 (2).jpg>) 与 ![图](./images/a(2).jpg "标题") 见[前文](./03-a.md)').targets).toEqual([
			{ image: true, label: '候诊区', href: './images/微信图片 (2).jpg', index: 0 },
			{ image: true, label: '图', href: './images/a(2).jpg', index: 34 },
			expect.objectContaining({ image: false, href: './03-a.md' }),
		]);
	});

	it('refuses a picture path with a space on its line, with the <…> form as the fix', () => {
		const problems = check('候诊区已消毒。\n\n![候诊区](./images/微信图片 (2).jpg)').problems;
		expect(problems).toEqual([
			expect.objectContaining({
				line: 10,
				severity: 'error',
				message: expect.stringMatching(/^!\[候诊区\]\(\.\/images\/微信图片 \(2\)\.jpg\) 不會顯示成圖片.*空格/),
				hint: expect.stringContaining('![候诊区](<./images/微信图片 (2).jpg>)'),
			}),
		]);
	});

	it('accepts the same picture in <…>, and one with brackets but no space', () => {
		expect(check('![候诊区](<./images/微信图片 (2).jpg>)\n\n![图](./images/a(2).jpg)').problems.filter((p) => p.severity === 'error')).toEqual([]);
	});

	it.each([
		['full-width brackets', '![候诊区]（./images/a(2).jpg）', /全形括號/, '![候诊区](./images/a(2).jpg)'],
		['a space between ] and (', '[通知原文] (./03-a.md)', /之間有空格/, '[通知原文](./03-a.md)'],
		['a full-width exclamation mark', '！[候诊区](./images/a(2).jpg)', /全形的「！」/, '![候诊区](./images/a(2).jpg)'],
		['no closing bracket', '![候诊区](./images/a.jpg', /沒有用「\)」結束/, '![候诊区](./images/a.jpg)'],
	])('refuses %s with the text as it should be written', (_case, body, message, fix) => {
		const problems = check(body).problems.filter((p) => p.severity === 'error' && !/不存在|找不到/.test(p.message));
		expect(problems).toEqual([expect.objectContaining({ line: 8, message: expect.stringMatching(message), hint: expect.stringContaining(fix) })]);
	});

	it('leaves prose in brackets alone', () => {
		expect(markdownTargets('[注]（2022年3月）见通知 [1] (第二版)').unread).toEqual([]);
	});
});

/** The first box of a HEIF file: its size, "ftyp", the major brand, a minor version and the compatible brands. */
const ftyp = (major: string, ...compatible: string[]) => {
	const box = Buffer.alloc(16 + 4 * compatible.length);
	box.writeUInt32BE(box.length, 0);
	box.write('ftyp', 4, 'latin1');
	box.write(major, 8, 'latin1');
	compatible.forEach((brand, i) => box.write(brand, 16 + 4 * i, 'latin1'));
	return Buffer.concat([box, Buffer.alloc(200, 1)]);
};

describe('phone photos', () => {
	writeFileSync(join(month, 'images/IMG_0013.HEIC'), ftyp('heic', 'mif1', 'heic'));
	writeFileSync(join(month, 'images/IMG_0014.jpg'), ftyp('mif1', 'mif1', 'heic'));
	writeFileSync(join(month, 'images/IMG_0015.MOV'), ftyp('qt  ', 'qt  '));

	it.each([
		['a .HEIC photo', 'IMG_0013.HEIC', /是 HEIC 格式/],
		['a HEIC photo named .jpg', 'IMG_0014.jpg', /是 HEIC 格式/],
		['a Live Photo video', 'IMG_0015.MOV', /是影片/],
	])('refuses %s by its brand, saying to export it as JPEG', (_case, name, message) => {
		const problems = check(`![义诊现场](./images/${name})`).problems.filter((p) => p.severity === 'error');
		expect(problems).toEqual([
			expect.objectContaining({ line: 8, message: expect.stringMatching(message), hint: expect.stringMatching(/另存為 JPEG.*最相容/) }),
		]);
	});

	it('says a picture of 0 bytes is empty, not of another format', () => {
		writeFileSync(join(month, 'images/IMG_0016.jpg'), '');
		expect(check('![义诊现场](./images/IMG_0016.jpg)').problems.filter((p) => p.severity === 'error')).toEqual([
			expect.objectContaining({ line: 8, message: '圖片 ./images/IMG_0016.jpg 是空的檔案（0 位元組）', hint: expect.stringContaining('重新複製或上傳') }),
		]);
	});

	it('accepts an AVIF picture, which shares the container', async () => {
		const { default: sharp } = await import('sharp');
		await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c33' } })
			.avif()
			.toFile(join(month, 'images/chart.avif'));
		expect(check('![图表](./images/chart.avif)').problems.filter((p) => p.severity === 'error')).toEqual([]);
	});
});

describe('paths as Windows writes them', () => {
	it('names the picture whose name differs only in letter case', async () => {
		await writeJpeg(join(month, 'images/IMG_0012.JPG'), 40, 30);
		const [problem] = check('![接种点](./images/img_0012.jpg)').problems.filter((p) => p.severity === 'error');
		expect(problem).toMatchObject({ line: 8, message: expect.stringContaining('不存在'), hint: expect.stringContaining('同一個資料夾裡有 IMG_0012.JPG') });
	});

	it('says to use / in a picture path written with backslashes', () => {
		const [problem] = check('![图片1](.\\images\\图片1.png)').problems.filter((p) => p.severity === 'error');
		expect(problem).toMatchObject({ line: 8, message: expect.stringContaining('反斜線'), hint: expect.stringContaining('./images/图片1.png') });
	});
});

describe('files Windows and Office leave beside articles', () => {
	it('ignores system and lock files, and says what a .md.txt and a .MD are', () => {
		const dir = join(root, 'folder-scan');
		mkdirSync(join(dir, '2022/03/files'), { recursive: true });
		for (const name of ['desktop.ini', 'Thumbs.db', '~$报名表.docx', '.DS_Store', 'files/~$通知.docx']) writeFileSync(join(dir, '2022/03', name), 'x');
		writeFileSync(join(dir, '2022/03/04-luoao-yimiao.md.txt'), '---\n');
		writeFileSync(join(dir, '2022/03/05-luoao-yimiao.MD'), '---\n');
		const problems = checkArticlesFolder(dir, schema).problems.map((p) => `${p.file}: ${p.severity}: ${p.message} (${p.hint})`);
		expect(problems).toEqual([
			expect.stringMatching(/^content\/articles\/2022\/03\/04-luoao-yimiao\.md\.txt: error: 是文字檔案（\.txt）.*改名為 04-luoao-yimiao\.md：/),
			expect.stringMatching(/^content\/articles\/2022\/03\/05-luoao-yimiao\.MD: error: 不是文章：副檔名要寫成小寫的 .md .*改名為 05-luoao-yimiao\.md\)$/),
		]);
	});
});

describe('article file names as Windows gives them', () => {
	const named = (name: string) =>
		checkArticleFile(
			name,
			new TextEncoder().encode(`---\ntitle: 岭背镇义诊活动（第一期）\ndate: 2022-03-06\ncounty: luoao\ntopics: [jibing]\n---\n\n正文。\n`),
			schema,
			location,
		)
			.problems.filter((p) => p.severity === 'error')
			.map((p) => `${p.message}（${p.hint}）`);

	it.each([
		['a title typed as the name, in the month folder', '2022/03/岭背镇 义诊活动（第一期）.md'],
		['the name Windows gives a new file', '2022/03/新建文本文档 (2).md'],
		['a name in the articles folder itself', '新建文本文档 (2).md'],
		['a name with another day', '2022/02/01-新建文本文档.md'],
	])('gives one hint for %s: the name npm run new gives, from the title', (_case, name) => {
		expect(named(name)).toEqual([
			expect.stringContaining('改名為 content/articles/2022/03/06-luoao-ling-bei-zhen-yi-zhen-huo.md（和 npm run new 取的名字一樣'),
		]);
	});
});

describe('messages of old-site markup', () => {
	it('come in the office’s script like every other message', async () => {
		const { chooseMessageLanguage } = await import('../../src/content-model/editor-messages.ts');
		const { oldSiteMarkup } = await import('../../src/content-model/old-site-markup.ts');
		chooseMessageLanguage('zh-Hans');
		try {
			const problems = oldSiteMarkup('---\ntitle: 岭背镇义诊\n---\n见[上期通报](/news/1.html)。\n\n{{< video src="a.mp4" >}}', 8, 'a.md');
			expect(problems.map((p) => `${p.line}: ${p.message}（${p.hint}）`)).toEqual([
				'8: 正文开头的“---”区块像第二段前置数据（title），发布时会变成标题和分隔线（把需要的字段移到文件最上方的前置数据里并删除这个区块；若是分隔线，在“---”前面先写一段正文）',
				'11: 链接 /news/1.html 指向旧网站或本站没有的页面（连到本站文章请写那篇文章的文件，例如 [见前文](./文件名.md)（同一个月份文件夹；别的月份写 ../月/文件名.md）；连到其他网站请写完整网址）',
				'13: 旧网站的短代码 {{< video src="a.mp4" >}} 不会显示，读者只会看到这段文字（换成 Markdown：图片写 ![说明](./images/x.jpg)，链接写 [文字](网址)，视频请改为链接）',
			]);
		} finally {
			chooseMessageLanguage('zh-Hant');
		}
	});
});
