import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { chooseMessageLanguage } from '../../src/content-model/editor-messages.ts';
import { readFrontmatter } from '../../src/content-model/frontmatter.ts';
import { readTaxonomy } from '../../src/content-model/taxonomies.ts';
import { parseCreditLine, splitTrailingCredit } from '../../src/import/credits.ts';
import { guessTopics } from '../../src/import/guess.ts';
import { importPage, SURE, type ImportOptions } from '../../src/import/import-page.ts';

const options: ImportOptions = { date: '2020-02-08', counties: readTaxonomy('counties'), topics: readTaxonomy('topics'), series: readTaxonomy('series') };
const sampleDir = 'test/fixtures/sample-site/articles/2020/02';
// The sample articles in the order the seed page prints them.
const samples = [
	'08-zhouning-guo-xiwen-inspection.md',
	'08-gutian-liang-weixin-inspection.md',
	'08-fuan-video-conference.md',
	'08-fuan-mask-production.md',
	'08-zherong-frontline-visit.md',
	'08-xiapu-sansha-donations.md',
].map((file) => {
	const frontmatter = readFrontmatter(readFileSync(join(sampleDir, file), 'utf8'))!;
	return { file, data: frontmatter.data, body: frontmatter.body.trim() };
});

describe('importing the raw seed', () => {
	it.each([
		['plain text', 'test/fixtures/seed-2020-02-08.txt'],
		['HTML saved from a browser', 'test/fixtures/seed-2020-02-08.html'],
	])('reproduces the six sample articles from %s, with full-width punctuation and the main topic among theirs', (_kind, path) => {
		// The samples were written with half-width , and : in Chinese text; the importer now widens them.
		const narrow = (text: string) => text.replace(/[：，；？！（）]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
		const { articles, series } = importPage(readFileSync(path, 'utf8'), options);
		expect(series).toBe('共同戰“疫”，寧德市縣區在行動');
		expect(articles).toHaveLength(samples.length);
		articles.forEach((article, i) => {
			const written = readFrontmatter(article.markdown)!;
			const { topics, ...data } = written.data as Record<string, unknown>;
			const { topics: sampleTopics, ...sampleData } = samples[i]!.data as Record<string, unknown>;
			expect(JSON.parse(narrow(JSON.stringify(data))), samples[i]!.file).toEqual(sampleData);
			expect(sampleTopics, samples[i]!.file).toContain(article.guesses.topics!.main);
			expect((topics as string[]).length).toBeGreaterThan(0);
			expect(narrow(written.body.trim()), samples[i]!.file).toBe(samples[i]!.body);
			expect(written.body).not.toMatch(/[\u4e00-\u9fff][,:]|[,:][\u4e00-\u9fff]/);
		});
	});

	it('keeps the sample folder to exactly those six articles', () => {
		expect(readdirSync(sampleDir).sort()).toEqual(samples.map((s) => s.file).sort());
	});

	it('names files by date, county and the pinyin of the title', () => {
		const { articles } = importPage(readFileSync('test/fixtures/seed-2020-02-08.txt', 'utf8'), options);
		expect(articles.map((a) => a.file)).toContain('2020/02/08-fuan-ye-qi-fa-diao-yan-wo.md');
	});

	it('says when it had to guess', () => {
		const { articles } = importPage('市民注意防疫\n\n請大家出門戴好口罩,勤洗手。\n', { ...options, date: '2021-03-01' });
		expect(articles[0]!.frontmatter).toMatchObject({ county: 'ningde', date: '2021-03-01' });
		expect(articles[0]!.notes.join('\n')).toMatch(/county ningde 是猜測[\s\S]*文中沒有日期/);
	});
});

// trial-45: a report on World Tuberculosis Day, whose title named the office that ran it (卫生监督所), was filed under
// 卫生监督 with confidence 1.00: one mention of one keyword in the title scored as much as a report about the topic.
describe('a topic guess resting on one mention of one keyword', () => {
	const topics = [
		{ id: 'disease-control', name: '疾病防控', order: 1, keywords: ['传染病', '疫苗'], formerIds: [] },
		{ id: 'health-supervision', name: '衛生監督', order: 2, keywords: ['监督检查', '执法'], formerIds: [] },
	];
	const title = '县卫生监督所开展世界结核病防治日宣传活动';
	const body = '3月24日，工作人员在广场设立咨询台，向群众发放宣传资料，讲解结核病的症状和防治知识。';

	it('is below the confidence at which the importer asks to confirm it, and says why', () => {
		const guess = guessTopics(title, body, topics);
		expect(guess.value).toEqual(['health-supervision']);
		expect(guess.confidence).toBeLessThan(SURE);
		expect(guess.reason).toBe('health-supervision 5；health-supervision 只憑一處提到「衛生監督」');
		const { articles } = importPage(`${title}\n\n${body}\n`, { ...options, topics });
		expect(articles[0]!.notes).toContain('topics health-supervision 是猜測（health-supervision 5；health-supervision 只憑一處提到「衛生監督」）');
	});

	it('is as sure as before with a second mention, of the same keyword or another', () => {
		for (const more of ['卫生监督员还检查了公共场所。', '现场开展执法检查。']) {
			const guess = guessTopics(title, `${body}${more}`, topics);
			expect(guess.confidence, more).toBe(1);
			expect(guess.reason, more).not.toContain('只憑');
		}
	});
});

describe('credit lines', () => {
	it.each([
		['來源:閩東日報記者 陳莉莉 文 鄭霄 圖', { source: '閩東日報', authors: ['陳莉莉'], photographers: ['鄭霄'] }],
		['来源：闽东日报记者 陈莉莉 文', { source: '闽东日报', authors: ['陈莉莉'], photographers: [] }],
		['夏斌 徐婷婷 /文', { authors: ['夏斌', '徐婷婷'], photographers: [] }],
		['三沙鎮政府供圖', { authors: [], photographers: ['三沙鎮政府'] }],
		['鄭霄 /圖', { authors: [], photographers: ['鄭霄'] }],
	])('reads %s', (line, credits) => {
		expect(parseCreditLine(line)).toEqual(credits);
	});

	it('does not take a sentence for a credit', () => {
		expect(parseCreditLine('郭錫文強調:')).toBeUndefined();
		expect(parseCreditLine('三沙義工協會主動請纓。')).toBeUndefined();
	});

	it('takes a desk credit off the end of a paragraph', () => {
		expect(splitTrailingCredit('市領導參加會議。(市委報道組 鄭涵文)')).toEqual({
			text: '市領導參加會議。',
			credits: { source: '市委報道組', authors: ['鄭涵文'], photographers: [] },
		});
	});
});

describe('importer properties', () => {
	it('never throws, whatever the page', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
				importPage(text, options);
			}),
		);
	});

	const han = fc.constantFrom(...'防控疫情口罩企業生產縣委書記檢查指導群眾社區捐贈物資醫療隔離觀察工作人員');
	const sentence = fc.string({ unit: han, minLength: 4, maxLength: 30 }).map((s) => `${s}。`);
	const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(''));
	const title = fc.string({ unit: han, minLength: 6, maxLength: 20 });
	const report = fc.record({ title, paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 5 }) });

	it('never loses a paragraph of body text', () => {
		fc.assert(
			fc.property(fc.array(report, { minLength: 1, maxLength: 4 }), fc.constantFrom('\n', '\n\n', '\r\n\r\n'), (reports, gap) => {
				const page = reports.map((r) => [r.title, ...r.paragraphs].join(gap)).join(`${gap}分享到:${gap}`);
				const bodies = importPage(page, { ...options, topic: 'epidemic-control' }).articles.flatMap((a) => a.paragraphs);
				for (const r of reports) for (const p of r.paragraphs) expect(bodies).toContain(p);
			}),
		);
	});
});

describe('the importer’s messages', () => {
	afterEach(() => chooseMessageLanguage('zh-Hant'));
	// A breadcrumb above a report that names no county: one line left out, one guess to check.
	const page = ['首頁 > 新聞中心 > 縣區動態', '', '企業向紅十字會捐贈口罩兩萬隻', '', '2月14日上午，一家民營企業向紅十字會捐贈醫用口罩兩萬隻。'].join('\n');
	const messages = () => {
		const { dropped, articles } = importPage(page, options);
		return { dropped, notes: articles.flatMap((article) => article.notes) };
	};

	it('are in the site’s default script (Traditional) unless a language is chosen', () => {
		expect(messages()).toEqual({
			dropped: [{ line: '首頁 > 新聞中心 > 縣區動態', reason: '導覽列或麵包屑' }],
			notes: ['county ningde 是猜測（文中沒有提到任何縣區，暫用寧德市）', 'date 2020-02-08：使用 --date；文中的 2月14日 看來是報道裡事情的日期，沒有用'],
		});
	});

	it('follow --lang en, quoting the page’s own lines as written', () => {
		chooseMessageLanguage('en');
		expect(messages()).toEqual({
			dropped: [{ line: '首頁 > 新聞中心 > 縣區動態', reason: 'navigation or breadcrumbs' }],
			notes: [
				'county ningde is a guess (the text names no jurisdiction; 寧德市 for now)',
				'date 2020-02-08: using --date; the text’s 2月14日 looks like the day of the event, not used',
			],
		});
	});
});
