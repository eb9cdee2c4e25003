// npm run new -- --county fuan --topic medical-supplies [--topic donations] --title "…" [--date "YYYY-MM-DD HH:mm"] [--urgent [--until YYYY-MM-DD]] [--name words] [--lang …]
// Writes a new article file with complete frontmatter in the right folder; never overwrites a file. Every mistake
// in the arguments is reported in one run.
import { mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { idMeant, type KnownId } from '../src/content-model/closest.ts';
import { knownCounties, knownTopics } from '../src/content-model/site-schema.ts';
import { isoDateTime, MAX_TITLE_LENGTH } from '../src/content-model/schema.ts';
import { freeArticleFile, NAME_WORDS, namedArticleFile } from '../src/content-model/slug.ts';
import { articleTitleAt } from '../src/content-model/articles-folder.ts';
import { articleMarkdown } from '../src/import/import-page.ts';
import { siteConfig } from '../src/content-model/config.ts';
import { wallClock } from '../src/core/dates.ts';
import { endsBeforeIssue } from '../src/content-model/urgency.ts';
import { contentPath } from '../src/content-model/paths.ts';
import { editorMessage } from '../src/content-model/editor-messages.ts';
import { writeWhole } from '../src/content-model/write-whole.ts';
import { siteExamples } from '../src/content-model/site-examples.ts';
import { failOnProblems, parseCommand, runCli } from './cli.ts';

// Ids and files in the help are the site's own (Ningde's fuan would mean nothing to another region's editors).
const example = siteExamples();
const [firstCounty, secondCounty] = example.counties;

const spec = {
	command: 'npm run new',
	summary: {
		zh: '在 content/articles/ 正確的資料夾裏新建一篇快訊，寫好全部欄位；絕不覆蓋已有的檔案',
		en: 'writes a new bulletin in the right folder of content/articles/ with every field filled in; never overwrites a file',
	},
	options: {
		county: {
			type: 'string',
			value: '<id>',
			help: {
				zh: `${example.jurisdiction} id（見 content/${example.countiesFile}），例如 ${firstCounty.id}`,
				en: `a jurisdiction id (${example.jurisdiction}; see content/${example.countiesFile}), e.g. ${firstCounty.id}`,
			},
		},
		topic: {
			type: 'string',
			multiple: true,
			value: '<id>',
			help: { zh: '專題 id（見 content/topics.yaml），至少一個', en: 'a topic id (see content/topics.yaml), at least one' },
		},
		title: {
			type: 'string',
			value: { zh: '"標題"', en: '"title"' },
			help: { zh: `標題，最多 ${MAX_TITLE_LENGTH} 字`, en: `the title, at most ${MAX_TITLE_LENGTH} characters` },
		},
		date: {
			type: 'string',
			value: '"YYYY-MM-DD HH:mm"',
			help: { zh: '發佈日期和時間（網站時區）；不寫就用現在', en: "date and time of issue (the site's time zone); now if left out" },
		},
		urgent: {
			type: 'boolean',
			help: {
				zh: `緊急快訊：排在首頁和本${example.jurisdiction}頁面最前面，帶「緊急」標記`,
				en: "an urgent bulletin: first on the home page and its jurisdiction's page, marked urgent",
			},
		},
		until: {
			type: 'string',
			value: '<YYYY-MM-DD>',
			help: { zh: '緊急到哪一天（含當天）為止；只和 --urgent 一起用', en: 'the last day it is urgent (that day included); only with --urgent' },
		},
		// The file name is the address residents share; the title's Mandarin pinyin means little in Hong Kong (trial-46).
		name: {
			type: 'string',
			value: '<words>',
			help: {
				zh: `檔名（也是網址）裡${example.jurisdiction} id 後面的字，用小寫英文字母、數字和「-」，例如 dengue-sau-mau-ping；不寫就用標題的拼音`,
				en: 'the words of the file name (and address) after the jurisdiction id, in lowercase letters, digits and "-", e.g. dengue-sau-mau-ping; the title in pinyin if left out',
			},
		},
	},
	examples: [
		`npm run new -- --county ${firstCounty.id} --topic ${example.topics[0]} --title "${firstCounty.name}公佈口罩供應點"`,
		`npm run new -- --county ${secondCounty.id} --topic ${example.topics[1]} --title "${secondCounty.name}暫停集市" --date "2020-02-08 18:30" --urgent --until 2020-02-15`,
	],
} as const;

/** Adds a problem when `value` is not one of the ids, listing them and suggesting the id for a name typed instead. */
function checkId(kind: 'county' | 'topic', value: string, entries: KnownId[], problems: string[]): void {
	if (entries.some((e) => e.id === value)) return;
	const ids = entries.map((e) => e.id);
	const guess = idMeant(value, entries);
	const values = { value, kind, guess: guess ?? '', ids: ids.join(', ') };
	problems.push(
		guess
			? editorMessage(
					{
						zh: '「{value}」不是 {kind} 的 id；是不是「{guess}」？可用的 id：{ids}',
						en: '"{value}" is not a {kind} id; did you mean "{guess}"? Valid ids: {ids}',
					},
					values,
				)
			: editorMessage({ zh: '「{value}」不是 {kind} 的 id。可用的 id：{ids}', en: '"{value}" is not a {kind} id. Valid ids: {ids}' }, values),
	);
}

/** A date or date-and-time argument in the form articles write it, or a problem naming the option. */
function dateArgument(option: string, value: string, problems: string[]): string | undefined {
	const parsed = isoDateTime.safeParse(value);
	if (parsed.success) return parsed.data;
	problems.push(editorMessage({ zh: '--{option}：{message}', en: '--{option}: {message}' }, { option, message: parsed.error.issues[0]!.message }));
	return undefined;
}

runCli(() => {
	const { values, problems } = parseCommand(spec);
	const title = values.title?.trim();
	if (!values.county) problems.push(editorMessage({ zh: '缺少 --county（{word} id）', en: 'missing --county (a county id)' }, { word: example.jurisdiction }));
	if (!values.topic?.length) problems.push(editorMessage({ zh: '缺少 --topic（至少一個專題 id）', en: 'missing --topic (at least one topic id)' }));
	if (!title) problems.push(editorMessage({ zh: '缺少 --title（標題）', en: 'missing --title (the headline)' }));
	else if ([...title].length > MAX_TITLE_LENGTH) {
		problems.push(
			editorMessage(
				{ zh: '標題有 {length} 個字；請少於 {max} 個字', en: 'the title is {length} characters; keep it under {max}' },
				{ length: [...title].length, max: MAX_TITLE_LENGTH },
			),
		);
	}
	const date = values.date === undefined ? wallClock(siteConfig().timeZone) : dateArgument('date', values.date, problems);
	const until = values.until === undefined ? undefined : dateArgument('until', values.until, problems);
	if (until !== undefined && !values.urgent) problems.push(editorMessage({ zh: '--until 只和 --urgent 一起用', en: '--until goes only with --urgent' }));
	if (until !== undefined && date !== undefined && endsBeforeIssue(until, date)) {
		problems.push(editorMessage({ zh: '--until {until} 早於發佈時間 {date}', en: '--until {until} is before the time of issue {date}' }, { until, date }));
	}
	if (values.county) {
		checkId('county', values.county, knownCounties(), problems);
	}
	if (values.name !== undefined && !NAME_WORDS.test(values.name))
		problems.push(
			editorMessage(
				{
					zh: '--name「{name}」只能用小寫英文字母、數字和「-」，例如 dengue-sau-mau-ping',
					en: '--name "{name}" may hold only lowercase letters, digits and "-", e.g. dengue-sau-mau-ping',
				},
				{ name: values.name },
			),
		);
	const topics = knownTopics();
	for (const topic of values.topic ?? []) checkId('topic', topic, topics, problems);
	failOnProblems(spec, problems);

	// A name another title holds (numbered notices share their beginning) gives way to a longer or numbered one; only
	// the same title at its own name is refused, since that would overwrite it.
	const articles = contentPath('articles');
	const { file, exists } =
		values.name === undefined
			? freeArticleFile(date!, values.county!, title!, (name) => articleTitleAt(join(articles, name)))
			: namedArticleFile(date!, values.county!, values.name, (name) => articleTitleAt(join(articles, name)));
	const target = join(articles, file);
	const shown = relative(process.cwd(), target);
	if (exists) {
		throw new Error(
			values.name === undefined
				? editorMessage(
						{
							zh: '{file} 已經存在，標題也相同，不會覆寫；請編輯那個檔案，或換一個標題',
							en: '{file} already exists with the same title and is never overwritten; edit that file or choose another title',
						},
						{ file: shown },
					)
				: editorMessage(
						{ zh: '{file} 已經存在，不會覆寫；請換一個 --name', en: '{file} already exists and is never overwritten; choose another --name' },
						{ file: shown },
					),
		);
	}
	mkdirSync(dirname(target), { recursive: true });
	const frontmatter = {
		title,
		date,
		county: values.county,
		topics: values.topic,
		...(values.urgent && { urgent: true }),
		...(until && { until }),
		// Only holds the place of the commented lines written over it below.
		source: 'placeholder',
		authors: [],
		photographers: [],
		draft: false,
	};
	const markdown = articleMarkdown(frontmatter, [])
		.replace(
			/^source: .*$/m,
			editorMessage(
				{
					zh: '# source: {source}\n# series: （content/series.yaml 裡的 id）\n# summary: （一兩句話；不寫就用第一段）',
					en: '# source: {source}\n# series: (an id from content/series.yaml)\n# summary: (one or two sentences; otherwise the first paragraph is used)',
				},
				{ source: example.source ?? editorMessage({ zh: '（報道的來源）', en: '(where the report comes from)' }) },
			),
		)
		.trimEnd();
	writeWhole(target, `${markdown}\n\n`, { create: true, shown });
	console.log(editorMessage({ zh: '已寫入 {file}', en: 'wrote {file}' }, { file: shown }));
	console.log(
		editorMessage({
			zh: '下一步：在前置資料下面寫報道，然後執行 npm run check（沒有正文的文章會被拒絕）',
			en: 'next: write the report below the frontmatter, then run npm run check (an article without text is refused)',
		}),
	);
	return 0;
});
