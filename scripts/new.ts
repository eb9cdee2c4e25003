// npm run new -- --county fuan --topic medical-supplies [--topic donations] --title "…" [--date YYYY-MM-DD]
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
import { runCli } from './cli.ts';

const USAGE = 'usage: npm run new -- --county <id> --topic <id> [--topic <id>…] --title "標題" [--date YYYY-MM-DD]';

/** The id itself when valid; otherwise an error listing the valid ids (and the id for a name typed instead). */
function validId(kind: string, value: string, entries: Array<{ id: string; names: string[] }>): string {
	if (entries.some((e) => e.id === value)) return value;
	const guess =
		entries.find((e) => e.names.includes(value))?.id ??
		closest(
			value,
			entries.map((e) => e.id),
		);
	throw new Error(`"${value}" is not a ${kind} id${guess ? `; did you mean "${guess}"?` : '.'} Valid ids: ${entries.map((e) => e.id).join(', ')}`);
}

runCli(() => {
	const { values } = parseArgs({
		options: { county: { type: 'string' }, topic: { type: 'string', multiple: true }, title: { type: 'string' }, date: { type: 'string' } },
	});
	const title = values.title?.trim();
	if (!values.county || !values.topic?.length || !title) throw new Error(USAGE);
	if ([...title].length > MAX_TITLE_LENGTH) throw new Error(`the title is ${[...title].length} characters; keep it under ${MAX_TITLE_LENGTH}`);
	const date = values.date ?? today();
	if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) throw new Error(`--date must be YYYY-MM-DD, got "${date}"`);
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
	if (existsSync(target)) throw new Error(`${shown} already exists and is never overwritten; choose another title or edit that file`);
	mkdirSync(dirname(target), { recursive: true });
	const frontmatter = { title, date, county, topics, source: '閩東日報', authors: [], photographers: [], draft: false };
	const markdown = articleMarkdown(frontmatter, [])
		.replace(
			/^source: .*$/m,
			'# source: 閩東日報\n# series: (an id from content/series.yaml)\n# summary: (one or two sentences; otherwise the first paragraph is used)',
		)
		.trimEnd();
	writeFileSync(target, `${markdown}\n\n`, { flag: 'wx' });
	console.log(`wrote ${shown}`);
	console.log('next: write the report below the frontmatter, then run npm run check (an article without text is refused)');
	return 0;
});
