import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, runScript, type BuiltSite } from '../../scripts/lib/build-site.ts';
import { importFixtures } from '../helpers/import-fixtures.ts';

const article = (county: string, topic: string, title: string, body: string) =>
	`---\ntitle: ${title}\ndate: 2020-02-15\ncounty: ${county}\ntopics: [${topic}]\n---\n\n${body}\n`;

let site: BuiltSite;
beforeAll(() => {
	site = buildSite((content) => {
		cpSync(join(importFixtures, 'site'), content, { recursive: true });
		const folder = join(content, 'articles/2020/02');
		mkdirSync(folder, { recursive: true });
		writeFileSync(
			join(folder, '15-fuan-emphasis.md'),
			article(
				'fuan',
				'medical-supplies',
				'福安市發佈口罩預約辦法',
				'市民請注意**「預約時間」**，逾期作廢。\n\n**辦理地點：**各社區服務中心。\n\n請帶好*「身份證」*前往。',
			),
		);
		// trial-38: quotation marks in the edition's convention, in the text, the title and the feeds.
		writeFileSync(
			join(folder, '15-fuan-consumer-day.md'),
			article(
				'fuan',
				'medical-supplies',
				'福安市紀念「3·15」消費者權益日',
				'市消委會提醒「**先看**再買」，他說：「要記住『三不』」。\n\n接種“COVID-19”疫苗；`「代碼」`照寫。',
			),
		);
		writeFileSync(join(folder, '15-fuan-hygiene.md'), article('fuan', 'epidemic-control', '福安市开展“爱国卫生运动”', '市卫健委提醒“少聚集”，勤洗手。'));
		writeFileSync(
			join(folder, '15-xiapu-rules.md'),
			article('xiapu', 'epidemic-control', '霞浦縣防控簡報', '---\n\n第一段在分隔線之間。\n\n---\n\n第二段在分隔線之後。'),
		);
	});
	if (!site.ok) throw new Error(site.output);
});
afterAll(() => site?.remove());

const page = (edition: string, id: string) => site.read(`${edition}/articles/2020/02/${id}/index.html`);

describe('Chinese Markdown renders as written', () => {
	it('makes emphasis next to full-width punctuation, in both editions', () => {
		expect(page('zh-hant', '15-fuan-emphasis')).toContain('<strong>「預約時間」</strong>');
		expect(page('zh-hant', '15-fuan-emphasis')).toContain('<strong>辦理地點：</strong>各社區服務中心');
		expect(page('zh-hant', '15-fuan-emphasis')).toContain('<em>「身份證」</em>');
		expect(page('zh-hans', '15-fuan-emphasis')).toContain('<strong>“预约时间”</strong>');
		for (const edition of ['zh-hant', 'zh-hans']) expect(page(edition, '15-fuan-emphasis')).not.toContain('**');
	});

	it("writes quotation marks around Chinese text in each edition's marks, in the text, the title and the feed", () => {
		const hans = page('zh-hans', '15-fuan-consumer-day');
		expect(hans).toMatch(/<h1[^>]*>福安市纪念“3·15”消费者权益日<\/h1>/);
		expect(hans).toMatch(/<title>福安市纪念“3·15”消费者权益日/);
		expect(hans).toContain('提醒“<strong>先看</strong>再买”，他说：“要记住‘三不’”。');
		// Quotes around Latin text are the edition's too (trial-41); code stays as written.
		expect(hans).toContain('接种“COVID-19”疫苗；<code>「代碼」</code>照写。');
		expect(site.read('zh-hans/rss.xml')).toContain('福安市纪念“3·15”消费者权益日');
		const hant = page('zh-hant', '15-fuan-hygiene');
		expect(hant).toMatch(/<h1[^>]*>福安市開展「愛國衛生運動」<\/h1>/);
		expect(hant).toContain('市衛健委提醒「少聚集」，勤洗手。');
		expect(site.read('zh-hant/rss.xml')).toContain('福安市開展「愛國衛生運動」');
		expect(page('zh-hant', '15-fuan-consumer-day')).toContain('接種「COVID-19」疫苗；<code>「代碼」</code>照寫。');
	});

	it('renders a body that starts with a "---" rule, text and all', () => {
		const hant = page('zh-hant', '15-xiapu-rules');
		expect(hant).toMatch(/<hr \/>\s*<p>第一段在分隔線之間。<\/p>\s*<hr \/>\s*<p>第二段在分隔線之後。<\/p>/);
		expect(page('zh-hans', '15-xiapu-rules')).toContain('第一段在分隔线之间。');
	});

	it('refuses a second frontmatter block at the start of a body, naming its line', () => {
		writeFileSync(
			join(site.root, 'content/articles/2020/02/15-fuan-second.md'),
			article('fuan', 'community', '福安社區簡報', '---\nlayout: post\n---\n\n正文。'),
		);
		const check = runScript(site.root, 'scripts/check.ts');
		expect(check.status).toBe(1);
		expect(check.output).toContain('content/articles/2020/02/15-fuan-second.md:8: 錯誤：正文開頭的「---」區塊像第二段前置資料（layout）');
	});
});
