import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTaxonomy } from '../../src/content-model/taxonomies.ts';
import { parseCreditLine } from '../../src/import/credits.ts';
import { importPage, type ImportOptions } from '../../src/import/import-page.ts';
import { importFixtures } from '../helpers/import-fixtures.ts';

/** Articles of a prefecture's WeChat official account, saved from the browser or exported (2016–2023 layouts). */
const wechat = join(importFixtures, 'wechat');
const options: ImportOptions = { counties: readTaxonomy('counties'), topics: readTaxonomy('topics'), series: readTaxonomy('series'), topic: 'community' };
const imported = (name: string, extra: Partial<ImportOptions> = {}) => importPage(readFileSync(join(wechat, name), 'utf8'), { ...options, ...extra });
const only = (name: string, extra: Partial<ImportOptions> = {}) => {
	const result = imported(name, extra);
	expect(result.refused).toEqual([]);
	expect(result.articles).toHaveLength(1);
	return result.articles[0]!;
};

/** A WeChat article of the 2016 layout (its date in #post-date) or today's, with what its meta block and script give. */
const page = ({ meta = '', script = '', text }: { meta?: string; script?: string; text: string }) =>
	`<!DOCTYPE html><html><head><meta charset="utf-8"><title>福鼎市开展秋季爱国卫生运动</title><script>${script}</script></head><body>
<div class="rich_media_area_primary_inner"><h1 class="rich_media_title" id="activity-name">福鼎市开展秋季爱国卫生运动</h1>
<div id="meta_content" class="rich_media_meta_list">${meta}</div>
<div class="rich_media_content" id="js_content">${text}</div></div></body></html>`;
const lead = '<p>福鼎市各乡镇、街道组织志愿者清理卫生死角，社区、村居落实网格化管理，群众积极参与。</p>';

describe('the date of a WeChat article', () => {
	it.each([
		['the meta line’s time', { meta: '<a id="js_name">宁德卫健</a><em id="publish_time">2023-09-12 18:30</em>' }, '2023-09-12 18:30'],
		[
			'a date in Chinese, with its time',
			{ meta: '<em id="publish_time" class="rich_media_meta rich_media_meta_text">2023年05月18日 18:05</em>' },
			'2023-05-18 18:05',
		],
		[
			'2016’s #post-date',
			{
				meta: '<em id="post-date" class="rich_media_meta rich_media_meta_text">2016-07-20</em><em class="rich_media_meta rich_media_meta_text">市卫计委办公室</em>',
			},
			'2016-07-20',
		],
		['publish_time in the script, its time from ct', { script: 'var ct = "1694514600"; var publish_time = "2023-09-12" || "";' }, '2023-09-12 18:30'],
		[
			'ct alone (Unix seconds, in China time: 16:00 UTC is the next day)',
			{ script: 'var ct = "1662998400"; var create_time = "1662998400" * 1;' },
			'2022-09-13 00:00',
		],
		['an empty #publish_time, and ct', { meta: '<em id="publish_time"></em>', script: 'var ct = "1681801200";' }, '2023-04-18 15:00'],
	])('reads %s', (_, parts, date) => {
		const [article] = importPage(page({ ...parts, text: lead }), options).articles;
		expect(article!.frontmatter.date).toBe(date);
		expect(article!.notes.join('\n')).not.toMatch(/date/);
	});

	it('dates the saved pages of the fixture, and leaves the meta line out of the text, naming it', () => {
		const { articles, dropped } = imported('fuan-dengue.html');
		expect(articles[0]!.frontmatter).toMatchObject({ date: '2023-09-12 18:30', source: '福安市卫健局' });
		expect(articles[0]!.paragraphs.join('\n')).not.toContain('宁德卫健');
		expect(dropped).toContainEqual({ line: '福安市卫健局 宁德卫健 2023-09-12 18:30 福建', reason: expect.stringContaining('公眾號') });
		expect(only('gutian-video.html').frontmatter.date).toBe('2023-07-01 09:15');
		expect(only('xiapu-port.html').frontmatter.date).toBe('2023-11-22 08:00');
		expect(only('zhouning-pictures.html').frontmatter.date).toBe('2023-08-25 16:00');
	});

	it('takes the signature’s date when the page gives none, asking to check it; refuses only what has no date at all, saying so', () => {
		const signed = importPage(page({ text: `${lead}<section style="text-align:right;">福鼎市爱卫办<br>2022年9月12日</section>` }), options);
		expect(signed.articles[0]!.frontmatter.date).toBe('2022-09-12');
		expect(signed.articles[0]!.notes).toContainEqual(expect.stringMatching(/^date 2022-09-12：網頁沒有標明發布時間，取自文末落款的 2022年9月12日/));
		const undated = importPage(page({ text: lead }), options);
		expect(undated.refused).toEqual([
			expect.objectContaining({ reason: expect.stringContaining('網頁沒有標明發布時間，文中和文末落款沒有寫明年月日的日期，也沒有給 --date') }),
		]);
	});
});

describe('which date wins', () => {
	it('the page’s own publication time over an event’s day in the first sentence (11月20日至21日)', () => {
		const article = only('xiapu-port.html');
		expect(article.frontmatter.date).toBe('2023-11-22 08:00');
		expect(article.file).toBe('2023/11/22-xiapu-xia-pu-xian-kai-zhan-ru.md');
	});

	it('--date over an event’s day in the first sentence of a page of one report, saying what it did not use', () => {
		const text = `<p>10月12日，福鼎市医院组织12名专家到白琳镇开展义诊活动，为群众免费做彩超、心电图检查。</p>`;
		const [article] = importPage(page({ text }), { ...options, date: '2023-10-13' }).articles;
		expect(article!.frontmatter.date).toBe('2023-10-13');
		expect(article!.notes).toContainEqual(expect.stringMatching(/date 2023-10-13：使用 --date；文中的 10月12日 看來是報道裡事情的日期/));
	});

	it('asks to check a date read from the text alone', () => {
		const text = `<p>2023年10月12日，福鼎市医院组织12名专家到白琳镇开展义诊活动，为群众免费做彩超、心电图检查。</p>`;
		const [article] = importPage(page({ text }), options).articles;
		expect(article!.frontmatter.date).toBe('2023-10-12');
		expect(article!.notes).toContainEqual(expect.stringMatching(/^date 2023-10-12：網頁沒有標明發布時間，取自文中的 2023年10月12日/));
	});
});

describe('lazy pictures and videos', () => {
	it('brings in data-src pictures as src ones, the caption under each its alt text, and leaves out a strip (a banner, a divider)', () => {
		const { paragraphs } = only('fuan-dengue.html');
		expect(paragraphs).toContain('![▲城北街道工作人员清理废旧轮胎积水](https://mmbiz.qpic.cn/mmbiz_jpg/Nd3fA9kQz1/640?wx_fmt=jpeg&from=appmsg)');
		expect(paragraphs.join('\n')).not.toContain('mmbiz_gif');
	});

	it('imports a page of pictures with its pictures, not the placeholder src, and says its text is only pictures', () => {
		const article = only('zhouning-pictures.html');
		expect(article.paragraphs).toEqual([
			'![](https://mmbiz.qpic.cn/mmbiz_jpg/notice01/640?wx_fmt=jpeg)',
			'![](https://mmbiz.qpic.cn/mmbiz_jpg/notice02/640?wx_fmt=jpeg)',
		]);
		expect(article.notes).toContainEqual(expect.stringContaining('正文只有圖片（2 張），沒有文字'));
	});

	it('names the videos it cannot bring in', () => {
		expect(only('gutian-video.html').videos).toEqual(['video_iframe wxv_2981234567890123456', 'mpvideosnap 医生教你戴口罩']);
	});
});

describe('a WeChat account’s boilerplate and credits', () => {
	const boilerplate =
		/点击|蓝字|关注我们|二维码|在看|阅读原文|阅读 \d|微信扫一扫|关注该公众号|微信号|END|侵权|往期推荐|往期回顾|转载|秋季腹泻|编辑|审核|文字：|摄影：|来源：|qrcode/;

	it.each(['fuan-dengue.html', 'xiapu-port.html', 'gutian-video.html', 'pingnan-reprint.html'])(
		'%s: none reaches the text, and each line left out is named',
		(name) => {
			const { articles, dropped } = imported(name);
			expect(articles[0]!.paragraphs.join('\n')).not.toMatch(boilerplate);
			expect(dropped.length).toBeGreaterThan(0);
		},
	);

	it('names the lines it leaves out, the links under 往期推荐 and the QR code’s picture with them', () => {
		const { dropped } = imported('fuan-dengue.html');
		const reasons = Object.fromEntries(dropped.map(({ line, reason }) => [line, reason]));
		expect(reasons).toMatchObject({
			点击蓝字: expect.stringContaining('公眾號的套話'),
			关注我们: expect.stringContaining('公眾號的套話'),
			往期推荐: '往期推薦和它列出的標題',
			霞浦县开展入境人员健康监测: '往期推薦和它列出的標題',
			'【健康科普】秋季腹泻的这些知识你要知道': '往期推薦和它列出的標題',
			'![](https://mmbiz.qpic.cn/mmbiz_png/Nd3fA9kQz1/640?wx_fmt=png&qrcode)': '公眾號的二維碼',
			长按识别二维码关注我们: expect.stringContaining('公眾號的套話'),
			'点个在看，你最好看': expect.stringContaining('公眾號的套話'),
			阅读原文: expect.stringContaining('公眾號的套話'),
		});
	});

	it('puts the credits in the fields the frontmatter has, and those it has none for in a comment in it', () => {
		const xiapu = only('xiapu-port.html');
		expect(xiapu.frontmatter).toMatchObject({ authors: ['郑丽华'] });
		expect(xiapu.markdown).toMatch(/\n# 署名裡本站沒有欄位的部分.*：图片：网络 编辑：吴敏\n---\n/);
		expect(only('fuan-dengue.html').markdown).toMatch(/\nsource: 福安市卫健局\n# 署名裡本站沒有欄位的部分.*：编辑：林晓燕 审核：陈建华\n---\n/);
		expect(only('gutian-video.html').frontmatter).toMatchObject({ authors: ['陈晓'], photographers: ['黄立新'] });
	});

	it.each([
		['本文转载自公众号“福建疾控”，版权归原作者所有', { source: '福建疾控', authors: [] }],
		['（供稿：疾控科 黄钟秀）', { source: '疾控科', authors: ['黄钟秀'] }],
		['图文来源：福建疾控', { source: '福建疾控' }],
		['文字：福鼎市医院 | 图片：网络 | 编辑：吴敏', { source: '福鼎市医院', authors: [], photographers: [], others: ['图片：网络', '编辑：吴敏'] }],
		['编审：陈建华（特邀）', { others: ['编审：陈建华（特邀）'] }],
	])('reads %s', (line, credits) => {
		expect(parseCreditLine(line)).toMatchObject(credits);
	});

	it('keeps a caption starting 图： and a sentence mentioning 在看 in the text', () => {
		expect(parseCreditLine('图：志愿者在福鼎市区清理卫生死角')).toBeUndefined();
		const text = `${lead}<p>医生提醒，孩子在看手机、平板时要注意距离，每20分钟休息一次，远眺6米外的景物20秒以上。</p>`;
		expect(importPage(page({ meta: '<em id="publish_time">2023-09-12</em>', text }), options).articles[0]!.paragraphs).toHaveLength(2);
	});
});

describe('an office’s old pages', () => {
	const govPage = (name: string) => importPage(readFileSync(join(importFixtures, 'gov-pages', name), 'utf8'), options);

	it('takes the <h3> under a section’s <h2> (新闻动态) for the headline when the <title> names the office', () => {
		const { articles } = govPage('zherong-aiwei.htm');
		expect(articles.map((a) => a.frontmatter.title)).toEqual(['柘荣县召开春季爱国卫生运动动员会']);
		expect(articles[0]!.paragraphs[0]).toMatch(/^4月23日，柘荣县召开/);
	});

	it('knows a list page of links with their dates beside them for one, not a report without a date', () => {
		expect(govPage('index.html')).toMatchObject({ articles: [], refused: [], list: true });
	});
});
