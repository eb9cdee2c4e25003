import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTaxonomy } from '../../src/content-model/taxonomies.ts';
import { importPage, type ImportOptions } from '../../src/import/import-page.ts';
import { decodePage } from '../../src/import/page-encoding.ts';
import { importFixtures } from '../helpers/import-fixtures.ts';

/** Hong Kong government-style press releases (2003–2016): Big5-HKSCS declared and not, UTF-8, table layouts, 完 and 香港時間 lines. */
const hkPages = join(importFixtures, 'hk-pages');
const bytesOf = (name: string) => readFileSync(join(hkPages, name));

describe('Big5-HKSCS pages', () => {
	it.each([
		['p200305060.htm', false, ['衞生署', '深水埗', '鰂魚涌', '穿着', '前綫']],
		['p200305200.htm', true, ['衞生福利及食物局', '深水埗', '穿着', '前綫']],
	])('reads %s (guessed: %s) with Hong Kong’s characters, none in the private-use area', (name, guessed, words) => {
		const page = decodePage(bytesOf(name));
		expect(page).toMatchObject({ ok: true, charset: 'big5-hkscs', guessed });
		for (const word of words) expect(page.ok && page.text).toContain(word);
		expect(page.ok && page.text).not.toMatch(/\p{Co}|\uFFFD/u);
	});

	it('reads a page declaring big5-hkscs', () => {
		const bytes = Buffer.from(bytesOf('p200305060.htm').toString('latin1').replace('charset=big5', 'charset=big5-hkscs'), 'latin1');
		expect(decodePage(bytes)).toMatchObject({ ok: true, charset: 'big5-hkscs', text: expect.stringContaining('深水埗') });
	});

	it('refuses a declared page whose reading holds a private-use character, naming its line', () => {
		// 0xAA 0xA1 is in GBK's user-defined area: ICU reads it as U+E000 without an error, a character no font shows.
		const bytes = Buffer.concat([Buffer.from('<meta charset="gbk">\n<p>'), Buffer.from([0xaa, 0xa1]), Buffer.from('</p>')]);
		expect(decodePage(bytes)).toMatchObject({ ok: false, reason: expect.stringMatching(/第 2 行有私用區字元 U\+E000/) });
	});

	it('does not suggest gbk for an undeclared page that may be Big5', () => {
		const bytes = Buffer.concat([Buffer.from('<p>'), Buffer.from([0xa4, 0x40, 0xa4, 0x41, 0x80, 0x80]), Buffer.from('</p>')]);
		const page = decodePage(bytes);
		expect(page).toMatchObject({ ok: false, hint: expect.stringContaining('big5-hkscs') });
		expect(page.ok || page.hint).not.toMatch(/例如 <meta charset="gbk">/);
	});
});

const options: ImportOptions = { counties: readTaxonomy('counties'), topics: readTaxonomy('topics'), series: readTaxonomy('series'), topic: 'community' };
/** A Hong Kong page imported as `npm run import` does, without --date unless given. */
const imported = (name: string, extra: Partial<ImportOptions> = {}) => {
	const page = decodePage(bytesOf(name));
	if (!page.ok) throw new Error(page.reason);
	return importPage(page.text, { ...options, ...extra });
};

describe('the date of a release', () => {
	it.each([
		['p200305060.htm', '2003-05-06 19:05', '2003年5月6日（星期二） 香港時間19時05分'],
		['p200305200.htm', '2003-05-20 16:20', '2003年5月20日（星期二） 香港時間16時20分'],
		['p201602150.htm', '2016-02-05 11:30', '2016年2月5日（星期五） 香港時間11時30分'],
	])('%s: reads the date and time under 完 at the foot, and drops the 完, date and time lines from the text', (name, date, written) => {
		const { articles, dropped } = imported(name);
		expect(articles[0]!.frontmatter.date).toBe(date);
		expect(articles[0]!.notes.join('\n')).not.toMatch(/文中沒有日期/);
		expect(articles[0]!.paragraphs.join('\n')).not.toMatch(/^完$|香港時間|星期/m);
		expect(dropped.filter((d) => d.reason === '新聞公報的「完」和日期、時間行').map((d) => d.line)).toEqual(['完', ...written.split(' ')]);
	});

	it('reads a date in Chinese numerals under the headline', () => {
		const page = '<html><body><h1>全港學校暫停上課</h1><p>二零零九年六月十一日（星期四）</p><p>　　行政長官今日宣布全港小學暫停上課。</p></body></html>';
		const [article] = importPage(page, options).articles;
		expect(article!.frontmatter.date).toBe('2009-06-11');
		expect(article!.paragraphs).toEqual(['行政長官今日宣布全港小學暫停上課。']);
	});

	it('keeps a signature’s date in Chinese numerals as text (衞生署 / 二零二零年一月二十三日)', () => {
		const page =
			'<html><body><h1>衞生署公布指定診所名單</h1><p>2020年1月23日</p><p>衞生署今日公布指定診所名單。</p><p>衞生署<br>二零二零年一月二十三日</p></body></html>';
		const [article] = importPage(page, options).articles;
		expect(article!.frontmatter.date).toBe('2020-01-23');
		expect(article!.paragraphs.slice(-2)).toEqual(['衞生署', '二零二零年一月二十三日']);
	});

	it.each([
		['the office, then the date', ['澳門特別行政區政府衞生局新聞稿', '', '2024年9月24日', '']],
		['the date, then the office', ['2024年9月24日（星期二）', '澳門特別行政區政府衞生局新聞稿']],
	])('reads a press release’s header above its headline (%s) as its date and source, not as a report', (_, header) => {
		const text = [
			...header,
			'本澳進入流感高峰期　衞生局籲市民盡快接種疫苗',
			'',
			'衞生局監測數據顯示，本澳已進入流感高峰期。',
			'',
			'市民可到各衞生中心免費接種流感疫苗。',
		];
		const { articles, refused, dropped } = importPage(text.join('\n'), options);
		expect(refused).toEqual([]);
		expect(dropped).toEqual([]);
		expect(articles.map((a) => a.frontmatter)).toEqual([
			expect.objectContaining({ title: '本澳進入流感高峰期　衞生局籲市民盡快接種疫苗', date: '2024-09-24', source: '澳門特別行政區政府衞生局' }),
		]);
		expect(articles[0]!.paragraphs).toHaveLength(2);
	});

	it('reads the date line right above a marked headline, and no date from a menu higher up', () => {
		const page = (above: string) =>
			`<html><body><p>${above}</p><p>衞生署新聞稿</p><p>2020年1月23日</p><h1>衞生署公布指定診所名單</h1><p>衞生署今日公布指定診所名單。</p></body></html>`;
		expect(importPage(page('首頁'), options).articles[0]!.frontmatter).toMatchObject({ date: '2020-01-23', source: '衞生署' });
		const menuDate = `<html><body><p>2020年1月1日</p><p>最新消息</p><h1>衞生署公布指定診所名單</h1><p>衞生署今日公布指定診所名單。</p></body></html>`;
		expect(importPage(menuDate, options).refused).toEqual([expect.objectContaining({ reason: expect.stringContaining('找不到日期') })]);
	});

	it('refuses a release without a date when no --date is given, instead of dating it today', () => {
		const { articles, refused } = imported('p201602160.htm');
		expect(articles).toEqual([]);
		expect(refused).toEqual([
			{
				title: '元朗區議會關注流感高峰期',
				reason: expect.stringContaining('找不到日期'),
				hint: expect.stringContaining('--date YYYY-MM-DD'),
				body: expect.stringContaining('元朗'),
			},
		]);
		expect(imported('p201602160.htm', { date: '2016-02-16' }).articles[0]!.frontmatter.date).toBe('2016-02-16');
	});
});

describe('a list page', () => {
	it('is no article: a table of dates and linked headlines is left out as a list page', () => {
		const result = imported('index.html', { date: '2016-02-16' });
		expect(result.articles).toEqual([]);
		expect(result.refused).toEqual([]);
		expect(result.list).toBe(true);
		expect(result.dropped).toContainEqual({ line: '屯門醫院前綫醫護人員獲嘉許', reason: '目錄頁（一列列的連結）' });
	});

	it('still imports a report that quotes a few links', () => {
		const page = [
			'<html><body><h1>衞生署公布指定診所名單</h1><p>2020年1月23日</p><p>衞生署今日公布指定診所名單，詳情見以下網頁：</p>',
			'<p><a href="a.htm">觀塘診所</a></p><p><a href="b.htm">屯門診所</a></p><p><a href="c.htm">瀝源診所</a></p>',
			'<p>衞生署提醒市民，如曾於發病前十四日內到訪武漢，應主動告知醫護人員。</p><p>市民可致電熱線查詢。</p><p>衞生署會繼續監察情況。</p></body></html>',
		].join('\n');
		expect(importPage(page, options).articles).toHaveLength(1);
	});
});

describe('tables', () => {
	it('imports a data table as a Markdown table, every cell kept, equal cells too', () => {
		const [article] = imported('p201602150.htm').articles;
		expect(article!.paragraphs).toContain(
			[
				'| 地區 | 診所 | 應診時間 |',
				'| --- | --- | --- |',
				'| 灣仔 | 鄧志昂專科診所 | 上午9時至下午1時 |',
				'| 觀塘 | 藍田分科診所 | 上午9時至下午1時 |',
				'| 元朗 | 容鳳書健康中心 | 上午9時至下午5時 |',
			].join('\n'),
		);
		expect(article!.paragraphs.filter((p) => /^(地區|灣仔|上午9時)/.test(p))).toEqual([]);
		expect(article!.markdown).toContain('照常應診：\n\n| 地區 |');
	});

	it('keeps a spanned cell in its first column, escapes a |, widens punctuation in cells, and keeps layout tables as blocks', () => {
		const page = [
			'<html><body><table width="770"><tr><td><h1>衞生署公布疫苗接種地點</h1><p>2010年1月4日</p>',
			'<p>衞生署今日公布以下接種地點。</p>',
			'<table border="1"><tr><th colspan="2">地點</th><th>時間</th></tr><tr><td>灣仔</td><td>A|B座</td><td>9:00-17:00(星期一)</td></tr></table>',
			'<p>市民可致電查詢。</p></td></tr></table></body></html>',
		].join('\n');
		const [article] = importPage(page, options).articles;
		expect(article!.paragraphs).toEqual([
			'衞生署今日公布以下接種地點。',
			'| 地點 |  | 時間 |\n| --- | --- | --- |\n| 灣仔 | A\\|B座 | 9:00-17:00（星期一） |',
			'市民可致電查詢。',
		]);
	});
});

describe('footers and bylines', () => {
	it('drops a copyright footer that starts with its year, and keeps 版權所有 in a sentence', () => {
		const { articles, dropped } = imported('p201602150.htm');
		expect(dropped).toContainEqual({ line: '2016 © 版權所有 香港特別行政區政府 | 重要告示 | 私隱政策', reason: '網頁頁尾' });
		expect(articles[0]!.markdown).not.toMatch(/版權所有|私隱政策/);
		const page =
			'<html><body><h1>衞生署提醒市民尊重版權</h1><p>2016年2月5日</p><p>衞生署表示，單張的內容版權所有，但市民可以免費複印派發給鄰居，讓更多人知道預防流感的方法。</p></body></html>';
		expect(importPage(page, options).articles[0]!.paragraphs).toHaveLength(1);
	});

	it.each([['p200305200.htm', '衞生福利及食物局', '衞生福利及食物局新聞稿']])(
		'%s: takes the issuing office’s byline under the headline into source',
		(name, source, byline) => {
			const [article] = imported(name).articles;
			expect(article!.frontmatter.source).toBe(source);
			expect(article!.paragraphs).not.toContain(byline);
		},
	);
});

describe('headlines', () => {
	it('prefers the release’s headline right under a section label the <title> names, in Chinese, its byline and date read', () => {
		const { articles, dropped } = imported('p200907030.htm');
		expect(articles[0]!.frontmatter).toMatchObject({ title: '觀塘區學校下周復課', date: '2009-07-03', source: '衞生防護中心' });
		expect(dropped).toContainEqual({ line: 'Human Swine Influenza 人類豬型流感', reason: '標題之上的網頁頁首和選單' });
		expect(articles[0]!.paragraphs[0]).toMatch(/^衞生防護中心今日表示/);
	});

	it('keeps the section heading a page marks as its headline when text stands between it and the next heading', () => {
		const page =
			'<html><head><title>衞生署公布流感疫苗接種安排</title></head><body><h2>衞生署公布流感疫苗接種安排</h2><p>2016年10月1日</p><p>衞生署今日公布今年的安排。</p><h3>一、接種地點</h3><p>各區衞生院。</p></body></html>';
		expect(importPage(page, options).articles[0]!.frontmatter.title).toBe('衞生署公布流感疫苗接種安排');
	});

	it.each([
		['深水埗發現本地登革熱個案 Local Dengue Fever Case in Sham Shui Po', '深水埗發現本地登革熱個案'],
		['Schools in Kwun Tong to resume classes 觀塘區學校下周復課', '觀塘區學校下周復課'],
		['COVID-19：灣仔區食肆晚上六時後禁止堂食', 'COVID-19：灣仔區食肆晚上六時後禁止堂食'],
	])('keeps the Chinese part of %s', (headline, title) => {
		const page = `<html><body><h1>${headline}</h1><p>2014年9月5日</p><p>衞生防護中心今日正調查一宗本地個案。</p></body></html>`;
		expect(importPage(page, options).articles[0]!.frontmatter.title).toBe(title);
	});
});
