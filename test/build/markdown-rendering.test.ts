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
		expect(page('zh-hans', '15-fuan-emphasis')).toContain('<strong>「预约时间」</strong>');
		for (const edition of ['zh-hant', 'zh-hans']) expect(page(edition, '15-fuan-emphasis')).not.toContain('**');
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
