import { relative, sep } from 'node:path';
import type { z } from 'astro/zod';
import { blankCodeSpans } from './prose-lines.ts';
import { editorMessage } from './editor-messages.ts';
import { placedMessage } from './issue-place.ts';
import { pairWithTag, unclosedMarker } from '../convert/markers.ts';
import { changedAttributes, hasUnsafeHtml } from '../convert/sanitize.ts';
import { readFrontmatter, type Frontmatter } from './frontmatter.ts';
import { yamlSlipDetail, yamlSlipHint } from './yaml-errors.ts';
import { bodyImages, checkImageReferences, type ImageReference } from './images.ts';
import { unreadTargetProblems } from './markdown-targets.ts';
import { checkAttachments } from './attachments.ts';
import { mdxMarkupProblems } from './mdx-markup.ts';
import { componentMarkupProblems } from './mdx-components.ts';
import { parseMdx } from './mdx-syntax.ts';
import { deepNestingLine, MAX_NESTING } from './nesting.ts';
import { oldSiteMarkup } from './old-site-markup.ts';
import { pastedTextProblems } from './pasted-text-lint.ts';
import { oldTaxonomyIdWarnings } from './old-taxonomy-ids.ts';
import type { Problem } from './problems.ts';
import { articleFile, titleSlug } from './slug.ts';
import { isTextless, summarize } from './summary.ts';
import { dayOf, timeOf } from '../core/dates.ts';
import { siteNow } from './urgency.ts';
import { xmlInvalidCharacter, xmlInvalidValue } from '../core/xml-chars.ts';
import { decodeUtf8, notUtf8 } from './utf8-text.ts';
import { hiddenCharacters, hiddenValue } from '../core/hidden-characters.ts';
import { hiddenCharacterProblem } from './hidden-text.ts';

export interface ArticleFileCheck {
	problems: Problem[];
	/** The validated frontmatter, when there were no errors. */
	data?: Record<string, unknown>;
	/** The frontmatter's fields as written (parsed, not validated), when they are a set of fields. */
	fields?: Record<string, unknown>;
	body?: string;
	/** Line in the file where the body starts. */
	bodyLine?: number;
	/** The decoded file text, when it was UTF-8. */
	source?: string;
	/** Images the article shows that exist on disk, to be decoded by verifyImages(). */
	images: Array<{ path: string; file: string; line: number }>;
	/** The files it attaches (links to for download), as paths under the articles folder, which the build publishes. */
	attachments: string[];
}

/** Where the article files are, for resolving and displaying paths. */
export interface ArticleLocation {
	/** Absolute path of content/articles/. */
	dir: string;
	/** Absolute path of content/, which images must not leave. */
	contentRoot: string;
	/** How the folder is named in messages. */
	displayDir: string;
}

/** The largest article file: a bulletin is a few kB of text; anything near this is a paste or export accident. */
const MAX_ARTICLE_BYTES = 512 * 1024;
/**
 * The warning for a date of issue after `now` (the site's wall clock, YYYY-MM-DD HH:MM): a later day, or a time later
 * today, which the site shows as issued in the future and sorts above everything issued before it.
 */
export function futureDateProblem(date: string, now: string): { message: string; hint: string } | undefined {
	if (dayOf(date) > dayOf(now)) {
		return {
			message: editorMessage({ zh: 'date {date} 是未來的日期', en: 'date {date} is in the future' }, { date }),
			hint: editorMessage({
				zh: '檢查年份；文章一合併就會以這個日期發佈',
				en: 'check the year; the article is published with this date as soon as it is merged',
			}),
		};
	}
	const time = timeOf(date);
	if (time !== undefined && dayOf(date) === dayOf(now) && time > now.slice(11, 16)) {
		return {
			message: editorMessage(
				{
					zh: 'date {date} 的時刻比現在（{now}）晚：現在發佈，網站會顯示成在未來的時刻發佈，並排在今天其他快訊的前面',
					en: 'date {date} is later than now ({now}): published now, it shows as issued at a time still to come and sorts above today’s other bulletins',
				},
				{ date, now: now.slice(11, 16) },
			),
			hint: editorMessage({
				zh: '寫上實際發佈的時刻（或不寫時刻）；如果要到那時才發佈，到時再合併',
				en: 'write the time it is actually issued (or no time); to publish it at that time, merge it then',
			}),
		};
	}
	return undefined;
}

/** Why a file of this many bytes cannot be an article, if it cannot. */
export function sizeProblem(bytes: number): { message: string; hint: string } | undefined {
	if (bytes <= MAX_ARTICLE_BYTES) return undefined;
	return {
		message: editorMessage(
			{ zh: '檔案有 {size} kB；一篇文章最多 {max} kB', en: 'file is {size} kB; an article may be at most {max} kB' },
			{ size: Math.ceil(bytes / 1024), max: MAX_ARTICLE_BYTES / 1024 },
		),
		hint: editorMessage({
			zh: '檢查有沒有重複貼上或嵌入的內容；圖片放在 images/ 資料夾，不要放進文字裡',
			en: 'check that nothing was pasted twice or embedded; put pictures in the images/ folder, not in the text',
		}),
	};
}
/** The largest frontmatter block, which also bounds the time YAML takes on a hostile one (deep nesting). */
const MAX_FRONTMATTER_BYTES = 16 * 1024;
/** Where an article's path says it was published: content/articles/YYYY/MM/DD-words.md. */
const DATED_PATH = /^(\d{4})\/(\d{2})\/(\d{2})-[^/]+$/;

/** For a missing date, the line to add, with the day the file's folders and name already give (trial-46). */
function missingDateHint(path: readonly PropertyKey[], data: Record<string, unknown> | undefined, file: string): string | undefined {
	const dated = DATED_PATH.exec(file);
	if (path.length !== 1 || path[0] !== 'date' || data?.date !== undefined || !dated) return undefined;
	return editorMessage(
		{
			zh: '加上一行 date: {day}（檔案的資料夾和檔名寫的日期），發佈時刻可以寫在後面，例如 {day} 18:30',
			en: 'add a line date: {day} (the day its folders and name give), with the time of issue after it if you like, e.g. {day} 18:30',
		},
		{ day: `${dated[1]}-${dated[2]}-${dated[3]}` },
	);
}

const ASCII_PATH = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*\.mdx?$/;
/** How an article file is laid out, the hint for a file that is not. */
const formatHint = () =>
	editorMessage({
		zh: '文章以「---」開頭，接著是 title、date、county、topics 等欄位，再一行「---」，然後是正文；見 docs/editors/guide.md',
		en: 'an article starts with "---", the fields title, date, county and topics, then "---" and the text; see docs/editors/guide.md',
	});

/**
 * Every problem of one article file that can be found from the file alone: encoding, name, frontmatter, schema, body.
 * `frontmatterOf` parses the decoded text (a caller may hand out a parse it already has of the same bytes).
 */
export function checkArticleFile(
	file: string,
	bytes: Uint8Array,
	schema: z.ZodType,
	location: ArticleLocation,
	frontmatterOf: (source: string) => Frontmatter | undefined = readFrontmatter,
): ArticleFileCheck {
	const path = `${location.displayDir}/${file}`;
	const problems: Problem[] = [];
	const error = (message: string, hint?: string, line?: number) => problems.push({ file: path, line, severity: 'error', message, hint });

	// Named once the frontmatter is read: the name to give is the one npm run new gives, from the date, county and title.
	const badName = ASCII_PATH.test(file)
		? undefined
		: problems.push({
				file: path,
				severity: 'error',
				message: editorMessage({
					zh: '檔名只能用小寫英文字母、數字和「-」，因為它會成為文章的網址',
					en: 'file name must be lowercase ASCII (letters, digits, "-"), because it becomes the article URL',
				}),
				// Until the frontmatter is read (a file that cannot be read keeps it): the name's own pinyin.
				hint: editorMessage(
					{ zh: '改名，例如改成 {suggestion}', en: 'rename it, e.g. to {suggestion}' },
					{ suggestion: file.replace(/[^/]+$/, (name) => `${titleSlug(name.replace(/\.mdx?$/, ''))}${file.endsWith('.mdx') ? '.mdx' : '.md'}`) },
				),
			}) - 1;
	const tooLarge = sizeProblem(bytes.length);
	if (tooLarge) {
		error(tooLarge.message, tooLarge.hint);
		return { problems, images: [], attachments: [] };
	}
	const decoded = decodeUtf8(bytes);
	if ('line' in decoded) {
		const { message, hint } = notUtf8();
		error(message, hint, decoded.line);
		return { problems, images: [], attachments: [] };
	}
	const source = decoded.text;
	if (source.trim() === '') {
		error(editorMessage({ zh: '檔案是空的', en: 'file is empty' }), formatHint());
		return { problems, images: [], attachments: [] };
	}
	const invalid = xmlInvalidCharacter(source);
	if (invalid) {
		error(
			editorMessage({ zh: '文字裡有看不見的控制字元 {code}', en: 'invisible control character {code} in the text' }, { code: invalid.code }),
			editorMessage({
				zh: '刪掉它（通常是從別的程式貼上時帶進來的）；訂閱源無法傳送它',
				en: 'delete it (it usually comes with text pasted from another program); feeds cannot carry it',
			}),
			invalid.line,
		);
		return { problems, images: [], attachments: [] };
	}
	const hidden = hiddenCharacters(source);
	for (const { code, kind, line } of hidden) {
		const { message, hint } = hiddenCharacterProblem(code, kind, false);
		error(message, hint, line);
	}
	const replaced = source.indexOf('\uFFFD');
	if (replaced >= 0) {
		// U+FFFD is what a decoder writes for bytes it could not read: the text around it was decoded with the wrong encoding.
		error(
			editorMessage({
				zh: '文字裡有替換字元 �：這段文字是用錯誤的編碼讀進來的（例如把 GBK 網頁當成 UTF-8），有些字已經遺失',
				en: 'the replacement character � is in the text: it was decoded with the wrong encoding (e.g. a GBK page read as UTF-8), and characters were lost',
			}),
			editorMessage({
				zh: '從原來的網頁按它的編碼重新匯入（npm run import 會讀 <meta charset>），或重新複製這段文字',
				en: 'import it again from the original page by its encoding (npm run import reads <meta charset>), or copy the text again',
			}),
			source.slice(0, replaced).split('\n').length,
		);
	}
	const privateUse = /\p{Co}/u.exec(source);
	if (privateUse) {
		// Node's big5 decoder turns Hong Kong's HKSCS characters (衞 埗 鰂) into private-use code points without an error; no font shows them.
		error(
			editorMessage(
				{
					zh: '文字裡有私用區字元 U+{code}：讀者會看到空白或方塊；這多半是香港增補字符集（HKSCS）的字（衞、埗、鰂、着、綫…）用不認得它們的 Big5 編碼讀進來的',
					en: 'the private-use character U+{code} is in the text: readers see a blank or a box; it is most likely a Hong Kong (HKSCS) character (衞 埗 鰂 着 綫…) read with a Big5 decoder that does not know it',
				},
				{ code: privateUse[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0') },
			),
			editorMessage({
				zh: '改成原來的字，或從原來的網頁重新匯入（npm run import 按 Big5-HKSCS 讀 Big5 網頁）',
				en: 'type the character it stands for, or import it again from the original page (npm run import reads Big5 pages as Big5-HKSCS)',
			}),
			source.slice(0, privateUse.index).split('\n').length,
		);
	}
	if (Buffer.byteLength(/^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '') > MAX_FRONTMATTER_BYTES) {
		error(
			editorMessage({ zh: '前置資料超過 {max} kB', en: 'frontmatter is longer than {max} kB' }, { max: MAX_FRONTMATTER_BYTES / 1024 }),
			editorMessage({
				zh: '兩行「---」之間的欄位只有幾行；長的文字請移到正文',
				en: 'the fields between the "---" lines are a few lines; move long text into the body',
			}),
			1,
		);
		return { problems, images: [], attachments: [] };
	}
	const frontmatter = frontmatterOf(source);
	if (!frontmatter) {
		error(editorMessage({ zh: '檔案沒有前置資料（開頭兩行「---」之間的欄位）', en: 'file has no frontmatter' }), formatHint(), 1);
		return { problems, images: [], attachments: [] };
	}
	// A broken frontmatter still leaves the body to check, so every problem of the file shows in one run.
	const [yamlError] = frontmatter.errors;
	const isFieldSet = frontmatter.data !== null && typeof frontmatter.data === 'object' && !Array.isArray(frontmatter.data);
	if (yamlError) {
		// Later YAML errors are usually echoes of the first, so only the first is reported.
		error(
			editorMessage({ zh: '前置資料不是有效的 YAML：{detail}', en: 'frontmatter is not valid YAML: {detail}' }, { detail: yamlSlipDetail(yamlError) }),
			yamlSlipHint(yamlError.cause),
			yamlError.line,
		);
	}
	if (!yamlError && !isFieldSet)
		error(editorMessage({ zh: '前置資料必須是一行一個「欄位: 值」', en: 'frontmatter must be a set of "field: value" lines' }), formatHint(), 2);
	const escaped = isFieldSet ? xmlInvalidValue(frontmatter.data) : undefined;
	if (escaped) {
		error(
			placedMessage(
				escaped.path,
				frontmatter.data,
				editorMessage({ zh: '以轉義寫入的控制字元 {code}', en: 'control character {code} written as an escape' }, { code: escaped.code }),
			),
			editorMessage({ zh: '刪掉它；訂閱源無法傳送它', en: 'delete it; feeds cannot carry it' }),
			frontmatter.lineOf(escaped.path[0]),
		);
	}
	// A bidi control or lone surrogate typed as is was named on its line above; one written as a YAML escape is found in the values.
	const escapedHidden = isFieldSet && hidden.length === 0 ? hiddenValue(frontmatter.data) : undefined;
	if (escapedHidden) {
		const { message, hint } = hiddenCharacterProblem(escapedHidden.code, escapedHidden.kind, true);
		error(placedMessage(escapedHidden.path, frontmatter.data, message), hint, frontmatter.lineOf(escapedHidden.path[0]));
	}
	const data = isFieldSet && !escaped ? (frontmatter.data as Record<string, unknown>) : undefined;
	const result = data ? schema.safeParse(data) : undefined;
	if (result && !result.success) {
		for (const issue of result.error.issues) {
			// A field that is missing because another needs it (imageAlt for image) is pointed at the other's line.
			const near = issue.code === 'custom' ? (issue.params?.near as string | undefined) : undefined;
			const at = near ? [near] : issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
			// Named as editors read it (topics 第 1 項), not as zod's path (topics.0).
			error(placedMessage(issue.path, data, issue.message), missingDateHint(issue.path, data, file), frontmatter.lineOf(at));
		}
	}
	if (data && result?.success) problems.push(...oldTaxonomyIdWarnings(path, data, result.data as Record<string, unknown>, (at) => frontmatter.lineOf(at)));
	// Listings, feeds and shared links describe an article by its summary, else its first paragraph: a body that is only a
	// table or pictures leaves them empty.
	// The body's first line of text, past the blank lines under the frontmatter.
	const firstLine = frontmatter.bodyLine + (frontmatter.body.match(/^\s*\n/)?.[0].split('\n').length ?? 1) - 1;
	const textless = frontmatter.body.trim() !== '' && isTextless(frontmatter.body);
	if (textless) {
		// A page of pictures (a notice photographed, a poster) imported as it was: readers, search and screen readers get no text.
		problems.push({
			file: path,
			line: firstLine,
			severity: 'warning',
			message: editorMessage({
				zh: '正文沒有文字，只有圖片或日期：讀者只看到標題，搜尋也找不到內容',
				en: 'the text has no words, only pictures or a date: readers see only the title, and search finds nothing of it',
			}),
			hint: editorMessage({
				zh: '把圖片裡的通知打成文字，或至少寫一段說明它的內容',
				en: 'type the notice in the pictures as text, or at least write a paragraph saying what it is',
			}),
		});
	}
	if (!textless && data && data.summary === undefined && frontmatter.body.trim() !== '' && summarize(frontmatter.body) === '') {
		problems.push({
			file: path,
			line: firstLine,
			severity: 'warning',
			message: editorMessage({
				zh: '正文沒有一段文字（只有表格、圖片或標題），列表、訂閱源和分享連結都不會有摘要',
				en: 'the text has no paragraph (only tables, pictures or headings), so listings, feeds and shared links show no summary',
			}),
			hint: editorMessage({ zh: '在前置資料加一行 summary: 一句話說明這篇快訊', en: 'add a line "summary: one sentence on this bulletin" to the frontmatter' }),
		});
	}
	// Fields are text, never markup: a tag in a title is shown to readers as typed (escaped), so say so before it is.
	for (const field of ['title', 'summary', 'imageAlt', 'imageCaption', 'source'] as const) {
		const value = data?.[field];
		const tag = typeof value === 'string' ? /<\/?[a-z][^>]*>/i.exec(value) : null;
		if (!tag) continue;
		problems.push({
			file: path,
			line: frontmatter.lineOf([field]),
			severity: 'warning',
			message: editorMessage(
				{ zh: '{field} 裡的 HTML 標籤 {tag} 不會生效，讀者會看到這段文字', en: 'the HTML tag {tag} in {field} does not apply: readers see it as text' },
				{ field, tag: tag[0].slice(0, 40) },
			),
			hint: editorMessage({ zh: '刪掉標籤，只留文字', en: 'remove the tag and keep the text' }),
		});
	}
	const date = result?.success ? (result.data as { date: string }).date : undefined;
	const day = date === undefined ? undefined : dayOf(date);
	const dated = DATED_PATH.exec(file);
	// The county's current id, an old one written (formerIds) being filed under it.
	const valid = result?.success ? (result.data as { title: string; county: { id: string } }) : undefined;
	// The name npm run new would give this article: its path from the date, the county and the title's pinyin.
	const named = valid && date ? `${location.displayDir}/${articleFile(date, valid.county.id, valid.title, file.endsWith('.mdx') ? 'mdx' : 'md')}` : undefined;
	if (badName !== undefined && named) {
		problems[badName]!.hint = editorMessage(
			{
				zh: '改名為 {target}（和 npm run new 取的名字一樣：日期、縣區 id 和標題的拼音）',
				en: 'rename it to {target} (the name npm run new gives: the date, the county id and the title in pinyin)',
			},
			{ target: named },
		);
	}
	// The file's words without the day it may already start with (28-fuan-deep.md), which the hint writes from the date.
	const words = file
		.split('/')
		.pop()!
		.replace(/^\d{1,2}-/, '');
	if (badName !== undefined && named !== undefined && (!dated || `${dated[1]}-${dated[2]}-${dated[3]}` !== day)) {
		// The one hint above already gives the folder and the day.
	} else if (!dated) {
		error(
			editorMessage({
				zh: '文章檔案放在 content/articles/年/月/ 裡，檔名是「日-英文字.md」',
				en: 'article files live in content/articles/YEAR/MONTH/ and are named DAY-words.md',
			}),
			editorMessage(
				{ zh: '移到例如 {target}', en: 'move it, e.g. to {target}' },
				{ target: `${location.displayDir}/${day ? `${day.slice(0, 4)}/${day.slice(5, 7)}/${day.slice(8)}-` : 'YYYY/MM/DD-'}${words}` },
			),
		);
	} else if (day && `${dated[1]}-${dated[2]}-${dated[3]}` !== day) {
		error(
			editorMessage(
				{
					zh: '路徑寫的是 {path}，但 date 是 {date}；路徑就是發佈的網址，兩者必須一致',
					en: 'the path says {path} but date is {date}; the path is the published address, so both must agree',
				},
				{ path: `${dated[1]}-${dated[2]}-${dated[3]}`, date: day },
			),
			editorMessage(
				{ zh: '把檔案移到 {target}，或改正 date', en: 'move the file to {target}, or correct the date' },
				{ target: `${location.displayDir}/${day.slice(0, 4)}/${day.slice(5, 7)}/${day.slice(8)}-${words}` },
			),
			frontmatter.lineOf('date'),
		);
	}
	const future = date && futureDateProblem(date, siteNow());
	if (future) problems.push({ file: path, line: frontmatter.lineOf('date'), severity: 'warning', ...future });
	if (frontmatter.body.trim() === '') {
		error(
			editorMessage({ zh: '前置資料後面沒有正文', en: 'article has no text after the frontmatter' }),
			editorMessage({ zh: '在第二行「---」下面寫報道內容', en: 'write the report below the closing "---"' }),
			frontmatter.bodyLine,
		);
	}
	let inFence = false;
	frontmatter.body.split('\n').forEach((text, index) => {
		if (/^\s*(```|~~~)/.test(text)) inFence = !inFence;
		if (!inFence && file.endsWith('.md') && hasUnsafeHtml(blankCodeSpans(text))) {
			problems.push({
				file: path,
				line: frontmatter.bodyLine + index,
				severity: 'warning',
				message: editorMessage({
					zh: '貼上的 HTML 含有腳本、框架、樣式、事件處理或 javascript: 連結，發佈時會被刪掉',
					en: 'pasted HTML with scripts, frames, styles, event handlers or javascript: links is removed when published',
				}),
				hint: editorMessage({
					zh: '用 Markdown 寫正文；需要程式的元件放在可信的 .mdx 文章裡',
					en: 'write the text in Markdown; components that need code belong in a trusted .mdx article',
				}),
			});
		}
		const changed = !inFence && file.endsWith('.md') ? changedAttributes(blankCodeSpans(text)) : [];
		if (changed.length > 0) {
			const dropped = changed.filter((c) => c.published === undefined).map((c) => c.written);
			const renamed = changed.filter((c) => c.published !== undefined).map((c) => `${c.written} → id="${c.published}"`);
			problems.push({
				file: path,
				line: frontmatter.bodyLine + index,
				severity: 'warning',
				message: editorMessage(
					{
						zh: '這一行 HTML 的 class 和 id 是網站自己用的，發佈時會刪掉或改名：{attributes}',
						en: "the classes and ids in this line of HTML are the site's own and are removed or renamed when published: {attributes}",
					},
					{ attributes: [...dropped, ...renamed].join(' ') },
				),
				hint: editorMessage({
					zh: '刪掉這些 class 和 id：文章的樣式由網站決定，標題的錨點由標題文字產生',
					en: 'remove these classes and ids: the site decides how an article looks, and headings get their anchors from their text',
				}),
			});
		}
		if (pairWithTag(blankCodeSpans(text)) !== undefined) {
			error(
				editorMessage({
					zh: '這一行的「-{zh-hans:…;zh-hant:…}-」裡有 HTML 標籤，標記不會生效，會照原樣顯示在頁面上',
					en: 'a "-{zh-hans:…;zh-hant:…}-" marker on this line holds an HTML tag, so it would not apply and would show on the page as typed',
				}),
				editorMessage({
					zh: '標記裡只寫文字：-{zh-hans:简体;zh-hant:繁體}-；要加粗就把整個標記放在 **…** 裡',
					en: 'write only text inside the marker, -{zh-hans:简体;zh-hant:繁體}-; for bold, put the whole marker inside **…**',
				}),
				frontmatter.bodyLine + index,
			);
		}
		if (unclosedMarker(text) !== undefined) {
			error(
				editorMessage({
					zh: '這一行的「-{」沒有用「}-」結束，標記會顯示在頁面上',
					en: '"-{" is not closed by "}-" on this line, so the marker would show on the page',
				}),
				editorMessage({ zh: '在同一行寫 -{文字}- 或 -{zh-hans:简体;zh-hant:繁體}-', en: 'write -{text}- or -{zh-hans:简体;zh-hant:繁體}- on one line' }),
				frontmatter.bodyLine + index,
			);
		}
	});
	problems.push(...oldSiteMarkup(frontmatter.body, frontmatter.bodyLine, path, file.endsWith('.md')));
	problems.push(...unreadTargetProblems(frontmatter.body, frontmatter.bodyLine, path));
	problems.push(...pastedTextProblems(frontmatter.body, frontmatter.bodyLine, path));
	const mdx = file.endsWith('.mdx') ? parseMdx(frontmatter.body) : undefined;
	if (mdx && 'error' in mdx) {
		error(
			editorMessage({ zh: 'MDX 無法解讀這一行：{reason}', en: 'MDX cannot read this line: {reason}' }, { reason: mdx.error.reason }),
			editorMessage({
				zh: 'MDX 把 { } 和 < > 當成程式碼：文字裡的大括號寫成 \\{ 和 \\}，標籤要成對關閉；不需要元件的文章改成 .md',
				en: 'MDX reads { } and < > as code: write braces in text as \\{ and \\}, close every tag; an article without components can be a .md file',
			}),
			frontmatter.bodyLine + mdx.error.line - 1,
		);
	}
	// An MDX article publishes only the HTML a Markdown article may carry (the sanitiser holds its output to that list
	// when the page is built); what it writes outside the list is refused here, where the line is known.
	for (const markup of mdx && 'tree' in mdx ? mdxMarkupProblems(mdx.tree) : []) {
		error(
			markup.attribute === undefined
				? editorMessage(
						{ zh: '<{tag}> 不是文章可以用的 HTML 元素，不會發佈', en: '<{tag}> is not an HTML element articles may use and is not published' },
						{ tag: markup.tag },
					)
				: editorMessage(
						{
							zh: '<{tag}> 的 {attribute} 不是文章可以用的屬性，不會發佈',
							en: '{attribute} on <{tag}> is not an attribute articles may use and is not published',
						},
						{ tag: markup.tag, attribute: markup.attribute },
					),
			editorMessage({
				zh: '文章只能用 Markdown 也寫得出的 HTML（段落、標題、清單、表格、連結、圖片）和 http、https、mailto、tel 連結；圖表做成圖片：![說明](./images/名稱.png)',
				en: 'articles may use only the HTML Markdown can write (paragraphs, headings, lists, tables, links, pictures) and http, https, mailto and tel links; make a chart a picture: ![description](./images/name.png)',
			}),
			frontmatter.bodyLine + markup.line - 1,
		);
	}
	// What an imported component writes is dropped from the page just the same, without a word when the page is built;
	// the check says so on the line of the import, naming the component's file and line (trial-42).
	for (const { line, name, file: component, markup } of mdx && 'tree' in mdx ? componentMarkupProblems(mdx.tree, `${location.dir}/${file}`) : []) {
		const place = { name, file: relative(process.cwd(), component).split(sep).join('/'), line: markup.line, tag: markup.tag };
		error(
			markup.attribute === undefined
				? editorMessage(
						{
							zh: '元件 {name}（{file} 第 {line} 行）寫的 <{tag}> 不是文章可以用的 HTML 元素，不會發佈',
							en: 'component {name} ({file} line {line}) writes <{tag}>, which is not an HTML element articles may use and is not published',
						},
						place,
					)
				: editorMessage(
						{
							zh: '元件 {name}（{file} 第 {line} 行）寫的 <{tag}> 的 {attribute} 不是文章可以用的屬性，不會發佈',
							en: 'component {name} ({file} line {line}) writes {attribute} on <{tag}>, which is not an attribute articles may use and is not published',
						},
						{ ...place, attribute: markup.attribute },
					),
			editorMessage({
				zh: '改寫元件，只用 Markdown 也寫得出的 HTML（段落、標題、清單、表格、連結、圖片）和 http、https、mailto、tel 連結；圖表做成圖片：![說明](./images/名稱.png)',
				en: 'change the component to write only the HTML Markdown can write (paragraphs, headings, lists, tables, links, pictures) and http, https, mailto and tel links; make a chart a picture: ![description](./images/name.png)',
			}),
			frontmatter.bodyLine + line - 1,
		);
	}
	// The build's Markdown renderer recurses once a level and would stop with a stack overflow and no line (trial-39).
	const deep = mdx && 'error' in mdx ? undefined : deepNestingLine(frontmatter.body, mdx && 'tree' in mdx ? mdx.tree : undefined);
	if (deep !== undefined) {
		error(
			editorMessage(
				{
					zh: '這裡的引用（>）、清單、強調、連結或 HTML 標籤一層套一層，超過 {max} 層；網站建置不了這麼深的巢狀',
					en: 'quotes (>), lists, emphasis, links or HTML tags nest here more than {max} levels deep, deeper than the build can render',
				},
				{ max: MAX_NESTING },
			),
			editorMessage({
				zh: '減少「>」或縮排的層數；貼上的 HTML 標籤要關上（<b>…</b>）',
				en: 'use fewer ">" or indentation levels; close pasted HTML tags (<b>…</b>)',
			}),
			frontmatter.bodyLine + deep - 1,
		);
	}
	// The lead picture's alt text is the imageAlt field, which the schema requires with a hint naming the field.
	const lead: ImageReference[] = typeof data?.image === 'string' ? [{ src: data.image, alt: null, line: frontmatter.lineOf('image') }] : [];
	const shown = bodyImages(frontmatter.body, frontmatter.bodyLine);
	// A pasted <img> in Markdown is not processed like a Markdown picture (no copy, no sizes); MDX is code and may
	// build its own, which the link check of the built site then covers.
	for (const pasted of shown.filter((image) => image.html && file.endsWith('.md'))) {
		error(
			editorMessage({ zh: '貼上的 <img src="{src}"> 不會發佈', en: 'pasted <img src="{src}"> is not published' }, { src: pasted.src.slice(0, 60) }),
			editorMessage({
				zh: '用 Markdown 寫圖片：![說明](./images/name.jpg)，圖片檔放在文章旁邊的 images/ 資料夾',
				en: 'write the picture in Markdown, ![description](./images/name.jpg), with the file in the images/ folder next to the article',
			}),
			pasted.line,
		);
	}
	const images = checkImageReferences([...lead, ...shown.filter((image) => !image.html)], `${location.dir}/${file}`, location.contentRoot, path);
	problems.push(...images.problems);
	const attachments = checkAttachments(frontmatter.body, frontmatter.bodyLine, file.replace(/\.mdx?$/, ''), location.dir, path);
	problems.push(...attachments.problems);
	// The attachments field (the web editor's 附件) is checked as the same links written in the text, each on its line.
	const listed = result?.success ? (result.data as { attachments?: Array<{ file: string; title: string }> }).attachments : undefined;
	(listed ?? []).forEach(({ file: href, title }, index) => {
		const line = frontmatter.lineOf(['attachments', index, 'file']);
		const check = checkAttachments(`[${title.replace(/[[\]\\]/g, '\\$&')}](<${href}>)`, line, file.replace(/\.mdx?$/, ''), location.dir, path);
		problems.push(...check.problems);
		attachments.found.push(...check.found);
		// A link in the text may lead anywhere; an entry of this field is a file to download, or nothing readers could open.
		if (check.problems.length === 0 && check.found.length === 0)
			error(
				editorMessage({ zh: 'attachments 的「{href}」不是本站的附件檔案', en: '"{href}" in attachments is not an attachment file of the site' }, { href }),
				editorMessage({
					zh: '寫文章旁邊 files/ 資料夾裡的檔案，例如 files/通知.pdf；網頁連結寫在正文裡',
					en: 'give a file in the files/ folder next to the article, e.g. files/通知.pdf; links to web pages go in the text',
				}),
				line,
			);
	});
	return {
		problems,
		data: result?.success ? (result.data as Record<string, unknown>) : undefined,
		fields: data,
		body: frontmatter.body,
		bodyLine: frontmatter.bodyLine,
		source,
		images: images.found.map((image) => ({ ...image, file: path })),
		attachments: attachments.found,
	};
}
