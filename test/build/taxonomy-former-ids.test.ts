import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildProject, createProject, runScript, sampleSite, type BuiltSite } from '../../scripts/lib/build-site.ts';

// A county office running the site for a year renamed a county when it became a city (撤縣設市) and renamed a topic:
// every old listing page and the county's feed answered 404, and `npm run check` said nothing. Now the check names each
// id gone with the line that keeps it answering (formerIds on the entry), and the build writes at the old listing's
// pages, in both editions, pages that lead to the new ones, and serves the new feed at the old feed's address.
let root: string;
let before: { status: number; output: string };
let after: { status: number; output: string };
let oldIds: { status: number; output: string };
let built: BuiltSite;
const content = (file: string) => join(root, 'content', file);
const edit = (file: string, change: (text: string) => string) => writeFileSync(content(file), change(readFileSync(content(file), 'utf8')));

beforeAll(() => {
	root = createProject(sampleSite);
	// Forty more bulletins of 福安, so its listing has an older page (/1/) besides its top page.
	mkdirSync(content('articles/2020/01'), { recursive: true });
	for (let day = 1; day <= 40; day++) {
		const date = `2020-01-${String(((day - 1) % 28) + 1).padStart(2, '0')}`;
		writeFileSync(
			content(`articles/2020/01/${date.slice(8)}-fuan-extra-${day}.md`),
			`---\ntitle: 福安市疫情防控第${day}次通報\ndate: ${date}\ncounty: fuan\ntopics: [community]\n---\n\n福安市第${day}次通報疫情防控情況。\n`,
		);
	}
	const first = buildProject(root);
	if (!first.ok) throw new Error(first.output);
	// 福安 becomes 福安市 under a new id, and the topic community is renamed grassroots; articles follow.
	edit('counties.yaml', (text) => text.replace('- id: fuan\n', '- id: fuanshi\n'));
	edit('topics.yaml', (text) => text.replace('- id: community\n', '- id: grassroots\n'));
	const articles = join(root, 'content/articles');
	for (const file of readdirSync(articles, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md'))) {
		edit(join('articles', file), (text) => text.replace(/^county: fuan$/m, 'county: fuanshi').replace(/\bcommunity\b(?=[^\n]*\]$)/m, 'grassroots'));
	}
	before = runScript(root, 'scripts/check.ts');
	// The lines the check gave, added as it says.
	for (const [file, id] of [
		['counties.yaml', 'fuanshi'],
		['topics.yaml', 'grassroots'],
	] as const) {
		const line = new RegExp(`「(formerIds: \\[[^\\]]+\\])」`).exec(before.output.split('\n').find((l) => l.includes(`「${id}」`)) ?? '')?.[1];
		edit(file, (text) => text.replace(`- id: ${id}\n`, `- id: ${id}\n  ${line}\n`));
	}
	after = runScript(root, 'scripts/check.ts');
	// One bulletin left with the old ids, as an office's older articles are: filed under the new entries, with a warning.
	edit('articles/2020/01/01-fuan-extra-1.md', (text) => text.replace('county: fuanshi', 'county: fuan').replace('[grassroots]', '[community]'));
	oldIds = runScript(root, 'scripts/check.ts');
	built = buildProject(root);
}, 900_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a jurisdiction or topic renamed after it was published', () => {
	it('is named by npm run check with the formerIds line to add on the entry that took it over', () => {
		expect(before.status, before.output).toBe(0);
		expect(before.output).toMatch(/content\/counties\.yaml:\d+: 警告：上次建置發佈的縣區「fuan」已不在 content\/counties\.yaml 裡/);
		expect(before.output).toContain('如果「fuanshi」就是「fuan」改名或合併後的那一項，在它下面加一行「formerIds: [fuan]」');
		expect(before.output).toContain('如果「grassroots」就是「community」改名或合併後的那一項，在它下面加一行「formerIds: [community]」');
		expect(after.output).toMatch(/0 個錯誤，0 個警告/);
	});

	it('keeps its old listing pages answering in both editions with pages that lead to the new ones', () => {
		expect(built.ok, built.output).toBe(true);
		for (const edition of ['zh-hant', 'zh-hans']) {
			for (const [old, now] of [
				['counties/fuan', 'counties/fuanshi'],
				// Every old page leads to the top page: pages count from the oldest, so a merged listing's page 1 is not the old one's.
				['counties/fuan/1', 'counties/fuanshi'],
				['topics/community', 'topics/grassroots'],
				['topics/community/1', 'topics/grassroots'],
			] as const) {
				const page = readFileSync(join(built.dist, edition, old, 'index.html'), 'utf8');
				expect(page, old).toContain(`<meta http-equiv="refresh" content="0;url=/${edition}/${now}/">`);
				expect(page).toContain(`<link rel="canonical" href="https://example.gov.cn/${edition}/${now}/">`);
				expect(page).toContain('<meta name="robots" content="noindex">');
				expect(page).toContain(edition === 'zh-hant' ? '此頁已移至新網址' : '此页已移至新网址');
				expect(readFileSync(join(built.dist, edition, now, 'index.html'), 'utf8')).toContain('<main');
			}
			expect(readFileSync(join(built.dist, edition, 'counties/fuan/index.html'), 'utf8')).toContain(`<a href="/${edition}/counties/fuanshi/">福安市</a>`);
		}
	});

	it('files an article still naming the old ids under the new ones, with a warning on each line', () => {
		expect(oldIds.status, oldIds.output).toBe(0);
		const file = 'content/articles/2020/01/01-fuan-extra-1.md';
		expect(oldIds.output).toContain(`${file}:4: 警告：county 寫的「fuan」是舊的 id，現在是「fuanshi」`);
		expect(oldIds.output).toContain('把「fuan」改成「fuanshi」');
		expect(oldIds.output).toContain(`${file}:5: 警告：topics 寫的「community」是舊的 id，現在是「grassroots」`);
		expect(oldIds.output).toMatch(/0 個錯誤，2 個警告/);
		for (const edition of ['zh-hant', 'zh-hans']) {
			const page = readFileSync(join(built.dist, edition, 'articles/2020/01/01-fuan-extra-1/index.html'), 'utf8');
			expect(page).toContain(`href="/${edition}/counties/fuanshi/"`);
			expect(page).toContain(`href="/${edition}/topics/grassroots/"`);
			// A search link or bookmark with ?county=fuan chooses 福安市: its filter knows the old id.
			const search = readFileSync(join(built.dist, edition, 'search/index.html'), 'utf8');
			expect(search).toMatch(/name="county" value="fuanshi"[^>]*data-former-ids="fuan"/);
			expect(search).toMatch(/name="topic" value="grassroots"[^>]*data-former-ids="community"/);
		}
	});

	it('serves the new feed at the old feed’s address, naming the new one as its own', () => {
		for (const edition of ['zh-hant', 'zh-hans']) {
			const old = readFileSync(join(built.dist, edition, 'counties/fuan/rss.xml'), 'utf8');
			expect(old).toBe(readFileSync(join(built.dist, edition, 'counties/fuanshi/rss.xml'), 'utf8'));
			expect(old).toContain(`<atom:link href="https://example.gov.cn/${edition}/counties/fuanshi/rss.xml" rel="self"`);
			expect(old).toContain('福安市疫情防控第40次通報'.replace('通報', edition === 'zh-hant' ? '通報' : '通报'));
		}
	});

	it('leaves the old addresses out of the sitemap', () => {
		const sitemaps = readdirSync(built.dist).filter((name) => /^sitemap-\d+\.xml$/.test(name));
		const sitemap = sitemaps.map((name) => readFileSync(join(built.dist, name), 'utf8')).join('\n');
		expect(sitemap).toContain('/counties/fuanshi/');
		expect(sitemap).not.toContain('/counties/fuan/');
		expect(sitemap).not.toContain('/topics/community/');
	});
});
