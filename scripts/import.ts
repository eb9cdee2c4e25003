// npm run import -- <file> [--date YYYY-MM-DD] [--out DIR]
// Turns a scraped bulletin page (plain text or HTML saved from a browser) into one Markdown article per report.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { checkArticlesFolder } from '../src/content-model/articles-folder.ts';
import { readFrontmatter } from '../src/content-model/frontmatter.ts';
import { readTaxonomy } from '../src/content-model/taxonomies.ts';
import { siteArticleSchema } from '../src/content-model/site-schema.ts';
import { importPage } from '../src/import/import-page.ts';
import { contentPath } from '../src/site/paths.ts';
import { failOnProblems, parseCommand, runCli } from './cli.ts';

const spec = {
	command: 'npm run import',
	summary: '把抓取下來的新聞頁面（純文字或瀏覽器另存的 HTML）拆成一篇篇快訊檔案；不覆蓋檔案，不重複匯入',
	positionals: { name: '<page.txt|page.html>', help: '要匯入的頁面檔案' },
	options: {
		date: { type: 'string', value: '<YYYY-MM-DD>', help: '頁面的日期：正文裏沒有日期的報道用它，年份也取自它' },
		out: { type: 'string', value: '<資料夾>', help: '寫到哪個資料夾（預設 content/articles）' },
	},
	examples: ['npm run import -- test/fixtures/seed-2020-02-08.txt --date 2020-02-08', 'npm run import -- page.html --date 2020-02-08 --out /tmp/imported'],
} as const;

/** Titles and dates of the articles already in a folder, so a page imported twice is not written twice. */
function existingArticles(dir: string): Map<string, string> {
	const known = new Map<string, string>();
	for (const [file, check] of checkArticlesFolder(dir, siteArticleSchema()).files) {
		const data = check.data ?? (readFrontmatter(check.source ?? '')?.data as Record<string, unknown> | undefined);
		if (data?.title && data.date) known.set(`${String(data.date)} ${String(data.title)}`, file);
	}
	return known;
}

runCli(() => {
	const { values, positionals, problems } = parseCommand(spec);
	const [input] = positionals;
	if (!input) problems.push('缺少要匯入的頁面檔案，例如 npm run import -- page.txt --date 2020-02-08');
	if (positionals.length > 1) problems.push(`一次只匯入一個檔案，多了：${positionals.slice(1).join(' ')}`);
	if (values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) problems.push(`--date must be YYYY-MM-DD, got "${values.date}"`);
	failOnProblems(spec, problems);
	const out = values.out ?? contentPath('articles');
	const date = values.date ?? new Date().toISOString().slice(0, 10);
	const { articles, dropped, series } = importPage(readFileSync(input!, 'utf8'), {
		date,
		counties: readTaxonomy('counties'),
		topics: readTaxonomy('topics'),
		series: readTaxonomy('series'),
	});
	if (articles.length === 0) {
		console.error(`found no report in ${input}`);
		return 1;
	}
	if (!values.date) console.log(`note: no --date given; reports without a date get today's (${date}) and the year ${date.slice(0, 4)}`);
	if (series) console.log(`roundup: ${series}`);
	const reasons = Object.entries(Object.groupBy(dropped, (d) => d.reason)).map(([reason, lines]) => `${lines!.length} ${reason}`);
	if (dropped.length) console.log(`left out ${dropped.length} lines: ${reasons.join(', ')}`);
	const known = existingArticles(out);
	for (const article of articles) {
		const target = join(out, article.file);
		const shown = relative(process.cwd(), target);
		const twin = known.get(`${article.frontmatter.date} ${article.frontmatter.title}`);
		if (twin) console.log(`skipped ${shown}: already imported as ${twin}`);
		else if (existsSync(target)) console.log(`skipped ${shown}: the file exists and is never overwritten`);
		else {
			mkdirSync(dirname(target), { recursive: true });
			writeFileSync(target, article.markdown, { flag: 'wx' });
			console.log(
				`wrote ${shown}: ${article.frontmatter.county}, ${(article.frontmatter.topics as string[]).join(', ')}, ${article.paragraphs.length} paragraphs`,
			);
		}
		for (const note of article.notes) console.log(`  check: ${note}`);
	}
	console.log('next: review the files, then run npm run check');
	return 0;
});
