// npm run new -- --county fuan --topic medical-supplies [--topic donations] --title "…" [--date YYYY-MM-DD] [--lang zh-Hant|zh-Hans|en]
// Writes a new article file with complete frontmatter in the right folder; never overwrites a file.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { closest } from '../src/content-model/closest.ts';
import { MAX_TITLE_LENGTH } from '../src/content-model/schema.ts';
import { articleFile } from '../src/content-model/slug.ts';
import { readTaxonomy } from '../src/content-model/taxonomies.ts';
import { articleMarkdown } from '../src/import/import-page.ts';
import { today } from '../src/site/dates.ts';
import { contentPath } from '../src/site/paths.ts';
import { chooseMessageLanguage, editorMessage } from '../src/site/editor-messages.ts';
import { langOption, runCli } from './cli.ts';

const usage = () =>
	editorMessage({
		zh: '用法：npm run new -- --county <id> --topic <id> [--topic <id>…] --title "標題" [--date YYYY-MM-DD] [--lang zh-Hant|zh-Hans|en]',
		en: 'usage: npm run new -- --county <id> --topic <id> [--topic <id>…] --title "標題" [--date YYYY-MM-DD] [--lang zh-Hant|zh-Hans|en]',
	});

/** The id itself when valid; otherwise an error listing the valid ids (and the id for a name typed instead). */
function validId(kind: 'county' | 'topic', value: string, entries: Array<{ id: string; names: string[] }>): string {
	if (entries.some((e) => e.id === value)) return value;
	const guess =
		entries.find((e) => e.names.includes(value))?.id ??
		closest(
			value,
			entries.map((e) => e.id),
		);
	const values = { value, kind, guess: guess ?? '', ids: entries.map((e) => e.id).join(', ') };
	throw new Error(
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

runCli(() => {
	const { values } = parseArgs({
		options: { county: { type: 'string' }, topic: { type: 'string', multiple: true }, title: { type: 'string' }, date: { type: 'string' }, ...langOption },
	});
	chooseMessageLanguage(values.lang);
	const title = values.title?.trim();
	if (!values.county || !values.topic?.length || !title) throw new Error(usage());
	if ([...title].length > MAX_TITLE_LENGTH) {
		throw new Error(
			editorMessage(
				{ zh: '標題有 {length} 個字；請少於 {max} 個字', en: 'the title is {length} characters; keep it under {max}' },
				{ length: [...title].length, max: MAX_TITLE_LENGTH },
			),
		);
	}
	const date = values.date ?? today();
	if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) {
		throw new Error(editorMessage({ zh: '--date 必須寫成 YYYY-MM-DD，收到「{date}」', en: '--date must be YYYY-MM-DD, got "{date}"' }, { date }));
	}
	const county = validId(
		'county',
		values.county,
		readTaxonomy('counties').map((c) => ({ id: c.id, names: [c.name, c.short] })),
	);
	const topics = values.topic.map((topic) =>
		validId(
			'topic',
			topic,
			readTaxonomy('topics').map((t) => ({ id: t.id, names: [t.name] })),
		),
	);

	const target = join(contentPath('articles'), articleFile(date, county, title));
	const shown = relative(process.cwd(), target);
	if (existsSync(target)) {
		throw new Error(
			editorMessage(
				{
					zh: '{file} 已經存在，不會覆寫；請換一個標題，或編輯那個檔案',
					en: '{file} already exists and is never overwritten; choose another title or edit that file',
				},
				{ file: shown },
			),
		);
	}
	mkdirSync(dirname(target), { recursive: true });
	const frontmatter = { title, date, county, topics, source: '閩東日報', authors: [], photographers: [], draft: false };
	const markdown = articleMarkdown(frontmatter, [])
		.replace(
			/^source: .*$/m,
			editorMessage({
				zh: '# source: 閩東日報\n# series: （content/series.yaml 裡的 id）\n# summary: （一兩句話；不寫就用第一段）',
				en: '# source: 閩東日報\n# series: (an id from content/series.yaml)\n# summary: (one or two sentences; otherwise the first paragraph is used)',
			}),
		)
		.trimEnd();
	writeFileSync(target, `${markdown}\n\n`, { flag: 'wx' });
	console.log(editorMessage({ zh: '已寫入 {file}', en: 'wrote {file}' }, { file: shown }));
	console.log(
		editorMessage({
			zh: '下一步：在前置資料下面寫報道，然後執行 npm run check（沒有正文的文章會被拒絕）',
			en: 'next: write the report below the frontmatter, then run npm run check (an article without text is refused)',
		}),
	);
	return 0;
});
