import { describe, expect, it } from 'vitest';
import { closest, closestId } from '../../src/content-model/closest.ts';
import { summarize } from '../../src/content-model/summary.ts';
import { formatDate } from '../../src/core/dates.ts';
import { splitMarkers, unclosedMarker } from '../../src/convert/markers.ts';
import { editionForLanguages } from '../../src/browser/edition-choice.ts';
import { brokenArticleLinks, exampleArticleLink, linkedArticleId } from '../../src/content-model/links.ts';

describe('summarize', () => {
	it('takes the first paragraph as plain text', () => {
		expect(summarize('# 標題\n\n2月8日,**福安**召開[會議](https://x.cn)。\n\n第二段。')).toBe('2月8日,福安召開會議。');
	});
	it('cuts a long paragraph at a sentence end', () => {
		const text = `${'甲'.repeat(80)}。${'乙'.repeat(80)}。`;
		expect(summarize(text, 120)).toBe(`${'甲'.repeat(80)}。`);
	});
	it('cuts with an ellipsis when there is no sentence end', () => {
		expect(summarize('丙'.repeat(200), 120)).toBe(`${'丙'.repeat(120)}…`);
	});
	it('returns an empty string for an empty body', () => {
		expect(summarize('')).toBe('');
	});
	// trial-42: notices start with their kind on a line of its own, or with whom they are addressed to.
	it.each([
		[
			'**公告**\n\n主旨：公告本區5月6日至5月12日為「病媒蚊孳生源清除週」，請里民配合辦理。',
			'主旨：公告本區5月6日至5月12日為「病媒蚊孳生源清除週」，請里民配合辦理。',
		],
		[
			'**通告**\n\n大埔區健康中心現公佈二〇二四／二五年度季節性流感疫苗接種計劃的安排。',
			'大埔區健康中心現公佈二〇二四／二五年度季節性流感疫苗接種計劃的安排。',
		],
		['新聞公報\n\n衞生防護中心今日（一月五日）公佈一宗本地登革熱個案。', '衞生防護中心今日（一月五日）公佈一宗本地登革熱個案。'],
		['**緊急通知**\n\n各學校、幼稚園：\n\n即日起暫停所有戶外活動。', '即日起暫停所有戶外活動。'],
		['各乡镇卫生院，各社区卫生服务中心：\n\n为做好冬季流感防控工作，现将有关事项通知如下。', '为做好冬季流感防控工作，现将有关事项通知如下。'],
		// trial-43: a sentence introducing a table ends with a colon too, and is what the notice says.
		[
			'为方便群众就近接种，现将我县预防接种门诊名单及接种时间公布如下：\n\n| 门诊 | 时间 |\n| --- | --- |\n\n接种时请携带预防接种证。',
			'为方便群众就近接种，现将我县预防接种门诊名单及接种时间公布如下：',
		],
		['各乡镇卫生院、县直各医疗卫生单位：\n\n今年4月是第25个爱国卫生月，现将有关事项通知如下：', '今年4月是第25个爱国卫生月，现将有关事项通知如下：'],
		['**通知**\n\n具体安排如下：\n\n一、4月1日起开放预约。', '具体安排如下：'],
		['柘政办〔2014〕123号\n\n各乡镇人民政府：\n\n现将《柘荣县爱国卫生工作方案》印发给你们。', '现将《柘荣县爱国卫生工作方案》印发给你们。'],
	])('takes the first paragraph that says something, not a label or the addressees: %s', (body, summary) => {
		expect(summarize(body)).toBe(summary);
	});
	it('keeps a label when the body says nothing else, and a short sentence that says something', () => {
		expect(summarize('**公告**')).toBe('公告');
		expect(summarize('**公告**\n\n今日停水。')).toBe('今日停水。');
	});
});

describe('formatDate', () => {
	it('writes dates as Chinese readers do', () => {
		expect(formatDate('2020-02-08')).toBe('2020年2月8日');
		expect(formatDate('2021-12-31')).toBe('2021年12月31日');
	});
});

describe('closest', () => {
	it('suggests a near id and nothing for a far one', () => {
		expect(closest('countty', ['county', 'topics'])).toBe('county');
		expect(closest('xyz', ['county', 'topics'])).toBeUndefined();
	});

	it('takes an id renamed longer or shorter for the one meant, when only one begins so', () => {
		expect(closestId('luling', ['jian', 'lulingxinqu', 'xingan'])).toBe('lulingxinqu');
		expect(closestId('lulingxinqu', ['jian', 'luling'])).toBe('luling');
		expect(closestId('luling', ['lulingxinqu', 'lulingbei'])).toBeUndefined();
		expect(closestId('lul', ['lulingxinqu'])).toBeUndefined();
		expect(closestId('countty', ['county'])).toBe('county');
	});
});

describe('splitMarkers', () => {
	it('separates convertible text, fixed spans, pairs and URLs', () => {
		expect(splitMarkers('甲-{乙}-丙-{zh-hans:丁;zh-hant:戊}- https://a.cn/x?y=发')).toEqual([
			{ kind: 'convert', text: '甲', source: '甲' },
			{ kind: 'fixed', text: '乙', source: '-{乙}-' },
			{ kind: 'convert', text: '丙', source: '丙' },
			{ kind: 'pair', text: { 'zh-Hans': '丁', 'zh-Hant': '戊' }, source: '-{zh-hans:丁;zh-hant:戊}-' },
			{ kind: 'convert', text: ' ', source: ' ' },
			{ kind: 'fixed', text: 'https://a.cn/x?y=', source: 'https://a.cn/x?y=' },
			{ kind: 'convert', text: '发', source: '发' },
		]);
	});
	it('ends a URL where Chinese runs straight on after it (fresh-143)', () => {
		expect(splitMarkers('请登录www.ssm.gov.mo查詢最新健康資訊。')).toEqual([
			{ kind: 'convert', text: '请登录', source: '请登录' },
			{ kind: 'fixed', text: 'www.ssm.gov.mo', source: 'www.ssm.gov.mo' },
			{ kind: 'convert', text: '查詢最新健康資訊。', source: '查詢最新健康資訊。' },
		]);
		expect(splitMarkers('详见http://wjw.ningde.gov.cn/art/2020/2/8/art_1.html了解详情')[2]).toEqual({ kind: 'convert', text: '了解详情', source: '了解详情' });
		expect(splitMarkers('https://a.cn/发布/通知，')[0]!.source).toBe('https://a.cn/发布/通知');
		expect(splitMarkers('详见http://wjw.ningde.gov.cn/art/2020/2/8/art_1.html，或拨打12320。')[1]).toEqual({
			kind: 'fixed',
			text: 'http://wjw.ningde.gov.cn/art/2020/2/8/art_1.html',
			source: 'http://wjw.ningde.gov.cn/art/2020/2/8/art_1.html',
		});
	});
	it('finds an unclosed marker', () => {
		expect(unclosedMarker('甲-{乙}-丙')).toBeUndefined();
		expect(unclosedMarker('甲-{乙')).toBe(1);
	});
});

describe('editionForLanguages', () => {
	it.each([
		[['zh-TW'], 'zh-hant'],
		[['zh-HK', 'en'], 'zh-hant'],
		[['zh-MO'], 'zh-hant'],
		[['zh-Hant-TW'], 'zh-hant'],
		[['en-US', 'zh-Hant'], 'zh-hant'],
		[['zh-CN'], 'zh-hans'],
		[['zh-Hans-HK'], 'zh-hans'],
		[['zh'], 'zh-hans'],
		// No Chinese at all: the site's default edition, whichever it is.
		[['en-US'], 'zh-hant'],
		[[], 'zh-hant'],
		// The reader's order decides: the first Chinese language in the list, whatever follows it.
		[['zh-CN', 'zh-TW'], 'zh-hans'],
		[['zh-TW', 'zh-CN'], 'zh-hant'],
		[['en-GB', 'zh', 'zh-HK'], 'zh-hans'],
		[['en-GB', 'zh-HK', 'zh'], 'zh-hant'],
		[['zh-Hans', 'zh-Hant'], 'zh-hans'],
	])('%j → %s', (languages, edition) => {
		expect(editionForLanguages(languages, 'zh-hant')).toBe(edition);
	});

	it('sends a reader without Chinese to the default edition the site names', () => {
		expect(editionForLanguages(['en-HK', 'en'], 'zh-hans')).toBe('zh-hans');
		expect(editionForLanguages(['en-HK', 'zh-HK'], 'zh-hans')).toBe('zh-hant');
	});
});

describe('links between articles', () => {
	it('finds the article a link points at', () => {
		expect(linkedArticleId('./08-fuan-mask-production.md', '2020/02/09-x')).toBe('2020/02/08-fuan-mask-production');
		expect(linkedArticleId('../01/31-fuan-a.mdx#part', '2020/02/09-x')).toBe('2020/01/31-fuan-a');
		expect(linkedArticleId('/zh-hans/articles/2020/02/08-a/', '2020/02/09-x')).toBe('2020/02/08-a');
		expect(linkedArticleId('https://example.gov.cn/a.md', '2020/02/09-x')).toBeUndefined();
		expect(linkedArticleId('./images/a.jpg', '2020/02/09-x')).toBeUndefined();
	});

	it('reports links to articles that do not exist, with the line', () => {
		const ids = new Set(['2020/02/08-fuan-mask-production']);
		const problems = brokenArticleLinks('甲。\n見[前文](./08-fuan-mask-production.md)與[另文](./08-xiapu-market.md)。', 10, '2020/02/09-x', ids, 'f.md');
		expect(problems.map((p) => [p.line, p.message])).toEqual([[11, '連結 ./08-xiapu-market.md 找不到文章（找的是 2020/02/08-xiapu-market）']]);
		// The example in the hint is an article of the site's own, as this one would link to it; the hint says how a link
		// reaches another month's folder, which a clerk linking across months did not know (trial-45).
		expect(problems[0]!.hint).toBe(
			'連到另一篇文章的檔案，例如 [見前文](./08-fuan-mask-production.md)，並檢查檔名；同一個月的文章寫 ./日-檔名.md，別的月份的寫 ../月/日-檔名.md，別的年份的寫 ../../年/月/日-檔名.md',
		);
	});

	it.each([
		['the month folder left out', './12-gukou-zha-gen-shan-cun-san-shi.md'],
		['a syllable joined to the next', '../04/12-gukou-zha-gen-shan-cun-sanshi.md'],
		['the syllables joined otherwise', '../04/12-gukou-zhagen-shancun-sanshi.md'],
		['a letter missed', '../04/12-gukou-zha-gen-shan-cn-san-shi.md'],
	])('suggests the article a link meant in another month, with the link to write (trial-45): %s', (_case, href) => {
		const ids = new Set(['2026/04/12-gukou-zha-gen-shan-cun-san-shi', '2026/04/13-gukou-yi-zhen', '2026/05/02-gukou-wei-sheng']);
		const [problem, ...rest] = brokenArticleLinks(`見[前文](${href})。`, 7, '2026/05/02-gukou-wei-sheng', ids, 'f.md');
		expect(rest).toEqual([]);
		expect(problem).toMatchObject({ line: 7, severity: 'error', message: expect.stringContaining(`連結 ${href} 找不到文章`) });
		expect(problem!.hint).toBe('是不是 2026/04/12-gukou-zha-gen-shan-cun-san-shi？把連結改成 ../04/12-gukou-zha-gen-shan-cun-san-shi.md');
	});

	it('names the file to link to where a link points at an id an article had before it was renamed (formerIds)', () => {
		const renamed = new Map([['2020/02/08-old-name', '2020/03/01-new-name']]);
		const [problem, ...rest] = brokenArticleLinks('見[前文](./08-old-name.md)。', 5, '2020/02/09-x', new Set(['2020/03/01-new-name']), 'f.md', renamed);
		expect(rest).toEqual([]);
		expect(problem).toMatchObject({ line: 5, message: '連結 ./08-old-name.md 連到改名前的文章 2020/02/08-old-name，它現在是 2020/03/01-new-name' });
		expect(problem!.hint).toBe('把連結改成 ../03/01-new-name.md');
	});

	it('gives as an example link an article of the site, in the linking article’s folder when there is one', () => {
		const ids = new Set(['2025/09/10-lukou-norovirus-school', '2025/09/12-yuhua-flu', '2025/10/01-furong-dengue']);
		expect(exampleArticleLink('2025/09/12-yuhua-flu', ids)).toBe('./10-lukou-norovirus-school.md');
		expect(exampleArticleLink('2025/10/01-furong-dengue', ids)).toBe('../09/12-yuhua-flu.md');
		expect(exampleArticleLink('2025/08/01-a', new Set(['2025/08/01-a', '2026/01/02-b']))).toBe('../../2026/01/02-b.md');
		expect(exampleArticleLink('2025/08/01-a', new Set(['2025/08/01-a']))).toBe('./檔名.md');
	});
});
