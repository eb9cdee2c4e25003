// npm run import -- <file> [--date YYYY-MM-DD] [--out DIR]
// Turns a scraped bulletin page (plain text or HTML saved from a browser) into one Markdown article per report.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { checkArticlesFolder } from '../src/content-model/articles-folder.ts';
import { readFrontmatter } from '../src/content-model/frontmatter.ts';
import { readTaxonomy } from '../src/content-model/taxonomies.ts';
import { siteArticleSchema } from '../src/content-model/site-schema.ts';
import { importPage } from '../src/import/import-page.ts';
import { contentPath } from '../src/site/paths.ts';
import { runCli } from './cli.ts';

const USAGE = 'usage: npm run import -- <page.txt|page.html> [--date YYYY-MM-DD] [--out DIR]';

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
	const { values, positionals } = parseArgs({ allowPositionals: true, options: { date: { type: 'string' }, out: { type: 'string' } } });
	const [input] = positionals;
	if (!input) throw new Error(USAGE);
	if (values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new Error(`--date must be YYYY-MM-DD, got "${values.date}". ${USAGE}`);
	const out = values.out ?? contentPath('articles');
	const date = values.date ?? new Date().toISOString().slice(0, 10);
	const { articles, dropped, series } = importPage(readFileSync(input, 'utf8'), {
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
