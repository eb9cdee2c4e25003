import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTaxonomy } from '../../src/content-model/taxonomies.ts';
import { importPage, type ImportOptions } from '../../src/import/import-page.ts';
import { bringAttachments, mirrorRoot } from '../../src/import/post-files.ts';
import { bringPictures } from '../../src/import/post-images.ts';
import sharp from 'sharp';
import { decodePage } from '../../src/import/page-encoding.ts';
import iconv from 'iconv-lite';

/** Pages of a county health bureau's government CMS (TRS-style, 2012–2022), as `wget -r` saves them. */
const options: ImportOptions = { counties: readTaxonomy('counties'), topics: readTaxonomy('topics'), series: readTaxonomy('series'), topic: 'community' };

/** A page of the CMS's 2013 template: banner, menu, breadcrumb, the title cell, the info line, the text, the buttons and the footer. */
function cmsPage(
	titleCell: string,
	content: string,
	info = '发布时间：2013-04-22 10:15&nbsp;&nbsp;来源：县爱卫办&nbsp;&nbsp;浏览次数：<span id="hits">356</span>',
): string {
	return [
		'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" /><title>柘荣县卫生局</title></head><body>',
		'<table width="1000" align="center"><tr><td><img src="../../images/banner.jpg" width="1000" height="120" /></td></tr></table>',
		'<table width="1000" align="center" class="nav"><tr><td><a href="../../index.html">首页</a> | <a href="../../xwdt/">新闻动态</a> | <a href="../../tzgg/">通知公告</a></td></tr></table>',
		'<table width="1000" align="center"><tr><td class="position">当前位置：<a href="../../index.html">首页</a> &gt; <a href="../">通知公告</a> &gt; 正文</td></tr></table>',
		'<table width="920" align="center">',
		`<tr><td height="50" align="center" class="title">${titleCell}</td></tr>`,
		`<tr><td height="30" align="center" class="info">${info}</td></tr>`,
		`<tr><td class="content" id="zoom">${content}</td></tr>`,
		'<tr><td align="center" class="btn">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>',
		'</table>',
		'<table width="1000" align="center" class="footer"><tr><td>版权所有：柘荣县卫生局　闽ICP备08004567号</td></tr></table>',
		'</body></html>',
	].join('\n');
}

const notice = [
	'<p>各乡镇卫生院、县直各医疗卫生单位：</p>',
	'<p>　　今年4月是第25个爱国卫生月。为进一步改善城乡环境卫生，经研究，决定在全县开展爱国卫生月活动。现将有关事项通知如下：</p>',
	'<p><strong>一、活动主题</strong></p>',
	'<p>　　清洁家园，预防疾病。</p>',
	'<p><strong>二、活动时间</strong></p>',
	'<p>　　2013年4月1日至30日。</p>',
	'<p style="text-align:right">柘荣县卫生局</p>',
	'<p style="text-align:right">2013年4月22日</p>',
].join('\n');

describe('a title cell a <br> breaks', () => {
	it('is one title, and the page one article', () => {
		const page = cmsPage('<span>柘荣县卫生局关于开展<br />2013年爱国卫生月活动的通知</span>', notice);
		const { articles, refused } = importPage(page, options);
		expect(refused).toEqual([]);
		expect(articles.map((a) => a.frontmatter.title)).toEqual(['柘荣县卫生局关于开展2013年爱国卫生月活动的通知']);
		expect(articles[0]!.frontmatter.date).toBe('2013-04-22 10:15');
		expect(articles[0]!.paragraphs[0]).toBe('各乡镇卫生院、县直各医疗卫生单位：');
		expect(articles[0]!.paragraphs.slice(-2)).toEqual(['柘荣县卫生局', '2013年4月22日']);
		// Its section headings stay bold, as the page set them.
		expect(articles[0]!.paragraphs).toContain('**一、活动主题**');
		expect(articles[0]!.paragraphs).toContain('**二、活动时间**');
	});
});

describe('attachments a page links to', () => {
	// The mirror as wget -r leaves it: the site under its host's folder, a page's documents beside it or under /UploadFiles/.
	const mirror = mkdtempSync(join(tmpdir(), 'county-cms-'));
	const pageDir = join(mirror, 'www.zrx.gov.cn/wsj/tzgg/201304');
	mkdirSync(pageDir, { recursive: true });
	mkdirSync(join(mirror, 'www.zrx.gov.cn/UploadFiles/wsj/2013/4'), { recursive: true });
	writeFileSync(join(pageDir, 'P020130422512345678901.doc'), 'schedule');
	writeFileSync(join(mirror, 'www.zrx.gov.cn/UploadFiles/wsj/2013/4/201304221030451.xls'), 'sheet');
	afterAll(() => rmSync(mirror, { recursive: true, force: true }));
	const content = [
		notice,
		'<p>附件：1.<a href="./P020130422512345678901.doc">2013年爱国卫生月活动安排表.doc</a><br />',
		'2.<a href="/UploadFiles/wsj/2013/4/201304221030451.xls">卫生死角清理登记表(样表).xls</a><br />',
		'3.<a href="./P020130422512345678902.doc">爱国卫生月活动总结报送格式.doc</a></p>',
	].join('\n');

	it('are kept as links, and brought from the mirror into the article’s files/ folder as the guide links them', () => {
		const [article] = importPage(cmsPage('柘荣县卫生局关于开展2013年爱国卫生月活动的通知', content), options).articles;
		const body = article!.paragraphs.join('\n\n');
		expect(body).toContain('附件：1.[2013年爱国卫生月活动安排表.doc](./P020130422512345678901.doc)');
		const brought = bringAttachments(body, {
			articleFile: '2013/04/22-zherong-guan-yu-kai-zhan.md',
			pageDir,
			root: mirror,
			oldOrigin: 'http://www.zrx.gov.cn',
			taken: (file) => file === '2013/04/files/卫生死角清理登记表（样表）.xls',
		});
		expect(brought.body).toContain('[2013年爱国卫生月活动安排表.doc](./files/2013年爱国卫生月活动安排表.doc)');
		// A name another article's attachment holds gives way to one made from the article's.
		expect(brought.body).toContain('[卫生死角清理登记表（样表）.xls](./files/22-zherong-guan-yu-kai-zhan-2.xls)');
		expect(brought.files.map((f) => [f.file, f.bytes.toString()])).toEqual([
			['2013/04/files/2013年爱国卫生月活动安排表.doc', 'schedule'],
			['2013/04/files/22-zherong-guan-yu-kai-zhan-2.xls', 'sheet'],
		]);
		// The mirror lacks the third: its text stays, and the log says so.
		expect(brought.body).toContain('3.爱国卫生月活动总结报送格式.doc');
		expect(brought.warnings).toEqual([
			expect.stringMatching(/^附件 \.\/P020130422512345678902\.doc 在存下來的網站裡找不到.*「爱国卫生月活动总结报送格式\.doc」/),
		]);
	});
});

describe('files a hostile page names outside the mirror', () => {
	// A secret beside the mirror, and a page that climbs to it by every road a tester found (trial-44).
	const base = mkdtempSync(join(tmpdir(), 'county-cms-'));
	const site = join(base, 'mirror/www.hostile.gov.cn');
	const pageDir = join(site, 'wsj/tzgg/202003');
	mkdirSync(pageDir, { recursive: true });
	mkdirSync(join(base, 'outside'));
	writeFileSync(join(base, 'outside/secret.txt'), 'password');
	writeFileSync(join(base, 'outside/photo.png'), 'not a picture either');
	writeFileSync(join(pageDir, 'ok.doc'), 'schedule');
	symlinkSync(join(base, 'outside/secret.txt'), join(pageDir, 'link.txt'));
	afterAll(() => rmSync(base, { recursive: true, force: true }));
	const options = { articleFile: '2020/03/05-x.md', pageDir, taken: () => false };

	it('are never copied: ../, /../, %2e%2e/ and a symbolic link leading out keep their text, with the reason', () => {
		const body = [
			'[活动安排.txt](../../../../../outside/secret.txt)',
			'[报名表.txt](/../../outside/secret.txt)',
			'[编码上跳.txt](%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/outside/secret.txt)',
			'[符号链接.txt](./link.txt)',
			'[安排表.doc](./ok.doc)',
		].join('\n\n');
		const root = mirrorRoot(pageDir, join(base, 'mirror'));
		expect(root).toBe(site);
		const brought = bringAttachments(body, { ...options, root });
		expect(brought.files.map((f) => f.file)).toEqual(['2020/03/files/安排表.doc']);
		expect(brought.body).toBe(['活动安排.txt', '报名表.txt', '编码上跳.txt', '符号链接.txt', '[安排表.doc](./files/安排表.doc)'].join('\n\n'));
		expect(brought.warnings).toHaveLength(4);
		for (const warning of brought.warnings) expect(warning).toMatch(/以外的檔案，不會複製/);
	});

	it('never climb above the folder given when no folder is named for a host', () => {
		// /tmp/t44-dl/page.html linking /t44-outside/secret.txt climbed every folder up to /tmp.
		const downloads = join(base, 'outside/dl');
		mkdirSync(downloads);
		const brought = bringAttachments('[名单.txt](/outside/secret.txt)', { ...options, pageDir: downloads, root: mirrorRoot(downloads, downloads) });
		expect(brought.files).toEqual([]);
		expect(brought.body).toBe('名单.txt');
	});

	it('nor taken for pictures', async () => {
		const brought = await bringPictures('![现场图一](/../../outside/photo.png)', {
			articleFile: '2020/03/06-x.md',
			postDir: pageDir,
			root: mirrorRoot(pageDir, join(base, 'mirror')),
			limits: { timeoutMs: 50, maxBytes: 1e6 },
		});
		expect(brought.files).toEqual([]);
		expect(brought.body).toBe('现场图一');
		expect(brought.warnings).toEqual([expect.stringMatching(/^圖片 .*以外的檔案，不會複製/)]);
	});
});

describe('a site’s home page', () => {
	// Two columns of a section's name, its 更多>> and its latest headlines, each with its month and day.
	const column = (section: string, folder: string, rows: Array<[string, string]>) =>
		[
			`<td width="50%" valign="top"><table width="100%"><tr><td class="lm">${section}</td><td align="right"><a href="${folder}/">更多&gt;&gt;</a></td></tr>`,
			...rows.map(([title, day], i) => `<tr><td><a href="${folder}/2019${i}/t2019_${i}.html">${title}</a></td><td>${day}</td></tr>`),
			'</table></td>',
		].join('\n');
	const home = [
		'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>柘荣县卫生健康局</title></head><body>',
		'<table width="1000" align="center"><tr><td><img src="images/banner.jpg" width="1000" height="120" /></td></tr></table>',
		'<table width="1000" align="center" class="nav"><tr><td><a href="index.html">首页</a> | <a href="xwdt/">新闻动态</a> | <a href="tzgg/">通知公告</a></td></tr></table>',
		'<table width="1000" align="center"><tr>',
		column('新闻动态', 'xwdt', [
			['富溪镇卫生院开展65岁以上老年人免费体检', '09-12'],
			['县疾控中心开展“全民健康生活方式日”宣传', '09-01'],
			['城郊乡完成适龄儿童脊灰疫苗查漏补种', '08-16'],
		]),
		column('通知公告', 'tzgg', [
			['关于开展2019年下半年基本公共卫生服务项目考核的通知', '07-15'],
			['柘荣县卫生健康局关于国庆期间医疗值班安排的公告', '09-25'],
		]),
		'</tr></table>',
		'<table width="1000" align="center" class="footer"><tr><td>版权所有：柘荣县卫生健康局　闽ICP备08004567号</td></tr></table>',
		'</body></html>',
	].join('\n');

	it('is passed over as a list page, each row named in the log, not read as reports without a date', () => {
		const { articles, refused, list, dropped } = importPage(home, options);
		expect({ articles, refused, list }).toEqual({ articles: [], refused: [], list: true });
		expect(dropped).toContainEqual({ line: '富溪镇卫生院开展65岁以上老年人免费体检', reason: '目錄頁（一列列的連結）' });
		expect(dropped).toContainEqual({ line: '09-12', reason: '目錄頁（一列列的連結）' });
	});

	it('says why its 更多>> links are left out', () => {
		expect(importPage(home, options).dropped.filter((d) => d.line === '更多>>')).toEqual([
			{ line: '更多>>', reason: '欄目的「更多」連結' },
			{ line: '更多>>', reason: '欄目的「更多」連結' },
		]);
	});
});

describe('pictures of the template', () => {
	it('are left out (logo, QR code, share box, footer badges); the report’s own picture stays', () => {
		const page = [
			'<!DOCTYPE html><html><head><meta charset="gbk"><title>富溪镇卫生院开展老年人免费体检_柘荣县卫生健康局</title></head><body>',
			'<div class="header"><div class="logo"><img src="../../images/2022/logo.png" width="420" height="80" alt="柘荣县卫生健康局"></div></div>',
			'<div class="location">您当前的位置：<a href="../../index.html">首页</a> &gt; <a href="../">新闻动态</a></div>',
			'<div class="article"><h1>富溪镇卫生院开展老年人免费体检</h1>',
			'<div class="info"><span>发布时间：2022-09-12 10:02:11</span><span>来源：富溪镇卫生院</span></div>',
			'<div class="content"><p>9月12日，富溪镇卫生院为辖区65岁以上老年人开展免费健康体检，当天共体检230人。</p>',
			'<p><img src="./W020220912335566778899.jpg" width="600" height="400"></p><p>医务人员为老人测量血压</p></div>',
			'<div class="ewm"><img src="../../images/2022/app.png" width="100" height="100"><p>扫一扫在手机打开当前页</p></div>',
			'<div class="bdsharebuttonbox">分享到：<img src="../../images/share-weixin.png" width="60" height="60"></div>',
			'</div><div class="footer"><p>闽ICP备08004567号-1</p><p><span id="_ideConac"><img src="../../images/2022/red.png" width="50" height="60"></span></p></div>',
			'</body></html>',
		].join('\n');
		const [article] = importPage(page, options).articles;
		expect(article!.paragraphs.filter((p) => p.startsWith('!['))).toEqual(['![医务人员为老人测量血压](./W020220912335566778899.jpg)']);
	});
});

describe('a 政府信息公开 page’s index box', () => {
	const box = [
		'<table width="920" border="1" align="center" class="xxgk">',
		'<tr><td width="90">索 引 号：</td><td>003560123/2014-00031</td><td width="90">信息分类：</td><td>卫生计生</td></tr>',
		'<tr><td>发布机构：</td><td>柘荣县卫生局</td><td>生成日期：</td><td>2014-05-20</td></tr>',
		'<tr><td>名　　称：</td><td colspan="3">柘荣县卫生局关于公布全县狂犬病暴露预防处置门诊的通知</td></tr>',
		'<tr><td>文　　号：</td><td>柘卫〔2014〕31号</td><td>主 题 词：</td><td>狂犬病</td></tr>',
		'</table>',
	].join('\n');
	const text = [
		'<p>　　为方便群众及时处置，现将我县狂犬病暴露预防处置门诊公布如下：</p>',
		'<p>　　一、县疾控中心门诊，每日8:00至17:30。</p><p>　　二、富溪镇卫生院，每周一至周五。</p>',
		'<p style="text-align:right">柘荣县卫生局</p><p style="text-align:right">2014年5月16日</p>',
	].join('\n');
	const page = cmsPage(
		'柘荣县卫生局关于公布全县狂犬病暴露预防处置门诊的通知',
		text,
		'【字体：<a href="javascript:doZoom(16)">大</a> <a>中</a> <a>小</a>】',
	).replace('<table width="920" align="center">', `${box}\n<table width="920" align="center">`);

	it('dates the notice by its 生成日期, not its signature, keeps its 文号 under the title and names the office', () => {
		const { articles, dropped } = importPage(page, options);
		expect(articles).toHaveLength(1);
		expect(articles[0]!.frontmatter).toMatchObject({ date: '2014-05-20', source: '柘荣县卫生局' });
		expect(articles[0]!.notes.join('\n')).not.toContain('落款');
		expect(articles[0]!.paragraphs[0]).toBe('柘卫〔2014〕31号');
		expect(articles[0]!.paragraphs.slice(-2)).toEqual(['柘荣县卫生局', '2014年5月16日']);
		expect(dropped[0]).toEqual({
			line: '索引号：003560123/2014-00031 信息分类：卫生计生 发布机构：柘荣县卫生局 生成日期：2014-05-20 名称：柘荣县卫生局关于公布全县狂犬病暴露预防处置门诊的通知 文号：柘卫〔2014〕31号 主题词：狂犬病',
			reason: '政府信息公開的索引資料（生成日期、文號、發布機構已讀入）',
		});
	});
});

describe('text that shows markup', () => {
	// A hostile 文号 cell, or a paragraph showing a page's code, must stay text: no picture fetched, no file copied (trial-44).
	const numbered = (number: string) =>
		cmsPage(
			'柘荣县卫生局关于做好夏季传染病防控工作的通知',
			'<p>各乡镇卫生院：</p><p>为做好夏季传染病防控工作，现将有关事项通知如下，请认真贯彻执行。</p>',
			'发布时间：2014-06-11',
		).replace(
			'<table width="920" align="center">',
			`<table class="xxgk"><tr><td>索 引 号：</td><td>005512345/2014-0001</td><td>文　　号：</td><td>${number}</td></tr></table>\n<table width="920" align="center">`,
		);
	const first = (page: string) => importPage(page, options).articles[0]!.paragraphs[0]!;

	it('is escaped in the 文号: a picture, a link, a heading, a tag and a -{…}- marker stay as typed', () => {
		expect(first(numbered('![追踪](https://evil.example/t.png)柘卫〔2014〕2号'))).toBe('\\!\\[追踪\\](https://evil.example/t.png)柘卫〔2014〕2号');
		expect(first(numbered('[附件](/../../tmp/secret.txt)'))).toBe('\\[附件\\](/../../tmp/secret.txt)');
		const linked = first(numbered('[附件](./secret.txt)'));
		expect(bringAttachments(linked, { articleFile: '2014/06/11-x.md', pageDir: tmpdir(), root: tmpdir(), taken: () => false })).toEqual({
			body: linked,
			files: [],
			warnings: [],
		});
		expect(first(numbered('# 柘卫〔2014〕4号'))).toBe('\\# 柘卫〔2014〕4号');
		expect(first(numbered('&lt;img src=x onerror=alert(1)&gt;柘卫〔2014〕1号'))).toMatch(/^\\<img src=x/);
		expect(first(numbered('-{柘卫}-〔2014〕3号'))).toBe('-{-}-{柘卫}-〔2014〕3号');
	});

	it('is escaped in a paragraph, so bringPictures finds no picture in it', async () => {
		const page = cmsPage(
			'柘荣县卫生局开展健康教育进社区活动',
			'<p>网页代码示例：&lt;img src="/../../tmp/photo.png" alt="示例"&gt; 和 ![图](https://evil.example/t.png)</p><p>活动共发放宣传资料五百余份。</p>',
		);
		const [article] = importPage(page, options).articles;
		const body = article!.paragraphs.join('\n\n');
		const brought = await bringPictures(body, { articleFile: '2013/04/22-x.md', postDir: tmpdir(), root: tmpdir(), limits: { timeoutMs: 50, maxBytes: 1e6 } });
		expect(brought).toEqual({ body, files: [], warnings: [] });
		expect(article!.frontmatter.title).toBe('柘荣县卫生局开展健康教育进社区活动');
	});
});

describe('a page declaring the wrong encoding', () => {
	it('is read as GB18030 when it declares utf-8 and is GBK, saying so', () => {
		const page = cmsPage('柘荣县卫生局关于开展2013年爱国卫生月活动的通知', notice).replace('charset=gb2312', 'charset=utf-8');
		expect(decodePage(iconv.encode(page, 'gbk'))).toMatchObject({ ok: true, charset: 'gb18030', guessed: true, declared: 'utf-8', text: page });
	});
});

describe('pictures the mirror holds', () => {
	it('are taken from it, by the old site’s address or a path from its root, before the network', async () => {
		const mirror = mkdtempSync(join(tmpdir(), 'county-cms-'));
		const pageDir = join(mirror, 'www.zrx.gov.cn/wsj/xwdt/202209');
		mkdirSync(join(mirror, 'www.zrx.gov.cn/UploadFiles/wsj/2022/9'), { recursive: true });
		mkdirSync(pageDir, { recursive: true });
		const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#3c8c50' } })
			.jpeg()
			.toBuffer();
		writeFileSync(join(mirror, 'www.zrx.gov.cn/UploadFiles/wsj/2022/9/tijian.jpg'), photo);
		const body = [
			'![医务人员为老人测量血压](http://www.zrx.gov.cn/UploadFiles/wsj/2022/9/tijian.jpg)',
			'![老人排队体检](/UploadFiles/wsj/2022/9/tijian.jpg)',
		].join('\n\n');
		// The old site is long gone: a download would fail within the time allowed.
		const brought = await bringPictures(body, {
			articleFile: '2022/09/12-zherong-fu-xi-zhen.md',
			postDir: pageDir,
			root: mirror,
			oldOrigin: 'http://www.zrx.gov.cn',
			limits: { timeoutMs: 50, maxBytes: 1e6 },
		});
		rmSync(mirror, { recursive: true, force: true });
		expect(brought.warnings).toEqual([]);
		expect(brought.files.map((f) => f.file)).toEqual(['2022/09/images/12-zherong-fu-xi-zhen-1.jpg', '2022/09/images/12-zherong-fu-xi-zhen-2.jpg']);
	});
});

describe('a page that gives no date', () => {
	const undated = cmsPage(
		'县卫生局开展“卫生下乡”义诊活动',
		'<p>　　近日，县卫生局组织县医院、县中医院的专家到富溪镇开展“卫生下乡”义诊活动，共接诊群众300余人次。</p>',
		'来源：县卫生局',
	);

	it('is dated by its address, t20121012_1050.htm, with a note to check it', () => {
		const [article] = importPage(undated, { ...options, address: 'www.zrx.gov.cn/wsj/xwdt/201210/t20121012_1050.htm' }).articles;
		expect(article!.frontmatter.date).toBe('2012-10-12');
		expect(article!.notes).toContain('date 2012-10-12：網頁和文中都沒有日期，取自網頁網址裡的 t20121012_1050.htm');
	});

	it('is still refused when its address gives no real day', () => {
		expect(importPage(undated, { ...options, address: 'www.zrx.gov.cn/wsj/xwdt/201202/t20120231_1050.htm' }).refused).toHaveLength(1);
		expect(importPage(undated, { ...options, address: 'news/zhenliao.html' }).refused).toHaveLength(1);
	});
});
