import { describe, expect, it } from 'vitest';
import { createConverter } from '../../src/convert/convert.ts';
import { convertHtml } from '../../src/convert/convert-html.ts';
import { type GlossaryPair } from '../../src/convert/glossary.ts';
import { readSiteGlossary } from '../../src/content-model/glossary-file.ts';
import type { Script } from '../../src/core/scripts.ts';
import { readTaxonomy } from '../../src/content-model/taxonomies.ts';

const glossary = readSiteGlossary();
const convert = (text: string, from: Script, to: Script, extra: GlossaryPair[] = []) =>
	createConverter({ from, to, variant: 'tw', glossary: [...glossary, ...extra] })(text);
const toHans = (text: string, extra?: GlossaryPair[]) => convert(text, 'zh-Hant', 'zh-Hans', extra);
const toHant = (text: string, extra?: GlossaryPair[]) => convert(text, 'zh-Hans', 'zh-Hant', extra);

describe('county names', () => {
	const expected: Record<string, string> = {
		ningde: '宁德市',
		jiaocheng: '蕉城区',
		fuan: '福安市',
		fuding: '福鼎市',
		xiapu: '霞浦县',
		gutian: '古田县',
		pingnan: '屏南县',
		shouning: '寿宁县',
		zhouning: '周宁县',
		zherong: '柘荣县',
		dongqiao: '东侨经济技术开发区',
	};
	it.each(readTaxonomy('counties'))('$id converts both ways', (county) => {
		expect(toHans(county.name)).toBe(expected[county.id]);
		expect(toHant(expected[county.id]!)).toBe(county.name);
		expect(toHant(toHans(county.short))).toBe(county.short);
	});
});

describe('glossary', () => {
	it.each(glossary.map((pair) => [pair.hant[0]!, pair.hans]))('%s ↔ %s', (hant, hans) => {
		expect(toHans(hant)).toBe(hans);
		expect(toHant(hans)).toBe(hant);
		expect(convert(hant, 'zh-Hant', 'zh-Hant')).toBe(hant);
	});

	it("publishes the seed's misspelling 葉其髮 as 葉其發 in both editions", () => {
		expect(convert('葉其髮指出', 'zh-Hant', 'zh-Hant')).toBe('葉其發指出');
		expect(toHans('葉其髮指出')).toBe('叶其发指出');
	});

	it('lets an article add a pair for a one-off name', () => {
		expect(toHant('村民谷雨生主动报名')).toBe('村民穀雨生主動報名');
		expect(toHant('村民谷雨生主动报名', [{ hans: '谷雨生', hant: ['谷雨生'] }])).toBe('村民谷雨生主動報名');
	});

	it("keeps each list of pairs its own while converters of one list share its index: an article's pair reaches no other article", () => {
		const site: GlossaryPair[] = [{ hans: '叶其发', hant: ['葉其發'] }];
		const withNames = (names: string[]) => createConverter({ from: 'zh-Hans', to: 'zh-Hant', variant: 'tw', glossary: site, names: new Set(names) });
		expect(withNames(['范文松'])('叶其发和范文松')).toBe('葉其發和范文松');
		expect(withNames([])('叶其发和范文松')).toBe('葉其發和範文松');
		const own = createConverter({ from: 'zh-Hans', to: 'zh-Hant', variant: 'tw', glossary: [...site, { hans: '谷雨生', hant: ['谷雨生'] }] });
		expect(own('村民谷雨生和叶其发')).toBe('村民谷雨生和葉其發');
		expect(withNames([])('村民谷雨生和叶其发')).toBe('村民穀雨生和葉其發');
	});
});

describe('one-to-many characters in context', () => {
	it.each([
		['头发', '頭髮'],
		['发展', '發展'],
		['理发店', '理髮店'],
		['干部', '幹部'],
		['干净', '乾淨'],
		['干扰', '干擾'],
		['树干', '樹幹'],
		['皇后', '皇后'],
		['后勤保障', '後勤保障'],
		['之后', '之後'],
		['面条', '麵條'],
		['方面', '方面'],
		['一只口罩', '一隻口罩'],
		['只有', '只有'],
		['里面', '裡面'],
		['公里', '公里'],
		['台湾', '臺灣'],
		['台账', '臺賬'],
		['关系', '關係'],
		['松紧', '鬆緊'],
		['山谷', '山谷'],
		['谷物', '穀物'],
	])('%s → %s and back', (hans, hant) => {
		expect(toHant(hans)).toBe(hant);
		expect(toHans(hant)).toBe(hans);
	});

	it('reads Taiwan-standard input with the tw locale (著, 麻痺)', () => {
		expect(toHans('隨著節後企業上工')).toBe('随着节后企业上工');
		expect(toHans('不可有絲毫的麻痺大意')).toBe('不可有丝毫的麻痹大意');
	});

	it('uses the Hong Kong standard when the Traditional variant is hk', () => {
		const toHk = createConverter({ from: 'zh-Hans', to: 'zh-Hant', variant: 'hk', glossary });
		expect(toHk('里面的面条')).toBe('裏面的麪條');
	});
});

describe('-{…}- markup', () => {
	it('keeps -{text}- unconverted in both editions and drops the markers', () => {
		expect(toHans('他說-{葉其髮}-是筆誤')).toBe('他说葉其髮是笔误');
		expect(convert('他說-{葉其髮}-是筆誤', 'zh-Hant', 'zh-Hant')).toBe('他說葉其髮是筆誤');
	});

	it('gives each edition its own text for -{zh-hans:…;zh-hant:…}-', () => {
		const text = '使用-{zh-hans:软件;zh-hant:軟體}-登記';
		expect(toHans(text)).toBe('使用软件登记');
		expect(convert(text, 'zh-Hant', 'zh-Hant')).toBe('使用軟體登記');
	});
});

describe('what is never converted', () => {
	it('leaves URLs and e-mail addresses as written', () => {
		expect(toHans('詳見 https://example.gov.cn/發佈/通知 或寫信至 fa.bu@example.gov.cn')).toBe(
			'详见 https://example.gov.cn/發佈/通知 或写信至 fa.bu@example.gov.cn',
		);
	});

	it('converts HTML text and alt/title attributes but not code, URLs or other attributes', () => {
		const html =
			'<p title="發佈">發佈<a href="/發佈/">連結</a></p><pre><code>發佈 = "髮"</code></pre><img src="發.png" alt="口罩生產線"><span class="發">葉其髮</span>';
		expect(convertHtml(html, (t) => toHans(t))).toBe(
			'<p title="发布">发布<a href="/發佈/">连结</a></p><pre><code>發佈 = "髮"</code></pre><img src="發.png" alt="口罩生产线"><span class="發">叶其发</span>',
		);
	});

	it('keeps entities and attribute quoting intact', () => {
		const html = '<p>口罩 &amp; 消毒 &lt;b&gt;</p><img alt="a &quot;發&quot; > b" src="x.jpg">';
		expect(convertHtml(html, (t) => toHans(t))).toBe('<p>口罩 &amp; 消毒 &lt;b&gt;</p><img alt="a &quot;发&quot; > b" src="x.jpg">');
	});
});
