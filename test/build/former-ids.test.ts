import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildProject, createProject, runScript, sampleSite, type BuiltSite } from '../../scripts/lib/build-site.ts';
import { indexedFragments } from '../helpers/pagefind-output.ts';

// An outside operator renamed a published bulletin's file and deleted another: the old addresses became plain 404s and
// `npm run check` said nothing. Now the check names both, with the line that keeps a renamed article's old address
// answering (formerIds), and the build writes at that address, in both editions, a page that leads to the article.
const OLD = '2020/02/08-fuan-mask-production';
const NEW = '2020/02/08-fuan-kou-zhao';
const DELETED = '2020/02/08-zherong-frontline-visit';
let root: string;
let before: { status: number; output: string };
let deleted: { status: number; output: string };
let after: { status: number; output: string };
let built: BuiltSite;
const article = (id: string) => join(root, 'content/articles', `${id}.md`);

beforeAll(() => {
	root = createProject(sampleSite);
	const first = buildProject(root);
	if (!first.ok) throw new Error(first.output);
	renameSync(article(OLD), article(NEW));
	before = runScript(root, 'scripts/check.ts');
	const text = readFileSync(article(DELETED), 'utf8');
	rmSync(article(DELETED));
	deleted = runScript(root, 'scripts/check.ts');
	writeFileSync(article(DELETED), text);
	// The line the check gave, added as it says.
	const line = /「(formerIds: \[[^\]]+\])」/.exec(before.output)?.[1] ?? 'formerIds: []';
	writeFileSync(
		article(NEW),
		readFileSync(article(NEW), 'utf8').replace(/^title: .*\n/m, (title) => `${title}${line}\n`),
	);
	after = runScript(root, 'scripts/check.ts');
	built = buildProject(root);
}, 600_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('an article renamed after it was published', () => {
	it('is named by npm run check with the formerIds line to add, and a deleted one with its 404', () => {
		expect(before.status).toBe(0);
		expect(before.output).toContain(`content/articles/${NEW}.md:2: 警告：上次建置發佈的 ${OLD}（「福安:葉其發調研我市民企民用口罩生產線情況」）不見了`);
		expect(before.output).toContain(`在前置資料加一行「formerIds: [${OLD}]」`);
		expect(deleted.output).toContain(`content/articles/${DELETED}.md: 警告：上次建置發佈的 ${DELETED}`);
		expect(deleted.output).toContain('會變成 404');
		expect(after.output).toMatch(/0 個錯誤，0 個警告/);
	});

	it('keeps its old address answering in both editions with a page that leads to it', () => {
		expect(built.ok, built.output).toBe(true);
		const titles = { 'zh-hant': '福安:葉其發調研我市民企民用口罩生產線情況', 'zh-hans': '福安:叶其发调研我市民企民用口罩生产线情况' };
		for (const [edition, title] of Object.entries(titles)) {
			const page = readFileSync(join(built.dist, edition, 'articles', OLD, 'index.html'), 'utf8');
			const target = `/${edition}/articles/${NEW}/`;
			expect(page).toContain(`<meta http-equiv="refresh" content="0;url=${target}">`);
			expect(page).toContain(`<link rel="canonical" href="https://example.gov.cn${target}">`);
			expect(page).toContain('<meta name="robots" content="noindex">');
			expect(page).toContain(`<a href="${target}">${title}</a>`);
			expect(page).toContain(edition === 'zh-hant' ? '此快訊已移至新網址' : '此快讯已移至新网址');
			expect(readFileSync(join(built.dist, edition, 'articles', NEW, 'index.html'), 'utf8')).toContain(title);
		}
	});

	it('leaves the old address out of the sitemap, search, feeds and articles.json', () => {
		const sitemaps = readdirSync(built.dist).filter((name) => /^sitemap-\d+\.xml$/.test(name));
		const sitemap = sitemaps.map((name) => readFileSync(join(built.dist, name), 'utf8')).join('\n');
		expect(sitemap).toContain(`/articles/${NEW}/`);
		expect(sitemap).not.toContain(`/articles/${OLD}/`);
		for (const edition of ['zh-hant', 'zh-hans']) {
			const urls = [...indexedFragments(built.dist, edition).values()].map((fragment) => fragment.url);
			expect(urls).toContain(`/${edition}/articles/${NEW}/`);
			expect(urls).not.toContain(`/${edition}/articles/${OLD}/`);
			for (const file of ['rss.xml', 'articles.json', 'counties/fuan/index.html', 'archive/2020/02/index.html']) {
				const text = readFileSync(join(built.dist, edition, file), 'utf8');
				expect(text, file).toContain(`/articles/${NEW}/`);
				expect(text, file).not.toContain(`/articles/${OLD}/`);
			}
		}
	});

	it('answers a deleted bulletin’s address with a 404 page that says it may have been withdrawn and links to search', () => {
		const page = readFileSync(join(built.dist, '404.html'), 'utf8');
		expect(page).toContain('如果是一篇快訊，它可能已經撤回');
		expect(page).toContain('如果是一篇快讯，它可能已经撤回');
		expect(page).toContain('<a href="/zh-hant/search/">搜尋全部快訊</a>');
		expect(page).toContain('<a href="/zh-hans/search/">搜索全部快讯</a>');
	});

	it('refuses an old id claimed by two articles, naming both files and lines', () => {
		const other = article('2020/02/08-fuan-video-conference');
		const text = readFileSync(other, 'utf8');
		writeFileSync(
			other,
			text.replace(/^title: .*\n/m, (title) => `${title}formerIds: [${OLD}]\n`),
		);
		const twice = runScript(root, 'scripts/check.ts');
		writeFileSync(other, text);
		expect(twice.status).toBe(1);
		expect(twice.output).toContain(
			`content/articles/2020/02/08-fuan-video-conference.md:3: 錯誤：formerIds 裡的 ${OLD} 已經寫在 content/articles/${NEW}.md 第 3 行，舊網址只能轉到一篇文章`,
		);
	});
});
