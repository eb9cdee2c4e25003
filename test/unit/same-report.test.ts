import { describe, expect, it } from 'vitest';
import { bodyKey, KnownReports, reportNumber, sameReport } from '../../src/import/same-report.ts';

describe('a report known by its text', () => {
	const body = '衞生署今日（五月六日）公布，過去二十四小時新增五宗非典型肺炎個案，其中兩宗涉及大埔廣福邨，一宗涉及深水埗石硤尾邨。';

	it('is the same whatever its pictures, punctuation width, script and line breaks', () => {
		expect(bodyKey(`${body}\n\n![口罩](./images/a.jpg)\n\n後文。`)).toBe(bodyKey(`![口罩](old/a.jpg)\n${body.replace(/，/g, ',')}\n後文。`));
		expect(bodyKey(body)).toBe(bodyKey('卫生署今日(五月六日)公布,过去二十四小时新增五宗非典型肺炎个案,其中两宗涉及大埔广福邨,一宗涉及深水埗石硖尾邨。'));
	});

	it('tells other reports apart, and says nothing of a text too short to tell', () => {
		expect(bodyKey(body)).not.toBe(bodyKey(body.replace('五宗', '六宗')));
		expect(bodyKey('完。')).toBeUndefined();
	});
});

describe('numbered notices under one preamble', () => {
	// 柘城縣's notices of February 2020 open with the same paragraph of 110 characters; only their items differ.
	const preamble =
		'为切实做好新型冠状病毒感染的肺炎疫情防控工作，有效切断病毒传播途径，坚决遏制疫情扩散蔓延势头，切实保障全县人民群众生命安全和身体健康，根据《中华人民共和国传染病防治法》等法律法规规定，经县疫情防控指挥部研究决定，现将有关事项通告如下：';
	const first = {
		title: '柘城县新型冠状病毒感染的肺炎疫情防控指挥部通告（第1号）',
		body: `${preamble}\n\n一、全县暂停所有集市、庙会、文艺演出等聚集性活动。\n\n二、各乡镇（街道）设立卡点，对外来人员和车辆进行登记测温。\n\n特此通告。`,
	};
	const third = {
		title: '柘城县新型冠状病毒感染的肺炎疫情防控指挥部通告（第3号）',
		body: `${preamble}\n\n一、全县各村（社区）实行封闭式管理，每户每三天可指派1名家庭成员外出采购。\n\n二、药店暂停销售退烧、止咳类药品。\n\n特此通告。`,
	};

	it('tells them apart though their openings are the same', () => {
		expect(bodyKey(first.body)).toBe(bodyKey(third.body));
		expect(sameReport(first, third)).toBe(false);
		// Even with the same items, a different number is a different notice.
		expect(sameReport(first, { ...third, body: first.body })).toBe(false);
		expect(sameReport({ title: '柘政〔2020〕3号', body: first.body }, { title: '柘政〔2020〕5号', body: first.body })).toBe(false);
	});

	it('knows a notice again after an editor’s fixes, under a title without its number or in Traditional', () => {
		const fixed = { ...first, body: first.body.replace('登记测温', '登记、测量体温') };
		expect(sameReport(first, fixed)).toBe(true);
		expect(sameReport(first, { title: '柘城县疫情防控指挥部通告', body: first.body })).toBe(true);
		expect(reportNumber('柘城縣疫情防控指揮部通告（第１號）')).toBe('1');
		expect(reportNumber('关于印发《柘城县爱国卫生工作方案》的通知 柘卫〔2019〕12号')).toBe('2019-12');
		expect(reportNumber('关于开展爱国卫生月活动的通知')).toBeUndefined();
	});

	it('finds among the reports of a folder only the one that is the same', () => {
		const known = new KnownReports();
		known.add('2020/01/26-zhecheng-tong-gao-1.md', first.title, first.body);
		expect(known.find(third.title, third.body)).toBeUndefined();
		expect(known.find(first.title, `${first.body}\n\n![](./images/a.jpg)`)).toBe('2020/01/26-zhecheng-tong-gao-1.md');
	});
});
