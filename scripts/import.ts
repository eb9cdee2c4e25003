// npm run import -- <folder|post.md|page.txt|page.html>… [--out DIR] [--date YYYY-MM-DD] [--topic ID] [--old-url URL]
// Imports an old site's Markdown posts (Jekyll, Hugo, Hexo) or scraped news pages: one article per post or report.
// Whatever it cannot read is refused with a message (exit 1); it never overwrites a file. `--help` explains.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { checkArticlesFolder } from '../src/content-model/articles-folder.ts';
import { readFrontmatter } from '../src/content-model/frontmatter.ts';
import { formatProblem, type Problem } from '../src/content-model/problems.ts';
import { readTaxonomy } from '../src/content-model/taxonomies.ts';
import { siteArticleSchema } from '../src/content-model/site-schema.ts';
import { scripts, type Script } from '../src/editions/scripts.ts';
import { importPage, SURE } from '../src/import/import-page.ts';
import { fullWidthPunctuation } from '../src/import/punctuation.ts';
import { importPosts, type PlannedArticle } from '../src/import/import-posts.ts';
import type { Refusal } from '../src/import/post.ts';
import { labelledReportsSchema, measureTopicGuesses } from '../src/import/topic-accuracy.ts';
import { editorMessages } from '../src/site/editor-messages.ts';
import { siteConfig } from '../src/site/config.ts';
import { today } from '../src/site/dates.ts';
import { contentPath } from '../src/site/paths.ts';
import { readYamlFile } from '../src/site/yaml-file.ts';
import { runCli } from './cli.ts';

const HELP = `用法：npm run import -- <路徑>… [選項]
把舊網站的文章或存下來的新聞網頁匯入本站：每篇文章、每則報道寫成一篇文章。

  <路徑>  舊網站的文章資料夾或 .md 檔（Jekyll、Hugo、Hexo，前置資料為 YAML），
          或存下來的網頁 .txt / .html（一頁可含多則報道）

選項：
  --out 資料夾          寫到哪裡（預設 content/articles）
  --topic 主題id        猜不出主題的文章用這個主題；沒有它，這種文章不寫入並說明原因
  --old-url 網址        舊網站的網址：指向它的連結和「/」開頭的圖片屬於舊網站
  --date YYYY-MM-DD     網頁：沒寫年份的日期用這一年，沒有日期的報道用這一天（預設今天）
  --image-timeout 秒    每張圖片的下載時限（預設 20 秒；每張最大 10 MB）
  --lang zh-Hant|zh-Hans  訊息用繁體或簡體（預設 content/site.yaml 的 defaultScript）
  --measure-topics 檔案   用標好主題的報道量測主題猜測的準確率，不寫任何檔案
  --help                顯示這段說明

例子：
  npm run import -- old-site/_posts/ --out content/articles --old-url https://www.example.gov.cn
  npm run import -- page.txt --date 2020-02-08
  npm run import -- --measure-topics test/fixtures/import/topics-labelled.yaml`;

/** The site's time zone: posts dated with another offset are moved into it (Ningde, and China, is UTC+8). */
const TIME_ZONE = 'Asia/Shanghai';
const POST = /\.(md|markdown|mdown|mkd)$/i;
const PAGE = /\.(txt|html?)$/i;
const MAX_IMAGE_BYTES = 10_000_000;

/** Every file under a folder, sorted, as paths that include the folder. */
function filesUnder(folder: string): string[] {
	return readdirSync(folder, { recursive: true, encoding: 'utf8' })
		.map((entry) => join(folder, entry))
		.filter((path) => statSync(path).isFile())
		.sort();
}

/** The same report whatever the width of its title's punctuation (older imports kept 福安:葉其發 half-width). */
const reportKey = (date: string, title: string) => `${date.slice(0, 10)} ${fullWidthPunctuation(title)}`;

/** Titles and dates of the articles already in a folder, so a page imported twice is not written twice; and their texts. */
function existingArticles(dir: string): { known: Map<string, string>; texts: string[] } {
	const known = new Map<string, string>();
	const texts: string[] = [];
	for (const [file, check] of checkArticlesFolder(dir, siteArticleSchema()).files) {
		const parsed = readFrontmatter(check.source ?? '');
		const data = check.data ?? (parsed?.data as Record<string, unknown> | undefined);
		if (data?.title && data.date) known.set(reportKey(String(data.date), String(data.title)), file);
		if (parsed) texts.push(`${String(data?.title ?? '')}\n${parsed.body}`);
	}
	return { known, texts };
}

runCli(async () => {
	let parsed;
	try {
		parsed = parseArgs({
			allowPositionals: true,
			options: {
				help: { type: 'boolean' },
				out: { type: 'string' },
				date: { type: 'string' },
				topic: { type: 'string' },
				'old-url': { type: 'string' },
				'image-timeout': { type: 'string' },
				lang: { type: 'string' },
				'measure-topics': { type: 'string' },
			},
		});
	} catch (error) {
		console.error(`錯誤：${(error as Error).message.replace(/^Unknown option '(.+?)'.*$/s, '不認識的選項 $1')}\n\n${HELP}`);
		return 1;
	}
	const { values, positionals } = parsed;
	const lang = values.lang ?? siteConfig().defaultScript;
	if (!(scripts as readonly string[]).includes(lang)) {
		console.error(`錯誤：--lang 只能是 zh-Hant 或 zh-Hans，收到「${lang}」`);
		return 1;
	}
	const say = editorMessages(lang as Script);
	const print = (text: string) => console.log(say(text));
	const fail = (text: string) => {
		console.error(say(`錯誤：${text}`));
		return 1;
	};
	if (values.help) {
		print(HELP);
		return 0;
	}
	const topics = readTaxonomy('topics');
	if (values['measure-topics']) {
		const labelled = readYamlFile(values['measure-topics'], labelledReportsSchema, '每則報道寫 topic（主要主題 id）、可選的 also、title 和 text');
		const result = measureTopicGuesses(labelled, topics);
		const percent = (n: number) => `${((100 * n) / result.total).toFixed(1)}%`;
		for (const miss of result.misses) print(`猜錯：${miss.title}：應為 ${miss.expected}，猜 ${miss.guessed ?? '（沒有）'}，寫入 [${miss.written.join(', ')}]`);
		print(`主題猜測準確率（主要主題）：${result.mainCorrect}/${result.total} = ${percent(result.mainCorrect)}`);
		print(`主要主題在寫入的 topics 裡：${result.mainWritten}/${result.total} = ${percent(result.mainWritten)}`);
		print(`寫入了標註以外的主題：${result.extraTopics} 個`);
		return 0;
	}
	if (positionals.length === 0) return fail(`請給要匯入的資料夾或檔案\n\n${HELP}`);
	if (values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) return fail(`--date 必須寫成 YYYY-MM-DD，收到「${values.date}」`);
	if (values.topic && !topics.some((t) => t.id === values.topic))
		return fail(`--topic「${values.topic}」不是主題 id；可選：${topics.map((t) => t.id).join(', ')}`);
	let oldOrigin: string | undefined;
	if (values['old-url']) {
		try {
			oldOrigin = new URL(values['old-url']).origin;
		} catch {
			return fail(`--old-url「${values['old-url']}」不是網址，例如 https://www.example.gov.cn`);
		}
	}
	const timeout = Number(values['image-timeout'] ?? 20);
	if (!(timeout > 0)) return fail(`--image-timeout 必須是正數（秒），收到「${values['image-timeout']}」`);

	const refused: Refusal[] = [];
	const posts: string[] = [];
	const pages: string[] = [];
	for (const input of positionals) {
		if (!existsSync(input)) refused.push({ source: input, message: '找不到這個檔案或資料夾' });
		else if (statSync(input).isDirectory()) {
			const found = filesUnder(input).filter((file) => POST.test(file));
			if (found.length === 0) refused.push({ source: input, message: '資料夾裡沒有 Markdown 文章（.md）' });
			posts.push(...found);
		} else if (POST.test(input)) posts.push(input);
		else if (PAGE.test(input)) pages.push(input);
		else
			refused.push({
				source: input,
				message: `不認識的檔案類型 ${extname(input) || '（沒有副檔名）'}`,
				hint: '匯入 Markdown 文章（.md）或存下來的網頁（.txt、.html）',
			});
	}

	const out = values.out ?? contentPath('articles');
	const existing = existingArticles(out);
	const shown = (file: string) => relative(process.cwd(), join(out, file));
	let written = 0;
	let pictures = 0;
	let skipped = 0;
	/** Writes a file unless it or the same report (title and date) is already there. */
	const write = (file: string, title: string, date: string, markdown: string, files: Array<{ file: string; bytes: Buffer }> = []): boolean => {
		const twin = existing.known.get(reportKey(date, title));
		if (twin) print(`略過 ${shown(file)}：已經匯入過，是 ${twin}`);
		else if (existsSync(join(out, file))) print(`略過 ${shown(file)}：檔案已存在，不會覆寫`);
		else {
			for (const picture of files) {
				mkdirSync(dirname(join(out, picture.file)), { recursive: true });
				if (!existsSync(join(out, picture.file))) writeFileSync(join(out, picture.file), picture.bytes, { flag: 'wx' });
			}
			mkdirSync(dirname(join(out, file)), { recursive: true });
			writeFileSync(join(out, file), markdown, { flag: 'wx' });
			existing.known.set(reportKey(date, title), file);
			written++;
			pictures += files.length;
			return true;
		}
		skipped++;
		return false;
	};

	for (const page of pages) {
		const date = values.date ?? today();
		const result = importPage(readFileSync(page, 'utf8'), {
			date,
			counties: readTaxonomy('counties'),
			topics,
			series: readTaxonomy('series'),
			topic: values.topic,
			corpus: existing.texts,
		});
		if (result.articles.length === 0 && result.refused.length === 0) {
			refused.push({ source: page, message: '網頁裡找不到任何報道' });
			continue;
		}
		if (!values.date) print(`注意：沒有給 --date；沒有日期的報道用今天（${date}），沒寫年份的用 ${date.slice(0, 4)} 年`);
		if (result.series) print(`合輯：${result.series}`);
		const reasons = Object.entries(Object.groupBy(result.dropped, (d) => d.reason)).map(([reason, lines]) => `${lines!.length} 行${reason}`);
		if (result.dropped.length) print(`略去 ${result.dropped.length} 行：${reasons.join('，')}`);
		for (const article of result.articles) {
			const { county, topics: topicGuess } = article.guesses;
			if (write(article.file, String(article.frontmatter.title), String(article.frontmatter.date), article.markdown)) {
				print(`已寫入 ${shown(article.file)}：${article.paragraphs.length} 段`);
			}
			print(`  county ${county.value}（把握 ${county.confidence.toFixed(2)}：${county.reason}）`);
			print(
				`  topics ${(article.frontmatter.topics as string[]).join(', ')}（${topicGuess ? `把握 ${topicGuess.confidence.toFixed(2)}：${topicGuess.reason}` : '取自 --topic'}）`,
			);
			for (const note of article.notes) print(`  請檢查：${note}`);
		}
		for (const report of result.refused) refused.push({ source: page, message: `「${report.title}」沒有寫入：${report.reason}` });
	}

	const listed = { leftovers: 0, problems: 0, warnings: 0 };
	if (posts.length) {
		const result = await importPosts(
			posts.map((source) => ({ source, bytes: readFileSync(source) })),
			{
				counties: readTaxonomy('counties'),
				topics,
				topic: values.topic,
				timeZone: TIME_ZONE,
				oldOrigin,
				limits: { timeoutMs: timeout * 1000, maxBytes: MAX_IMAGE_BYTES },
				corpus: existing.texts,
			},
		);
		refused.push(...result.refused);
		for (const article of result.articles) report(article);
	}

	/** Prints what became of one post: where it went, the guesses and how sure they are, and what the editor must look at. */
	function report(article: PlannedArticle): void {
		const { title, date } = article.frontmatter as { title: string; date: string };
		if (write(article.file, title, date, article.markdown, article.pictures)) {
			print(`已寫入 ${shown(article.file)}（來自 ${article.source}${article.pictures.length ? `，${article.pictures.length} 張圖片` : ''}）`);
		}
		const sure = (confidence: number) => (confidence < SURE ? '，請確認' : '');
		print(`  county ${article.county.value}（把握 ${article.county.confidence.toFixed(2)}：${article.county.reason}${sure(article.county.confidence)}）`);
		print(
			`  topics ${article.topics.ids.join(', ')}（把握 ${article.topics.confidence.toFixed(2)}：${article.topics.from}${sure(article.topics.confidence)}）`,
		);
		for (const warning of article.warnings) print(`  注意：${warning}`);
		for (const leftover of article.leftovers)
			print(`  舊欄位 ${leftover.key}: ${leftover.value}${leftover.hint ? `（${leftover.hint}）` : ''}：已留在前置資料的註解裡`);
		const problems: Problem[] = article.problems.map((p) => ({ ...p, file: shown(p.file) }));
		for (const problem of problems) print(`  ${formatProblem(problem)}`);
		listed.leftovers += article.leftovers.length;
		listed.problems += problems.length;
		listed.warnings += article.warnings.length;
	}

	for (const refusal of refused) {
		print(formatProblem({ file: refusal.source, line: refusal.line, severity: 'error', message: `沒有匯入：${refusal.message}`, hint: refusal.hint }));
	}
	print(
		`匯入 ${written} 篇文章、${pictures} 張圖片；拒絕 ${refused.length} 個；略過 ${skipped} 篇已有的。` +
			`留給編輯：${listed.leftovers} 個舊欄位、${listed.problems} 個短代碼或舊連結（npm run check 會報錯）、${listed.warnings} 個提醒`,
	);
	if (written > 0) print('下一步：檢查這些檔案，然後執行 npm run check');
	return refused.length > 0 ? 1 : 0;
});
