import { stringify } from 'yaml';
import { closest } from '../content-model/closest.ts';
import { editorMessage } from '../content-model/editor-messages.ts';
import { readFrontmatter } from '../content-model/frontmatter.ts';
import { parsePostDate, type PostDate } from './post-date.ts';

/** A Markdown post of an old site (Jekyll, Hugo, Hexo), read and mapped onto what an article can hold. */
export interface Post {
	/** The post's path as given, for messages. */
	source: string;
	title: string;
	date: PostDate;
	/** Where the date came from, when not from a `date` field. */
	dateNote?: string;
	/** Tags and categories, flattened. */
	tags: string[];
	summary?: string;
	authors: string[];
	draft: boolean;
	updated?: string;
	lang?: 'zh-Hant' | 'zh-Hans';
	/** The lead picture and its alt text, as the post wrote them. */
	image?: { src: string; alt?: string };
	/** What identified the post on the old site: permalink, url, aliases, slug, file name. */
	oldAddresses: string[];
	slug: string;
	/** Front matter that has no place in an article, written out as YAML, with a hint for a misspelt key. */
	leftovers: Array<{ key: string; value: string; hint?: string }>;
	body: string;
	bodyLine: number;
}

/** A post the importer cannot read, with the line to look at. */
export interface Refusal {
	source: string;
	line?: number;
	message: string;
	hint?: string;
}

/** Keys each old-site field may be written under, first one preferred. */
const FIELDS = {
	title: ['title'],
	date: ['date'],
	tags: ['tags', 'categories', 'category'],
	summary: ['description', 'summary', 'excerpt'],
	authors: ['author', 'authors'],
	draft: ['draft', 'published'],
	updated: ['updated', 'lastmod', 'last_modified_at'],
	lang: ['lang', 'language'],
	image: ['image', 'imageAlt', 'image_alt'],
	addresses: ['permalink', 'url', 'aliases', 'slug'],
} as const;
const KNOWN: readonly string[] = Object.values(FIELDS).flat();
/** Jekyll separates tags and categories written as one string with spaces. */
const TAG_SEPARATOR = /[\s,，、]+/;
const JEKYLL_NAME = /^(\d{4}-\d{2}-\d{2})-(.+)$/;

/** A front-matter value as a list of non-empty strings: a list (nested lists flattened), or one string split at commas. */
function strings(value: unknown, split = /\s*[,，、]\s*/): string[] {
	if (Array.isArray(value)) return value.flatMap((v) => strings(v, split));
	if (typeof value === 'string')
		return value
			.split(split)
			.map((s) => s.trim())
			.filter(Boolean);
	if (typeof value === 'number') return [String(value)];
	if (value && typeof value === 'object' && 'name' in value) return strings((value as { name: unknown }).name, split);
	return [];
}

/** The file name without folders and extension; a Hugo page bundle (x/index.md) is named by its folder. */
function stem(source: string): string {
	const parts = source.split(/[\\/]/);
	const name = parts.pop()!.replace(/\.(md|markdown|mdown|mkd)$/i, '');
	return name === 'index' || name === '_index' ? (parts.pop() ?? name) : name;
}

/**
 * Reads one post: its bytes must be UTF-8 with YAML front matter (read by the same parser as articles) holding a title
 * and a date (or a Jekyll file name that gives it), and a body. Everything else in the front matter is mapped or kept
 * as a leftover; nothing is dropped.
 */
export function readPost(source: string, bytes: Uint8Array, timeZone: string): Post | Refusal {
	const refuse = (message: string, hint?: string, line?: number): Refusal => ({ source, line, message, hint });
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return refuse(
			editorMessage({ zh: '檔案不是 UTF-8 文字', en: 'the file is not UTF-8 text' }),
			editorMessage({
				zh: '用編輯器另存為 UTF-8（舊網站常用 GBK 或 Big5），再匯入一次',
				en: 'save it as UTF-8 in a text editor (old sites often used GBK or Big5), then import it again',
			}),
		);
	}
	const trimmed = text.replace(/^\uFEFF/, '').trimStart();
	if (trimmed.startsWith('+++'))
		return refuse(
			editorMessage({ zh: '前置資料是 TOML（+++），匯入程式只讀 YAML（---）', en: 'the frontmatter is TOML (+++); the importer reads only YAML (---)' }),
			editorMessage({ zh: '用 Hugo 的 `hugo convert toYAML` 轉成 YAML 再匯入', en: "convert it to YAML with Hugo's `hugo convert toYAML`, then import it" }),
			1,
		);
	if (trimmed.startsWith('{') || trimmed.startsWith(';;;'))
		return refuse(
			editorMessage({ zh: '前置資料是 JSON，匯入程式只讀 YAML（---）', en: 'the frontmatter is JSON; the importer reads only YAML (---)' }),
			editorMessage({ zh: '把前置資料改寫成 YAML 再匯入', en: 'rewrite the frontmatter as YAML, then import it' }),
			1,
		);
	const frontmatter = readFrontmatter(text);
	if (!frontmatter)
		return refuse(
			editorMessage({ zh: '檔案沒有前置資料（開頭的 --- 區塊）', en: 'the file has no frontmatter (the --- block at the top)' }),
			editorMessage({
				zh: '舊網站的文章以 --- 開頭、列出 title 和 date；網頁存檔請存成 .txt 或 .html 再匯入',
				en: "an old site's article starts with --- and lists title and date; save a web page as .txt or .html and import that",
			}),
			1,
		);
	const [yamlError] = frontmatter.errors;
	if (yamlError)
		return refuse(
			editorMessage({ zh: '前置資料不是有效的 YAML：{error}', en: 'the frontmatter is not valid YAML: {error}' }, { error: yamlError.message }),
			editorMessage({ zh: '檢查引號、括號和冒號', en: 'check the quotes, brackets and colons' }),
			yamlError.line,
		);
	const data = frontmatter.data;
	if (!data || typeof data !== 'object' || Array.isArray(data))
		return refuse(editorMessage({ zh: '前置資料必須是「欄位: 值」的清單', en: 'the frontmatter must be a list of "field: value" lines' }), undefined, 2);
	const fields = data as Record<string, unknown>;
	const misspelt = (wanted: string) => Object.keys(fields).find((key) => !KNOWN.includes(key) && closest(key, [wanted]) === wanted);

	const title = typeof fields.title === 'string' || typeof fields.title === 'number' ? String(fields.title).trim() : '';
	if (!title) {
		const typo = misspelt('title');
		return refuse(
			editorMessage({ zh: '前置資料沒有 title', en: 'the frontmatter has no title' }),
			typo
				? editorMessage({ zh: '「{key}」是不是 title 拼錯了？改正後再匯入', en: 'is "{key}" a misspelt title? Correct it, then import again' }, { key: typo })
				: editorMessage({ zh: '加上 title: 標題', en: 'add title: <the title>' }),
			frontmatter.lineOf(typo ?? 'title'),
		);
	}
	const named = JEKYLL_NAME.exec(stem(source));
	let date: PostDate | undefined;
	let dateNote: string | undefined;
	if (fields.date !== undefined && fields.date !== null) {
		date = parsePostDate(fields.date, timeZone);
		if (!date)
			return refuse(
				editorMessage({ zh: 'date: 讀不懂「{date}」', en: 'date: cannot read "{date}"' }, { date: String(fields.date) }),
				editorMessage({
					zh: '寫成 2020-02-08、2020-02-08 18:30:00 +0800 或 2020-02-08T18:30:00+08:00',
					en: 'write 2020-02-08, 2020-02-08 18:30:00 +0800 or 2020-02-08T18:30:00+08:00',
				}),
				frontmatter.lineOf('date'),
			);
	} else if (named) {
		date = parsePostDate(named[1], timeZone);
		dateNote = editorMessage({ zh: 'date 取自檔名 {date}', en: 'date taken from the file name {date}' }, { date: named[1]! });
	}
	if (!date) {
		const typo = misspelt('date');
		return refuse(
			editorMessage({ zh: '前置資料沒有 date，檔名也沒有日期', en: 'the frontmatter has no date, and neither has the file name' }),
			typo
				? editorMessage({ zh: '「{key}」是不是 date 拼錯了？', en: 'is "{key}" a misspelt date?' }, { key: typo })
				: editorMessage({ zh: '加上 date: 2020-02-08', en: 'add date: 2020-02-08' }),
			frontmatter.lineOf(typo ?? 'date'),
		);
	}
	if (frontmatter.body.trim() === '')
		return refuse(
			editorMessage({ zh: '文章沒有正文', en: 'the article has no text' }),
			editorMessage({ zh: '舊網站上這篇是空的；不匯入空文章', en: 'this post is empty on the old site; empty articles are not imported' }),
			frontmatter.bodyLine,
		);

	const first = (keys: readonly string[]) => keys.find((key) => fields[key] !== undefined && fields[key] !== null && fields[key] !== '');
	const summaryKey = first(FIELDS.summary);
	const updated = first(FIELDS.updated);
	const updatedDate = updated ? parsePostDate(fields[updated], timeZone) : undefined;
	const langValue = String(fields.lang ?? fields.language ?? '');
	const lang = /^zh[-_](hant|tw|hk|mo)/i.test(langValue) ? 'zh-Hant' : /^zh[-_](hans|cn|sg)/i.test(langValue) ? 'zh-Hans' : undefined;
	const used = new Set<string>([
		'title',
		'date',
		...FIELDS.tags,
		...FIELDS.authors,
		...FIELDS.addresses,
		...(summaryKey ? [summaryKey] : []),
		...(typeof fields.draft === 'boolean' ? ['draft'] : []),
		...(typeof fields.published === 'boolean' ? ['published'] : []),
		...(updatedDate && updatedDate.date >= date.date ? [updated!] : []),
		...(lang ? ['lang', 'language'] : []),
		...(typeof fields.image === 'string' ? FIELDS.image : []),
	]);
	const leftovers = Object.entries(fields)
		.filter(([key]) => !used.has(key))
		.map(([key, value]) => {
			const guess = KNOWN.includes(key) ? undefined : closest(key, KNOWN);
			return {
				key,
				value: stringify(value, { lineWidth: 0, collectionStyle: 'flow', flowCollectionPadding: false }).trim(),
				hint: guess ? editorMessage({ zh: '是不是 {key} 拼錯了？', en: 'a misspelt {key}?' }, { key: guess }) : undefined,
			};
		});
	const alt = [fields.imageAlt, fields.image_alt].find((v): v is string => typeof v === 'string' && v.trim() !== '');
	return {
		source,
		title,
		date,
		dateNote,
		tags: [fields.tags, fields.categories, fields.category].flatMap((value) => strings(value, TAG_SEPARATOR)).filter((tag, i, all) => all.indexOf(tag) === i),
		summary: summaryKey ? String(fields[summaryKey]).trim() : undefined,
		authors: [...strings(fields.author), ...strings(fields.authors)],
		draft: fields.draft === true || fields.published === false,
		updated: updatedDate && updatedDate.date >= date.date ? updatedDate.date : undefined,
		lang,
		image: typeof fields.image === 'string' ? { src: fields.image, alt } : undefined,
		oldAddresses: [...strings(fields.permalink), ...strings(fields.url), ...strings(fields.aliases)],
		slug: typeof fields.slug === 'string' ? fields.slug : (named?.[2] ?? stem(source)),
		leftovers,
		body: frontmatter.body,
		bodyLine: frontmatter.bodyLine,
	};
}

/** Whether a read post was refused. */
export const isRefusal = (post: Post | Refusal): post is Refusal => 'message' in post;
