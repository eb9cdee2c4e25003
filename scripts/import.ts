// npm run import -- <folder|post.md|page.txt|page.html>… [--out DIR] [--date YYYY-MM-DD] [--topic ID] [--old-url URL] [--lang …]
// Imports an old site's Markdown posts (Jekyll, Hugo, Hexo) or scraped news pages: one article per post or report.
// Whatever it cannot read is refused with a message (exit 1); it never overwrites a file. `--help` explains.
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { articleTitleAt, checkArticlesFolder } from '../src/content-model/articles-folder.ts';
import { filesUnder } from '../src/content-model/files-under.ts';
import { readFrontmatter } from '../src/content-model/frontmatter.ts';
import { freeArticleFile } from '../src/content-model/slug.ts';
import { formatProblem, type Problem } from '../src/content-model/problems.ts';
import { readTaxonomy } from '../src/content-model/taxonomies.ts';
import { siteArticleSchema } from '../src/content-model/site-schema.ts';
import { articleText, importPage, SURE } from '../src/import/import-page.ts';
import { bringPictures } from '../src/import/post-images.ts';
import { bringAttachments, mirrorRoot } from '../src/import/post-files.ts';
import { importedBefore, LEDGER_FILE, ledgerEntry, ledgerHint, ledgerSchema, ledgerText, type LedgerEntry } from '../src/import/import-ledger.ts';
import { decodePage } from '../src/import/page-encoding.ts';
import { KnownReports } from '../src/import/same-report.ts';
import { fullWidthPunctuation } from '../src/import/punctuation.ts';
import { importPosts, type PlannedArticle } from '../src/import/import-posts.ts';
import type { Refusal } from '../src/import/post.ts';
import { labelledReportsSchema, measureTopicGuesses } from '../src/import/topic-accuracy.ts';
import { editorMessage, inEditorScript } from '../src/content-model/editor-messages.ts';
import { siteConfig } from '../src/content-model/config.ts';
import { contentPath } from '../src/content-model/paths.ts';
import { readYamlFile } from '../src/content-model/yaml-file.ts';
import { writeWhole } from '../src/content-model/write-whole.ts';
import { failOnProblems, helpText, parseCommand, runCli } from './cli.ts';

const spec = {
	command: 'npm run import',
	summary: {
		zh: '把舊網站的文章或存下來的新聞網頁匯入本站：每篇文章、每則報道寫成一篇文章',
		en: "imports an old site's articles or saved news pages: one article per post or report",
	},
	positionals: {
		name: { zh: '<路徑>…', en: '<path>…' },
		help: {
			zh: '舊網站的文章資料夾或 .md 檔（Jekyll、Hugo、Hexo，前置資料為 YAML），或存下來的網頁 .txt / .html，或整個放網頁的資料夾（裡面的 .html、.htm；合輯一頁可含多則報道）',
			en: "an old site's article folder or .md file (Jekyll, Hugo, Hexo, YAML frontmatter), or a saved page .txt / .html, or a folder of saved pages (its .html, .htm; a roundup may hold several reports)",
		},
	},
	options: {
		out: {
			type: 'string',
			value: { zh: '<資料夾>', en: '<folder>' },
			help: { zh: '寫到哪裡（預設 content/articles）', en: 'where to write (default content/articles)' },
		},
		topic: {
			type: 'string',
			value: '<id>',
			help: {
				zh: '猜不出專題的文章用這個專題；沒有它，這種文章不寫入並說明原因',
				en: 'the topic of articles whose topic cannot be guessed; without it they are not written, with the reason',
			},
		},
		'old-url': {
			type: 'string',
			value: { zh: '<網址>', en: '<url>' },
			help: {
				zh: '舊網站的網址：指向它的連結和「/」開頭的圖片屬於舊網站',
				en: 'the old site\'s address: links to it and pictures starting with "/" belong to the old site',
			},
		},
		date: {
			type: 'string',
			value: '<YYYY-MM-DD>',
			help: {
				zh: '網頁：一頁一篇時就是它的日期（網頁自己標明的發布時間除外）；合輯裡沒寫年份的日期用這一年，沒有日期的報道用這一天（沒有它，這種報道不寫入並說明原因）',
				en: 'pages: the date of a page of one report (unless the page gives its own); in a roundup, the year of dates written without one and the day of reports without a date (without it they are refused)',
			},
		},
		'image-timeout': {
			type: 'string',
			value: { zh: '<秒>', en: '<s>' },
			help: { zh: '每張圖片的下載時限（預設 20 秒；每張最大 10 MB）', en: 'download time limit per picture (default 20 s; at most 10 MB each)' },
		},
		again: {
			type: 'boolean',
			help: {
				zh: '也寫入以前匯入過、後來被刪除的文章（沒有它，這種文章略過並說明）',
				en: 'also write articles imported before and deleted since (without it they are skipped, with a note)',
			},
		},
		'measure-topics': {
			type: 'string',
			value: { zh: '<檔案>', en: '<file>' },
			help: { zh: '用標好專題的報道量測專題猜測的準確率，不寫任何檔案', en: 'measures the topic guesses on labelled reports; writes nothing' },
		},
	},
	examples: [
		'npm run import -- old-site/_posts/ --out content/articles --old-url https://www.example.gov.cn',
		'npm run import -- page.txt --date 2020-02-08',
		'npm run import -- old-site/news/ --topic community',
		'npm run import -- --measure-topics test/fixtures/import/topics-labelled.yaml',
	],
} as const;

const POST = /\.(md|markdown|mdown|mkd)$/i;
const PAGE = /\.(txt|html?)$/i;
/** Pages taken from a folder: saved HTML only, as a folder's .txt files are as often notes as scraped pages. */
const SAVED_PAGE = /\.html?$/i;
const MAX_IMAGE_BYTES = 10_000_000;

/** The same report whatever the width of its title's punctuation (older imports kept 福安:葉其發 half-width). */
const reportKey = (date: string, title: string) => `${date.slice(0, 10)} ${fullWidthPunctuation(title)}`;

/**
 * Titles and dates of the articles already in a folder, and the start of their texts, so a page imported twice is not
 * written twice (even when its date or title was read differently the first time); and their texts.
 */
function existingArticles(dir: string): { known: Map<string, string>; titles: Map<string, string>; bodies: KnownReports; texts: string[] } {
	const known = new Map<string, string>();
	const titles = new Map<string, string>();
	const bodies = new KnownReports();
	const texts: string[] = [];
	for (const [file, check] of checkArticlesFolder(dir, siteArticleSchema()).files) {
		const parsed = readFrontmatter(check.source ?? '');
		const data = check.data ?? (parsed?.data as Record<string, unknown> | undefined);
		if (data?.title && data.date) known.set(reportKey(String(data.date), String(data.title)), file);
		if (data?.title) titles.set(fullWidthPunctuation(String(data.title)), file);
		if (parsed) bodies.add(file, String(data?.title ?? ''), parsed.body);
		if (parsed) texts.push(`${String(data?.title ?? '')}\n${parsed.body}`);
	}
	return { known, titles, bodies, texts };
}

/** One guess of the importer and how sure it is, asking the editor to confirm an unsure one. */
function guessLine(field: 'county' | 'topics', value: string, confidence: number, reason: string): string {
	const values = { field, value, confidence: confidence.toFixed(2), reason };
	return confidence < SURE
		? editorMessage(
				{ zh: '  {field} {value}（把握 {confidence}：{reason}，請確認）', en: '  {field} {value} (confidence {confidence}: {reason}; please confirm)' },
				values,
			)
		: editorMessage({ zh: '  {field} {value}（把握 {confidence}：{reason}）', en: '  {field} {value} (confidence {confidence}: {reason})' }, values);
}

runCli(async () => {
	const { values, positionals, problems } = parseCommand(spec);
	failOnProblems(spec, problems);
	// The importer's own messages come in the chosen language already; the lines also quote titles, source text and county
	// names, written in Traditional, which a Simplified office reads whole in its script (converting Simplified again changes nothing).
	const print = (line: string) => console.log(inEditorScript(line));
	const fail = (problem: string) => {
		console.error(inEditorScript(editorMessage({ zh: '錯誤：{problem}', en: 'error: {problem}' }, { problem })));
		return 1;
	};
	const topics = readTaxonomy('topics');
	if (values['measure-topics']) {
		const labelled = readYamlFile(
			values['measure-topics'],
			labelledReportsSchema,
			editorMessage({
				zh: '每則報道寫 topic（主要專題 id）、可選的 also、title 和 text',
				en: 'each report has topic (the main topic id), an optional also, title and text',
			}),
		);
		const result = measureTopicGuesses(labelled, topics);
		const percent = (n: number) => `${((100 * n) / result.total).toFixed(1)}%`;
		for (const miss of result.misses) {
			print(
				editorMessage(
					{
						zh: '猜錯：{title}：應為 {expected}，猜 {guessed}，寫入 [{written}]',
						en: 'wrong guess: {title}: should be {expected}, guessed {guessed}, wrote [{written}]',
					},
					{
						title: miss.title,
						expected: miss.expected,
						guessed: miss.guessed ?? editorMessage({ zh: '（沒有）', en: '(none)' }),
						written: miss.written.join(', '),
					},
				),
			);
		}
		const share = (n: number) => ({ n, total: result.total, percent: percent(n) });
		print(
			editorMessage(
				{ zh: '專題猜測準確率（主要專題）：{n}/{total} = {percent}', en: 'topic guess accuracy (main topic): {n}/{total} = {percent}' },
				share(result.mainCorrect),
			),
		);
		print(
			editorMessage(
				{ zh: '主要專題在寫入的 topics 裡：{n}/{total} = {percent}', en: 'main topic among the written topics: {n}/{total} = {percent}' },
				share(result.mainWritten),
			),
		);
		print(editorMessage({ zh: '寫入了標註以外的專題：{count} 個', en: 'topics written beyond the labels: {count}' }, { count: result.extraTopics }));
		return 0;
	}
	if (positionals.length === 0)
		return fail(`${editorMessage({ zh: '請給要匯入的資料夾或檔案', en: 'name the folders or files to import' })}\n\n${helpText(spec)}`);
	if (values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
		return fail(editorMessage({ zh: '--date 必須寫成 YYYY-MM-DD，收到「{date}」', en: '--date must be YYYY-MM-DD, got "{date}"' }, { date: values.date }));
	}
	if (values.topic && !topics.some((t) => t.id === values.topic)) {
		return fail(
			editorMessage(
				{ zh: '--topic「{topic}」不是專題 id；可選：{ids}', en: '--topic "{topic}" is not a topic id; valid ids: {ids}' },
				{ topic: values.topic, ids: topics.map((t) => t.id).join(', ') },
			),
		);
	}
	let oldOrigin: string | undefined;
	if (values['old-url']) {
		try {
			oldOrigin = new URL(values['old-url']).origin;
		} catch {
			return fail(
				editorMessage(
					{ zh: '--old-url「{url}」不是網址，例如 https://www.example.gov.cn', en: '--old-url "{url}" is not an address, e.g. https://www.example.gov.cn' },
					{ url: values['old-url'] },
				),
			);
		}
	}
	const timeout = Number(values['image-timeout'] ?? 20);
	if (!(timeout > 0)) {
		return fail(
			editorMessage(
				{ zh: '--image-timeout 必須是正數（秒），收到「{value}」', en: '--image-timeout must be a positive number of seconds, got "{value}"' },
				{ value: String(values['image-timeout']) },
			),
		);
	}

	const refused: Refusal[] = [];
	const posts: string[] = [];
	const pages: string[] = [];
	/** Pages found in a folder rather than named: one without a report (the folder's list page, index.html) is passed over, not refused. */
	const inFolder = new Set<string>();
	/** The folder each post or page was given in (a file's own folder when named): no file above it is copied (mirrorRoot). */
	const given = new Map<string, string>();
	for (const input of positionals) {
		if (existsSync(input) && !statSync(input).isDirectory()) given.set(input, dirname(input));
		if (!existsSync(input)) refused.push({ source: input, message: editorMessage({ zh: '找不到這個檔案或資料夾', en: 'no such file or folder' }) });
		else if (statSync(input).isDirectory()) {
			const files = filesUnder(input)
				.map((file) => join(input, file))
				.sort();
			const found = files.filter((file) => POST.test(file));
			const saved = files.filter((file) => SAVED_PAGE.test(file));
			posts.push(...found);
			for (const file of [...found, ...saved]) given.set(file, input);
			// A folder of Markdown posts is an old site's archive, whose .html files are its templates; a folder without posts is saved pages.
			if (found.length === 0) {
				pages.push(...saved);
				saved.forEach((page) => inFolder.add(page));
			} else if (saved.length > 0)
				print(
					editorMessage(
						{
							zh: '注意：{folder} 裡有 Markdown 文章，只匯入它們；裡面的 {count} 個 .html 網頁沒有匯入，要匯入請直接列出，例如 npm run import -- {example}',
							en: 'note: {folder} holds Markdown articles, and only they are imported; to import its {count} .html page(s) name them, e.g. npm run import -- {example}',
						},
						{ folder: input, count: saved.length, example: saved[0]! },
					),
				);
			if (found.length === 0 && saved.length === 0)
				refused.push({
					source: input,
					message: editorMessage({
						zh: '資料夾裡沒有 Markdown 文章（.md），也沒有存下來的網頁（.html、.htm）',
						en: 'the folder holds no Markdown articles (.md) and no saved pages (.html, .htm)',
					}),
					hint: editorMessage({
						zh: '給舊網站文章所在的資料夾（例如 _posts/），或直接列出要匯入的檔案',
						en: "name the folder that holds the old site's articles (e.g. _posts/), or name the files to import",
					}),
				});
		} else if (POST.test(input)) posts.push(input);
		else if (PAGE.test(input)) pages.push(input);
		else
			refused.push({
				source: input,
				message: editorMessage(
					{ zh: '不認識的檔案類型 {type}', en: 'unknown file type {type}' },
					{ type: extname(input) || editorMessage({ zh: '（沒有副檔名）', en: '(no extension)' }) },
				),
				hint: editorMessage({
					zh: '匯入 Markdown 文章（.md）或存下來的網頁（.txt、.html）',
					en: 'import Markdown articles (.md) or saved pages (.txt, .html)',
				}),
			});
	}

	const out = values.out ?? contentPath('articles');
	const existing = existingArticles(out);
	// What earlier imports wrote, so an article the editors deleted is not written again (unless --again).
	const ledgerPath = join(out, LEDGER_FILE);
	const ledger: LedgerEntry[] = existsSync(ledgerPath) ? readYamlFile(ledgerPath, ledgerSchema, ledgerHint) : [];
	const fresh: LedgerEntry[] = [];
	/** The entry of a report imported before whose article is gone, unless --again asks for it. */
	const deleted = (report: { title: string; date?: string; body: string }) => {
		const before = values.again ? undefined : importedBefore(ledger, report);
		return before && !existsSync(join(out, before.file)) ? before : undefined;
	};
	const deletedNote = (what: string, before: LedgerEntry) =>
		print(
			editorMessage(
				{
					zh: '略過 {what}：以前匯入過（{file}），後來被刪除了，不再寫入；要再匯入，加 --again（記錄在 {ledger}）',
					en: 'skipped {what}: imported before ({file}) and deleted since, so not written again; to import it again, add --again (recorded in {ledger})',
				},
				{ what, file: shown(before.file), ledger: shown(LEDGER_FILE) },
			),
		);
	const shown = (file: string) => relative(process.cwd(), join(out, file));
	let written = 0;
	let pictures = 0;
	let skipped = 0;
	/** Writes a file and its pictures and attachments unless it or the same report (title and date, or the same text) is already there. */
	const write = (
		file: string,
		title: string,
		date: string,
		from: string,
		markdown: string,
		files: Array<{ file: string; bytes: Buffer }> = [],
		attachments: Array<{ file: string; bytes: Buffer }> = [],
	): boolean => {
		const body = readFrontmatter(markdown)?.body ?? '';
		const twin = existing.known.get(reportKey(date, title)) ?? existing.bodies.find(title, body);
		const gone = !twin && deleted({ title, date, body });
		if (gone) deletedNote(shown(file), gone);
		else if (twin) {
			print(
				editorMessage({ zh: '略過 {file}：已經匯入過，是 {twin}', en: 'skipped {file}: already imported as {twin}' }, { file: shown(file), twin: shown(twin) }),
			);
			// An article imported before the record was kept is recorded now, so deleting it later keeps it out too.
			if (!importedBefore(ledger, { title, date, body }) && !importedBefore(fresh, { title, date, body }))
				fresh.push(ledgerEntry(twin, title, date, body, from));
		} else if (existsSync(join(out, file))) {
			print(editorMessage({ zh: '略過 {file}：檔案已存在，不會覆寫', en: 'skipped {file}: the file exists and is never overwritten' }, { file: shown(file) }));
		} else {
			for (const picture of [...files, ...attachments]) {
				mkdirSync(dirname(join(out, picture.file)), { recursive: true });
				if (!existsSync(join(out, picture.file))) writeWhole(join(out, picture.file), picture.bytes, { create: true, shown: shown(picture.file) });
			}
			mkdirSync(dirname(join(out, file)), { recursive: true });
			writeWhole(join(out, file), markdown, { create: true, shown: shown(file) });
			existing.known.set(reportKey(date, title), file);
			existing.titles.set(fullWidthPunctuation(title), file);
			existing.bodies.add(file, title, body);
			fresh.push(ledgerEntry(file, title, date, body, from));
			written++;
			pictures += files.length;
			return true;
		}
		skipped++;
		return false;
	};

	const listed = { leftovers: 0, problems: 0, warnings: 0 };
	for (const page of pages) {
		try {
			const decoded = decodePage(readFileSync(page));
			if (!decoded.ok) {
				refused.push({ source: page, message: decoded.reason, hint: decoded.hint });
				continue;
			}
			if (decoded.declared)
				print(
					editorMessage(
						{
							zh: '注意：{page} 宣告的編碼是 {declared}，但它不是 {declared}；按 {charset} 讀（請檢查文字沒有亂碼）',
							en: 'note: {page} declares {declared} but is not {declared}; read as {charset} (check the text is not garbled)',
						},
						{ page, declared: decoded.declared, charset: decoded.charset },
					),
				);
			else if (decoded.guessed) {
				print(
					editorMessage(
						{ zh: '注意：{page} 沒有宣告編碼，也不是 UTF-8；按 {charset} 讀', en: 'note: {page} declares no encoding and is not UTF-8; read as {charset}' },
						{ page, charset: decoded.charset },
					),
				);
			}
			const result = importPage(decoded.text, {
				date: values.date,
				counties: readTaxonomy('counties'),
				topics,
				series: readTaxonomy('series'),
				topic: values.topic,
				corpus: existing.texts,
				timeZone: siteConfig().timeZone,
				address: page,
			});
			if (result.articles.length === 0 && result.refused.length === 0) {
				if (inFolder.has(page) && result.list)
					print(
						editorMessage(
							{ zh: '略過 {page}：目錄頁（一列列日期和連結），不是報道', en: 'skipped {page}: a list page (rows of dates and links), not a report' },
							{ page },
						),
					);
				else if (inFolder.has(page))
					print(editorMessage({ zh: '略過 {page}：沒有報道（目錄頁？）', en: 'skipped {page}: no report in it (a list page?)' }, { page }));
				else if (result.list)
					refused.push({
						source: page,
						message: editorMessage({ zh: '這是目錄頁（一列列日期和連結），不是報道', en: 'this is a list page (rows of dates and links), not a report' }),
						hint: editorMessage({
							zh: '列出它連到的網頁，或給整個資料夾（資料夾裡的目錄頁會略過）',
							en: 'name the pages it links to, or the whole folder (a list page in a folder is passed over)',
						}),
					});
				else refused.push({ source: page, message: editorMessage({ zh: '網頁裡找不到任何報道', en: 'no report found in the page' }) });
				continue;
			}
			if (result.series) print(editorMessage({ zh: '合輯：{series}', en: 'series: {series}' }, { series: result.series }));
			const reasons = Object.entries(Object.groupBy(result.dropped, (d) => d.reason)).map(([reason, lines]) =>
				editorMessage({ zh: '{count} 行{reason}', en: '{count} line(s) of {reason}' }, { count: lines!.length, reason }),
			);
			if (result.dropped.length) {
				print(
					editorMessage(
						{ zh: '略去 {count} 行：{reasons}', en: 'left out {count} line(s): {reasons}' },
						{ count: result.dropped.length, reasons: reasons.join(editorMessage({ zh: '，', en: ', ' })) },
					),
				);
				// Each line by name, so the editor sees what was left out, not only how much.
				for (const { line, reason } of result.dropped)
					print(editorMessage({ zh: '  略去「{line}」：{reason}', en: '  left out "{line}": {reason}' }, { line, reason }));
			}
			for (const article of result.articles) {
				const { county, topics: topicGuess } = article.guesses;
				const [title, date] = [String(article.frontmatter.title), String(article.frontmatter.date)];
				// Numbered notices of one page share their title's beginning: a name another title holds gives way to a longer one.
				const { file } = freeArticleFile(date, county.value, title, (name) => articleTitleAt(join(out, name)));
				const root = mirrorRoot(dirname(page), given.get(page) ?? dirname(page));
				// The page's pictures are brought in as a post's are: copied or downloaded next to the article, or replaced by their caption.
				const brought = await bringPictures(article.paragraphs.join('\n\n'), {
					articleFile: file,
					postDir: dirname(page),
					root,
					oldOrigin,
					limits: { timeoutMs: timeout * 1000, maxBytes: MAX_IMAGE_BYTES },
				});
				if (!/\S/.test(brought.body)) {
					// A page of pictures none of which could be brought in would be an empty article.
					refused.push({
						source: page,
						message: editorMessage(
							{
								zh: '「{title}」沒有寫入：正文只有圖片，一張也無法匯入（見上面的注意）',
								en: '"{title}" was not written: its text is only pictures, and none could be brought in (see the notes above)',
							},
							{ title },
						),
						hint: editorMessage({
							zh: '讓圖片能下載（檢查網址和網路）後再匯入，或把通知的文字寫成文章',
							en: 'make the pictures reachable (check the addresses and the network) and import again, or write the notice as text',
						}),
					});
					for (const warning of brought.warnings) print(editorMessage({ zh: '  注意：{warning}', en: '  note: {warning}' }, { warning }));
					continue;
				}
				// The documents it offers (附件) come from the mirror into the month's files/ folder, as editors attach them.
				const attached = bringAttachments(brought.body, {
					articleFile: file,
					pageDir: dirname(page),
					root,
					oldOrigin,
					taken: (name) => existsSync(join(out, name)),
				});
				const markdown = articleText(article.frontmatter, attached.body, article.comments);
				if (write(file, title, date, page, markdown, brought.files, attached.files)) {
					const counts = { file: shown(file), count: article.paragraphs.length, pictures: brought.files.length, attachments: attached.files.length };
					const what = [
						editorMessage({ zh: '{count} 段', en: '{count} paragraph(s)' }, counts),
						...(brought.files.length ? [editorMessage({ zh: '{pictures} 張圖片', en: '{pictures} picture(s)' }, counts)] : []),
						...(attached.files.length ? [editorMessage({ zh: '{attachments} 個附件', en: '{attachments} attachment(s)' }, counts)] : []),
					];
					print(
						editorMessage(
							{ zh: '已寫入 {file}：{what}', en: 'wrote {file}: {what}' },
							{ file: counts.file, what: what.join(editorMessage({ zh: '、', en: ', ' })) },
						),
					);
				}
				for (const warning of [...brought.warnings, ...attached.warnings])
					print(editorMessage({ zh: '  注意：{warning}', en: '  note: {warning}' }, { warning }));
				for (const video of article.videos)
					print(
						editorMessage(
							{
								zh: '  注意：影片 {video} 沒有匯入（匯入程式不下載影片）；請在 {file} 補上影片的連結或文字說明',
								en: '  note: the video {video} was not brought in (the importer downloads no video); add its link or a description to {file}',
							},
							{ video, file: shown(file) },
						),
					);
				listed.warnings += brought.warnings.length + attached.warnings.length + article.videos.length;
				print(guessLine('county', county.value, county.confidence, county.reason));
				const written = (article.frontmatter.topics as string[]).join(', ');
				print(
					topicGuess
						? guessLine('topics', written, topicGuess.confidence, topicGuess.reason)
						: editorMessage({ zh: '  topics {ids}（取自 --topic）', en: '  topics {ids} (from --topic)' }, { ids: written }),
				);
				for (const comment of article.comments)
					print(editorMessage({ zh: '  {comment}：已留在前置資料的註解裡', en: '  {comment}: kept as a comment in the frontmatter' }, { comment }));
				for (const note of article.notes) print(editorMessage({ zh: '  請檢查：{note}', en: '  please check: {note}' }, { note }));
			}
			for (const report of result.refused) {
				// A report imported before (with --date, or before a later fix) is known by its text or its title: skipped, not refused again.
				const twin = (report.body && existing.bodies.find(report.title, report.body)) || existing.titles.get(fullWidthPunctuation(report.title));
				const gone = !twin && report.body !== undefined && deleted({ title: report.title, body: report.body });
				if (gone) {
					deletedNote(`「${report.title}」（${page}）`, gone);
					skipped++;
					continue;
				}
				if (twin) {
					print(
						editorMessage(
							{ zh: '略過「{title}」（{page}）：已經匯入過，是 {twin}', en: 'skipped "{title}" ({page}): already imported as {twin}' },
							{ title: report.title, page, twin: shown(twin) },
						),
					);
					skipped++;
					continue;
				}
				refused.push({
					source: page,
					message: editorMessage(
						{ zh: '「{title}」沒有寫入：{reason}', en: '"{title}" was not written: {reason}' },
						{ title: report.title, reason: report.reason },
					),
					hint: report.hint,
				});
			}
		} catch (error) {
			// One page the importer cannot handle is refused by name; the others are imported, and the record is written.
			refused.push({
				source: page,
				message: editorMessage({ zh: '匯入這個網頁時出錯：{error}', en: 'importing this page failed: {error}' }, { error: (error as Error).message }),
				hint: editorMessage({
					zh: '其他網頁照常匯入；請把這個網頁和這段訊息交給維護網站的人',
					en: 'the other pages are imported; give this page and this message to whoever maintains the site',
				}),
			});
		}
	}

	if (posts.length) {
		const result = await importPosts(
			posts.map((source) => ({ source, bytes: readFileSync(source), root: given.get(source) })),
			{
				counties: readTaxonomy('counties'),
				topics,
				topic: values.topic,
				timeZone: siteConfig().timeZone,
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
		if (write(article.file, title, date, article.source, article.markdown, article.pictures)) {
			const values = { file: shown(article.file), source: article.source, pictures: article.pictures.length };
			print(
				article.pictures.length
					? editorMessage({ zh: '已寫入 {file}（來自 {source}，{pictures} 張圖片）', en: 'wrote {file} (from {source}, {pictures} picture(s))' }, values)
					: editorMessage({ zh: '已寫入 {file}（來自 {source}）', en: 'wrote {file} (from {source})' }, values),
			);
		}
		print(guessLine('county', article.county.value, article.county.confidence, article.county.reason));
		print(guessLine('topics', article.topics.ids.join(', '), article.topics.confidence, article.topics.from));
		for (const warning of article.warnings) print(editorMessage({ zh: '  注意：{warning}', en: '  note: {warning}' }, { warning }));
		for (const leftover of article.leftovers) {
			print(
				editorMessage(
					{ zh: '  舊欄位 {field}: {value}{hint}：已留在前置資料的註解裡', en: '  old field {field}: {value}{hint}: kept as a comment in the frontmatter' },
					{
						field: leftover.key,
						value: String(leftover.value),
						hint: leftover.hint ? editorMessage({ zh: '（{hint}）', en: ' ({hint})' }, { hint: leftover.hint }) : '',
					},
				),
			);
		}
		const problems: Problem[] = article.problems.map((p) => ({ ...p, file: shown(p.file) }));
		for (const problem of problems) print(`  ${formatProblem(problem)}`);
		listed.leftovers += article.leftovers.length;
		listed.problems += problems.length;
		listed.warnings += article.warnings.length;
	}

	if (fresh.length) {
		// Written again with --again, a report's old entry gives way to the new one.
		const kept = ledger.filter((entry) => !fresh.some((f) => f.title === entry.title && f.date === entry.date));
		mkdirSync(out, { recursive: true });
		writeWhole(ledgerPath, ledgerText([...kept, ...fresh]), { shown: shown(LEDGER_FILE) });
	}
	for (const refusal of refused) {
		const message = editorMessage({ zh: '沒有匯入：{reason}', en: 'not imported: {reason}' }, { reason: refusal.message });
		print(formatProblem({ file: refusal.source, line: refusal.line, severity: 'error', message, hint: refusal.hint }));
	}
	print(
		editorMessage(
			{
				zh: '匯入 {written} 篇文章、{pictures} 張圖片；拒絕 {refused} 個；略過 {skipped} 篇已有的。留給編輯：{leftovers} 個舊欄位、{problems} 個短代碼或舊連結（npm run check 會報錯）、{warnings} 個提醒',
				en: 'imported {written} article(s), {pictures} picture(s); refused {refused}; skipped {skipped} already there. Left for editors: {leftovers} old field(s), {problems} shortcode(s) or old link(s) (npm run check reports them), {warnings} note(s)',
			},
			{ written, pictures, refused: refused.length, skipped, ...listed },
		),
	);
	if (written > 0) print(editorMessage({ zh: '下一步：檢查這些檔案，然後執行 npm run check', en: 'next: review these files, then run npm run check' }));
	return refused.length > 0 ? 1 : 0;
});
