import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTaxonomy } from '../../src/content-model/taxonomies.ts';
import { importPage, type ImportOptions } from '../../src/import/import-page.ts';
import { decodePage } from '../../src/import/page-encoding.ts';
import { parseDateLine, parseMetaLine } from '../../src/import/page-meta.ts';
import { separateSignature } from '../../src/import/signature.ts';
import { importFixtures } from '../helpers/import-fixtures.ts';

/** Old county pages (2009–2015): GBK declared two ways, Big5 declaring nothing, UTF-8 still declaring gb2312. */
const oldPages = join(importFixtures, 'old-pages');
const bytesOf = (name: string) => readFileSync(join(oldPages, name));

describe('decoding old pages', () => {
	it.each([
		['fuan-aiweiyundong.html', 'gbk', false, '福安市开展春季爱国卫生运动'],
		['zherong-liugan-tongzhi.html', 'gbk', false, '关于做好2014年秋冬季流感防控工作的通知'],
		['xiapu-tijian.htm', 'big5-hkscs', true, '三沙鎮衛生院開展老年人免費健康體檢'],
		['gutian-yimiao.html', 'utf-8', false, '古田县启动儿童免费接种水痘疫苗'],
	])('reads %s as %s (guessed: %s)', (name, charset, guessed, headline) => {
		const page = decodePage(bytesOf(name));
		expect(page).toMatchObject({ ok: true, charset, guessed });
		expect(page.ok && page.text).toContain(headline);
		expect(page.ok && page.text).not.toContain('\uFFFD');
	});

	it('drops a byte-order mark and follows it', () => {
		expect(decodePage(Buffer.from('\uFEFF<p>你好</p>'))).toEqual({ ok: true, text: '<p>你好</p>', charset: 'utf-8', guessed: false });
		expect(decodePage(Buffer.from('\uFEFF<p>你好</p>', 'utf16le'))).toMatchObject({ ok: true, text: '<p>你好</p>', charset: 'utf-16le' });
	});

	it('refuses, never guesses into mojibake, bytes no encoding reads cleanly', () => {
		// GB18030 reads almost any pair of bytes, so Big5 text must not be taken for it: its second bytes are often below 0xA1.
		const big5AsGb = decodePage(bytesOf('xiapu-tijian.htm'));
		expect(big5AsGb.ok && big5AsGb.text).toContain('霞浦縣衛生局');
		expect(decodePage(Buffer.from([0x3c, 0x70, 0x3e, 0xe4, 0xbd, 0x3c, 0x2f, 0x70, 0x3e, 0x80, 0x80]))).toMatchObject({
			ok: false,
			reason: expect.stringContaining('沒有宣告編碼，而且不是 UTF-8、GB18030 或 Big5'),
		});
		// Declared GBK, but a lone lead byte at the end: part of the text would be lost.
		expect(decodePage(Buffer.concat([bytesOf('zherong-liugan-tongzhi.html'), Buffer.from([0x81])]))).toMatchObject({
			ok: false,
			reason: expect.stringContaining('網頁宣告的編碼是 gbk'),
			hint: expect.stringContaining('UTF-8'),
		});
		expect(decodePage(Buffer.from('<meta charset="klingon"><p>\xff\xfe</p>', 'latin1'))).toMatchObject({
			ok: false,
			reason: expect.stringContaining('klingon'),
		});
	});
});

const options: ImportOptions = { date: '2020-02-08', counties: readTaxonomy('counties'), topics: readTaxonomy('topics'), series: readTaxonomy('series') };
/** An old page imported as `npm run import` does: decoded by its encoding, with a topic for reports the keywords miss. */
const imported = (name: string, extra: Partial<ImportOptions> = {}) => {
	const page = decodePage(bytesOf(name));
	if (!page.ok) throw new Error(page.reason);
	return importPage(page.text, { ...options, topic: 'community', ...extra });
};

describe('metadata lines', () => {
	it.each([
		['发布时间：2013-11-08  来源：县爱卫办  作者：钟志发  点击数：1024', { date: '2013-11-08', source: '县爱卫办', authors: ['钟志发'] }],
		['發佈時間：2012/4/6 09:30:15 信息來源：市愛衛辦', { date: '2012-04-06 09:30', source: '市愛衛辦', authors: [] }],
		['发布日期：2014-09-25', { date: '2014-09-25', authors: [] }],
		['发布日期：2014-10-15 浏览次数：512', { date: '2014-10-15', authors: [] }],
		['作者：陈文华 点击：88', { authors: ['陈文华'] }],
	])('reads %s', (line, meta) => {
		expect(parseMetaLine(line)).toMatchObject(meta);
	});

	it('takes no sentence or lone source line for one (a 時間 in a notice is its text; a 來源 line is a credit)', () => {
		expect(parseMetaLine('二、接种时间：2014年10月1日至12月31日。')).toBeUndefined();
		expect(parseMetaLine('时间：3月5日上午9时')).toBeUndefined();
		expect(parseMetaLine('來源:閩東日報記者 陳莉莉 文 鄭霄 圖')).toBeUndefined();
	});

	it.each([
		['2013年12月3日  新丰县卫生局', { date: '2013-12-03', source: '新丰县卫生局' }],
		['2013-12-03', { date: '2013-12-03', source: undefined }],
		['[2015-03-02 08:05]', { date: '2015-03-02 08:05' }],
	])('reads the date line %s', (line, meta) => {
		expect(parseDateLine(line)).toMatchObject(meta);
	});

	it('takes no impossible date or sentence for a date line', () => {
		expect(parseDateLine('2013年2月30日')).toBeUndefined();
		expect(parseDateLine('2013年12月3日，马头镇卫生院为老人体检。')).toBeUndefined();
	});
});

describe('titles, dates and credits of old pages', () => {
	it.each([
		['fuan-aiweiyundong.html', { title: '福安市开展春季爱国卫生运动', date: '2012-04-06', source: '市爱卫办', authors: ['陈文华'] }, '发布时间：2012-04-06'],
		['zherong-liugan-tongzhi.html', { title: '关于做好2014年秋冬季流感防控工作的通知', date: '2014-10-15' }, '发布日期：2014-10-15'],
		['xiapu-tijian.htm', { title: '三沙鎮衛生院開展老年人免費健康體檢', date: '2009-06-12', source: '霞浦縣衛生局' }, '2009年6月12日'],
		['gutian-yimiao.html', { title: '古田县启动儿童免费接种水痘疫苗', date: '2015-03-02', source: '古田县疾控中心' }, '2015年3月2日'],
	])('%s: the marked headline is the title, the metadata line gives the date over --date, and the credits go to their fields', (name, frontmatter, written) => {
		const [article] = imported(name).articles;
		expect(article!.frontmatter).toMatchObject(frontmatter);
		expect(article!.notes.join('\n')).not.toMatch(/文中沒有日期/);
		expect(article!.markdown).not.toMatch(/点击|點擊|浏览次数|打印|关闭|版权所有|ICP/);
		expect(article!.markdown).not.toContain(written);
	});

	it('keeps a time the metadata line gives', () => {
		const page =
			'<html><body><h1>福安市开展春季爱国卫生运动</h1><p>发布时间：2012-04-06 09:30:00</p><p>4月6日上午，福安市召开爱国卫生运动动员大会。</p></body></html>';
		expect(importPage(page, { ...options, topic: 'community' }).articles[0]!.frontmatter.date).toBe('2012-04-06 09:30');
	});

	it('leaves out the page’s buttons and footer, saying why', () => {
		const { dropped } = imported('fuan-aiweiyundong.html');
		expect(dropped).toEqual(
			expect.arrayContaining([
				{ line: '【打印本页】【关闭窗口】', reason: '網頁雜項' },
				{ line: '版权所有：福安市卫生局 闽ICP备05001234号', reason: '網頁頁尾' },
				{ line: '您现在的位置：首页 >> 工作动态 >> 正文', reason: '標題之上的網頁頁首和選單' },
			]),
		);
	});
});

describe('one page, one article', () => {
	it('keeps a caption under a picture in the article instead of starting another', () => {
		const { articles } = imported('fuan-aiweiyundong.html');
		expect(articles).toHaveLength(1);
		expect(articles[0]!.markdown).toContain('志愿者在城北农贸市场喷洒消毒药水');
		expect(articles[0]!.paragraphs.at(-1)).toMatch(/^市爱卫办负责人表示/);
	});

	it('still splits a roundup, whose title the page repeats as captions, at each headline', () => {
		const roundup = [
			'<html><body><h1>福安市各地开展爱国卫生运动</h1>',
			'<p>城北街道清理卫生死角</p><p>4月6日，城北街道组织志愿者清理卫生死角。</p>',
			'<figure><img src="a.jpg"><figcaption>福安市各地开展爱国卫生运动</figcaption></figure>',
			'<p>阳头街道开展灭鼠活动</p><p>4月7日，阳头街道在各小区投放灭鼠药。</p></body></html>',
		].join('\n');
		const { articles, series } = importPage(roundup, { ...options, topic: 'community' });
		expect(series).toBe('福安市各地开展爱国卫生运动');
		expect(articles.map((a) => a.frontmatter.title)).toEqual(['城北街道清理卫生死角', '阳头街道开展灭鼠活动']);
	});
});

describe('pictures of old pages', () => {
	it('keeps a picture where it stood, its caption as its alt text', () => {
		const [article] = imported('fuan-aiweiyundong.html').articles;
		expect(article!.paragraphs).toContain('![志愿者在城北农贸市场喷洒消毒药水](images/xiaodu.jpg)');
		expect(article!.paragraphs.filter((p) => p.includes('志愿者在城北农贸市场'))).toHaveLength(1);
		// The banner above the headline is the page's header.
		expect(article!.markdown).not.toContain('top_banner');
	});

	it('keeps an alt text and takes the line under the picture as its caption; leaves out spacers and placeholders a page repeats', () => {
		const page = [
			'<html><body><h1>福安市开展春季爱国卫生运动</h1><p>4月6日，福安市召开爱国卫生运动动员大会。</p>',
			'<p><img src="images/dot.gif" width="8" height="8"><img src="../upload/清理 垃圾(1).jpg" alt="志愿者清理垃圾"></p>',
			'<p>城北农贸市场(4月6日)</p><p><img src="/icons/line.gif"></p><p><img src="/icons/line.gif"></p>',
			'<p>会后，志愿者分赴各社区清理卫生死角。</p></body></html>',
		].join('\n');
		const { articles, dropped } = importPage(page, { ...options, topic: 'community' });
		expect(articles[0]!.paragraphs).toEqual([
			'4月6日，福安市召开爱国卫生运动动员大会。',
			'![志愿者清理垃圾](../upload/清理%20垃圾%281%29.jpg "城北农贸市场（4月6日）")',
			'会后，志愿者分赴各社区清理卫生死角。',
		]);
		expect(dropped.filter((d) => d.reason === '重複的圖片佔位')).toHaveLength(2);
	});
});

describe('a notice’s signature block', () => {
	it('keeps the offices and the date of a page’s signature as lines of the text, none taken for a headline or the date', () => {
		const { articles } = imported('zherong-liugan-tongzhi.html');
		expect(articles).toHaveLength(1);
		expect(articles[0]!.frontmatter.date).toBe('2014-10-15');
		expect(articles[0]!.paragraphs.slice(-3)).toEqual(['柘荣县卫生局', '柘荣县疾病预防控制中心', '2014年10月15日']);
		expect(articles[0]!.markdown).toMatch(/\n\n柘荣县卫生局\n\n柘荣县疾病预防控制中心\n\n2014年10月15日\n$/);
	});

	it('keeps them in a plain-text page too, where a short line would start a report', () => {
		const page = [
			'关于开展灭鼠活动的通知',
			'',
			'各乡镇：',
			'',
			'定于4月10日至20日在全县开展春季灭鼠活动，请各单位做好准备。',
			'',
			'福安市爱卫办',
			'福安市卫生局',
			'2012年4月6日',
		].join('\n');
		const { articles } = importPage(page, { ...options, topic: 'community' });
		expect(articles.map((a) => a.frontmatter.title)).toEqual(['关于开展灭鼠活动的通知']);
		expect(articles[0]!.paragraphs.slice(-3)).toEqual(['福安市爱卫办', '福安市卫生局', '2012年4月6日']);
	});

	it('makes each line of a post’s closing signature a paragraph, so Markdown does not join them', () => {
		expect(separateSignature('请各单位做好准备。\n\n福安市爱卫办\n福安市卫生局\n2012年4月6日\n')).toBe(
			'请各单位做好准备。\n\n福安市爱卫办\n\n福安市卫生局\n\n2012年4月6日\n',
		);
		expect(separateSignature('请各单位做好准备。\n福安市卫生局\n2012年4月6日')).toBe('请各单位做好准备。\n\n福安市卫生局\n\n2012年4月6日\n');
		// A date closing a sentence's paragraph, or a lone date, is no signature.
		expect(separateSignature('活动定于下列日期举行，\n2012年4月6日\n')).toBe('活动定于下列日期举行，\n2012年4月6日\n');
		expect(separateSignature('请各单位做好准备。\n\n2012年4月6日\n')).toBe('请各单位做好准备。\n\n2012年4月6日\n');
	});
});
