// npm run alert -- list | add --id … --level … --message "…" [--link …] [--start …] [--end …] | expire <id> [--on …] | remove <id>
// Edits content/alerts.yaml through the yaml package's Document API, so comments and layout stay as written, and
// applies the build's checks (the alert schema, unique ids, links to pages the site has) before writing anything.
import { existsSync, readFileSync } from 'node:fs';
import { isMap, isSeq, LineCounter, parseDocument, YAMLMap, YAMLSeq, type Document } from 'yaml';
import { yamlSlip, yamlSlipDetail, yamlSlipHint } from '../src/content-model/yaml-errors.ts';
import { alertExpiry, alertsFileSchema, type Alert } from '../src/content-model/alerts.ts';
import { articleId, listArticleFiles } from '../src/content-model/articles-folder.ts';
import { missingPage, type SitePages } from '../src/content-model/site-pages.ts';
import { readTaxonomy } from '../src/content-model/taxonomies.ts';
import { siteConfig } from '../src/content-model/config.ts';
import { dayOf, wallClock } from '../src/core/dates.ts';
import { contentPath, displayPath } from '../src/content-model/paths.ts';
import { formatProblem } from '../src/content-model/problems.ts';
import { editorMessage } from '../src/content-model/editor-messages.ts';
import { writeWhole } from '../src/content-model/write-whole.ts';
import { decodeUtf8, notUtf8 } from '../src/content-model/utf8-text.ts';
import { failOnProblems, parseCommand, runCli } from './cli.ts';
import { siteExamples } from '../src/content-model/site-examples.ts';

// The example page is one of this site's own (Ningde's counties/fuan would not exist elsewhere).
const [county] = siteExamples().counties;

const spec = {
	command: 'npm run alert',
	summary: {
		zh: '列出、新增、結束或刪除網站每一頁頂部的通告（content/alerts.yaml），寫入前做和建站相同的檢查，保留檔案裏的註解',
		en: "lists, adds, ends or removes the alerts at the top of every page (content/alerts.yaml), with the build's checks before writing, keeping the file's comments",
	},
	positionals: {
		name: '<list|add|expire|remove> [id]',
		help: {
			zh: 'list 列出全部；add 新增；expire <id> 結束通告（下次建站時撤下）；remove <id> 刪除',
			en: 'list lists them all; add adds one; expire <id> ends one (the next build takes it down); remove <id> removes one',
		},
	},
	options: {
		id: {
			type: 'string',
			value: '<id>',
			help: {
				zh: 'add：通告的英文 id，例如 mask-supply（小寫字母、數字和 -）',
				en: "add: the alert's id, e.g. mask-supply (lower-case letters, digits and -)",
			},
		},
		level: {
			type: 'string',
			value: '<info|warning|urgent>',
			help: { zh: 'add：info 一般、warning 注意、urgent 緊急', en: 'add: info for news, warning for caution, urgent for an emergency' },
		},
		message: { type: 'string', value: { zh: '"內容"', en: '"text"' }, help: { zh: 'add：通告的文字', en: "add: the alert's text" } },
		link: {
			type: 'string',
			value: { zh: '<頁面>', en: '<page>' },
			help: {
				zh: `add：「詳情」連到本站的哪一頁，不含版本，例如 counties/${county.id}`,
				en: `add: the page of the site its "details" link leads to, without the edition, e.g. counties/${county.id}`,
			},
		},
		start: { type: 'string', value: '<YYYY-MM-DD>', help: { zh: 'add：從哪天開始顯示（預設今天）', en: 'add: the first day it shows (default today)' } },
		end: {
			type: 'string',
			value: '<YYYY-MM-DD>',
			help: { zh: 'add：顯示到哪天為止（不寫就一直顯示）', en: 'add: the last day it shows (shown until removed if left out)' },
		},
		on: {
			type: 'string',
			value: '<YYYY-MM-DD>',
			help: {
				zh: 'expire：最後顯示的一天（含當天）；不寫就是昨天，下次建站時撤下（今天或以後才開始的通告則刪除）',
				en: 'expire: the last day it shows (that day included); by default yesterday, so the next build takes it down (an alert starting today or later is removed)',
			},
		},
	},
	examples: [
		'npm run alert -- list',
		`npm run alert -- add --id mask-supply --level warning --message "${county.name}口罩供應點今日起延長開放時間" --link counties/${county.id}`,
		'npm run alert -- expire mask-supply',
	],
} as const;

const FILE = contentPath('alerts.yaml');

/** The alerts file as a YAML document, and its list node (at the top, or under `alerts:`), created when absent. */
function alertsDocument(): { doc: Document; list: YAMLSeq } {
	const decoded = existsSync(FILE) ? decodeUtf8(readFileSync(FILE)) : { text: 'alerts: []\n' };
	// Read leniently, Big5 bytes or a character cut short would be written back as ����.
	if ('line' in decoded) throw new Error(formatProblem({ file: displayPath(FILE), line: decoded.line, severity: 'error', ...notUtf8() }));
	const { text } = decoded;
	const lines = new LineCounter();
	const doc: Document = parseDocument(text, { lineCounter: lines, prettyErrors: false });
	const [yamlError] = doc.errors;
	if (yamlError) {
		// The same line and slip (a full-width colon, a tab…) as npm run check names for this file.
		const slip = yamlSlip(text, yamlError, lines);
		const message = editorMessage(
			{ zh: '不是有效的 YAML：{detail}', en: 'not valid YAML: {detail}' },
			{ detail: yamlSlipDetail({ message: yamlError.message, cause: slip.cause }) },
		);
		throw new Error(
			formatProblem({ file: displayPath(FILE), line: slip.line, severity: 'error', message, hint: slip.cause ? yamlSlipHint(slip.cause) : undefined }),
		);
	}
	if (doc.contents === null) doc.contents = doc.createNode({ alerts: [] });
	const map = isMap(doc.contents) ? doc.contents : undefined;
	if (map && map.get('alerts') == null) map.set('alerts', new YAMLSeq());
	const list = map ? map.get('alerts', true) : doc.contents;
	if (!isSeq(list)) {
		throw new Error(
			editorMessage(
				{ zh: '{file} 應該是通告的清單（或在 alerts: 之下的清單）', en: '{file} should be a list of alerts (or a list under alerts:)' },
				{ file: displayPath(FILE) },
			),
		);
	}
	// `alerts: []` (or a list written in brackets) is a flow sequence, and everything added to it would be written inside
	// the brackets on one line (trial-45): the file is kept a block list, one alert a group and one field a line.
	list.flow = false;
	return { doc, list };
}

/** The problems the build and `npm run check` would report for the alerts the document now holds. */
function alertProblems(doc: Document): string[] {
	const text = doc.toString({ lineWidth: 0 });
	const result = alertsFileSchema(text).safeParse(doc.toJS());
	if (!result.success)
		return result.error.issues.map((issue) => `${issue.path.filter((p) => typeof p !== 'number' && p !== 'alerts').join('.') || 'alert'}: ${issue.message}`);
	const ids = (name: 'counties' | 'topics' | 'series') => new Set(readTaxonomy(name).map((entry) => entry.id));
	const pages: SitePages = {
		articles: new Set(listArticleFiles(contentPath('articles')).map(articleId)),
		counties: ids('counties'),
		topics: ids('topics'),
		series: ids('series'),
	};
	return (result.data ?? []).flatMap((alert: Alert) => {
		const reason = alert.link && missingPage(alert.link, pages);
		return reason
			? [
					editorMessage(
						{ zh: '通告「{id}」的連結 {link} 不存在：{reason}', en: 'the link {link} of alert "{id}" does not exist: {reason}' },
						{ id: alert.id, link: alert.link!, reason },
					),
				]
			: [];
	});
}

/** The alerts of the list as YAML maps (an entry that is not a map is left to the schema check to report). */
const alertNodes = (list: YAMLSeq): YAMLMap[] => list.items.filter((item): item is YAMLMap => isMap(item));

/** The alert with this id, or a problem saying which ids there are. */
function findAlert(list: YAMLSeq, id: string | undefined, problems: string[]): YAMLMap | undefined {
	const found = alertNodes(list).find((item) => item.get('id') === id);
	if (id === undefined) {
		problems.push(
			editorMessage({ zh: '請寫出通告的 id，例如 npm run alert -- expire mask-supply', en: 'name the alert id, e.g. npm run alert -- expire mask-supply' }),
		);
	} else if (!found) {
		const ids = alertNodes(list).map((item) => String(item.get('id')));
		problems.push(
			editorMessage(
				{ zh: '沒有 id 為「{id}」的通告；現有：{ids}', en: 'there is no alert with the id "{id}"; there are: {ids}' },
				{ id, ids: ids.join(editorMessage({ zh: '、', en: ', ' })) || editorMessage({ zh: '（無）', en: '(none)' }) },
			),
		);
	}
	return found;
}

runCli(() => {
	const { values, positionals, problems } = parseCommand(spec);
	const [action, id = values.id] = positionals;
	const today = dayOf(wallClock(siteConfig().timeZone));
	const { doc, list } = alertsDocument();
	// The end `expire` wrote (its last day shown), or undefined when it removed an alert that had not started.
	let ended: string | undefined;
	if (action === 'list') {
		failOnProblems(spec, problems);
		for (const item of alertNodes(list)) {
			console.log(
				`${item.get('id')}  ${item.get('level')}  ${item.get('start')} → ${item.get('end') ?? editorMessage({ zh: '（不結束）', en: '(no end)' })}  ${item.get('message')}`,
			);
		}
		return 0;
	}
	if (action === 'add') {
		if (!values.id) problems.push(editorMessage({ zh: 'add 要寫 --id', en: 'add needs --id' }));
		if (!values.level) problems.push(editorMessage({ zh: 'add 要寫 --level（info、warning 或 urgent）', en: 'add needs --level (info, warning or urgent)' }));
		if (!values.message) problems.push(editorMessage({ zh: 'add 要寫 --message', en: 'add needs --message' }));
		const fields = { id: values.id, level: values.level, message: values.message, link: values.link, start: values.start ?? today, end: values.end };
		// An alert without its required fields is not added, so the checks below speak only of what was written.
		if (values.id && values.level && values.message) {
			const alert = doc.createNode(Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)));
			alert.flow = false;
			list.add(alert);
		}
	} else if (action === 'expire') {
		const found = findAlert(list, id, problems);
		const start = String(found?.get('start'));
		const expiry = found && alertExpiry(start, today, values.on);
		if (expiry && 'refused' in expiry) {
			problems.push(
				editorMessage(
					{
						zh: '通告「{id}」{start} 才開始，不能在 {on} 結束；要取消它，請用 npm run alert -- remove {id}',
						en: 'alert "{id}" starts on {start} and cannot end on {on}; to cancel it, use npm run alert -- remove {id}',
					},
					{ id: String(id), start, on: expiry.refused },
				),
			);
		} else if (expiry && 'end' in expiry) {
			found.set('end', expiry.end);
			ended = expiry.end;
		} else if (found) {
			// It starts today or later, so it cannot end yesterday: it was never meant to show, and is removed.
			list.items.splice(list.items.indexOf(found), 1);
			ended = undefined;
		}
	} else if (action === 'remove') {
		const found = findAlert(list, id, problems);
		if (found) list.items.splice(list.items.indexOf(found), 1);
	} else {
		problems.push(
			action
				? editorMessage(
						{ zh: '不認識的動作 {action}；可用 list、add、expire、remove', en: 'unknown action {action}; use list, add, expire or remove' },
						{ action },
					)
				: editorMessage({ zh: '請寫出動作：list、add、expire 或 remove', en: 'name the action: list, add, expire or remove' }),
		);
	}
	failOnProblems(spec, [...problems, ...(action && ['add', 'expire', 'remove'].includes(action) ? alertProblems(doc) : [])]);
	writeWhole(FILE, doc.toString({ lineWidth: 0 }), { shown: displayPath(FILE) });
	const done = {
		add: { zh: '新增了通告「{id}」：{file}', en: 'added alert "{id}": {file}' },
		expire:
			ended === undefined
				? {
						zh: '通告「{id}」今天或以後才開始，不能在昨天結束，所以刪除了它：{file}；下次建站後不再顯示',
						en: 'alert "{id}" starts today or later and cannot end yesterday, so it was removed: {file}; the next build takes it down',
					}
				: ended < today
					? { zh: '結束了通告「{id}」（end: {end}）：{file}；下次建站後不再顯示', en: 'ended alert "{id}" (end: {end}): {file}; the next build takes it down' }
					: {
							zh: '通告「{id}」會顯示到 {end}（含當天）為止：{file}',
							en: 'alert "{id}" shows until {end} (that day included): {file}',
						},
		remove: { zh: '刪除了通告「{id}」：{file}', en: 'removed alert "{id}": {file}' },
	}[action as 'add' | 'expire' | 'remove'];
	console.log(editorMessage(done, { id: String(id), file: displayPath(FILE), end: ended ?? '' }));
	console.log(
		editorMessage({
			zh: '下一步：npm run check，然後提交這個檔案；下次建站時生效',
			en: 'next: npm run check, then commit this file; it takes effect with the next build',
		}),
	);
	return 0;
});
