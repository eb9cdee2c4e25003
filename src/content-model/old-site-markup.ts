import { parseDocument, isMap } from 'yaml';
import { proseLines } from './prose-lines.ts';
import { editorMessage } from './editor-messages.ts';
import type { Problem } from './problems.ts';
import { editionPage } from '../core/editions.ts';

/** Template code of the site generator an archive came from: Hugo {{< … >}} and {{% … %}}, Liquid {% … %} and {{ … }}. */
const SHORTCODE = /\{\{<[\s\S]*?>\}\}|\{\{%[\s\S]*?%\}\}|\{%[\s\S]*?%\}|\{\{[^{}\n]*\}\}/g;
/** A root-relative link target in Markdown or HTML: [x](/news/1.html), href="/about/". */
const LINK = /(?<!!)\[[^\]]*\]\(\s*<?([^)\s>]+)>?[^)]*\)|<a\b[^>]*\bhref\s*=\s*["']([^"']+)["']/g;
/** A link into an old site: root-relative, or relative to a page (../about/, news.html, list.php?id=3). */
const OLD_PAGE = /^\/(?!\/)|^(?![a-z][a-z0-9+.-]*:|#|\/\/)[^?#]*(?:\/|\.html?|\.php|\.aspx?|\.jsp)(?:[?#].*)?$/i;

/** The first "---" … "---" block of a body, when it holds "field: value" lines: a second frontmatter, not text. */
function frontmatterLikeBlock(body: string): { line: number; keys: string[] } | undefined {
	const lines = body.split('\n');
	const start = lines.findIndex((line) => line.trim() !== '');
	if (start < 0 || !/^---\s*$/.test(lines[start]!)) return undefined;
	const end = lines.findIndex((line, i) => i > start && /^---\s*$/.test(line));
	if (end < 0) return undefined;
	const doc = parseDocument(lines.slice(start + 1, end).join('\n'));
	if (doc.errors.length || !isMap(doc.contents) || doc.contents.items.length === 0) return undefined;
	return { line: start, keys: doc.contents.items.map((item) => String((item.key as { value?: unknown })?.value ?? item.key)) };
}

/**
 * What an article body still carries from an old site and would publish wrong: shortcodes and template tags (shown as
 * text), links to pages of the old site (root-relative or to .html pages), and a second "---" frontmatter block at the start of
 * the body (whose fields would be published as a heading). `shortcodes` is false for MDX, whose braces are its own.
 */
export function oldSiteMarkup(body: string, firstLine: number, file: string, shortcodes = true): Problem[] {
	const problems: Problem[] = [];
	const error = (line: number, message: string, hint: string) => problems.push({ file, line, severity: 'error', message, hint });
	const block = frontmatterLikeBlock(body);
	if (block) {
		error(
			firstLine + block.line,
			editorMessage(
				{
					zh: '正文開頭的「---」區塊像第二段前置資料（{keys}），發佈時會變成標題和分隔線',
					en: 'the "---" block at the start of the text looks like a second frontmatter ({keys}); it would be published as a heading and a rule',
				},
				{ keys: block.keys.join(', ') },
			),
			editorMessage({
				zh: '把需要的欄位移到檔案最上方的前置資料裡並刪除這個區塊；若是分隔線，在「---」前面先寫一段正文',
				en: 'move the fields you need into the frontmatter at the top of the file and delete the block; for a rule, write a paragraph before the "---"',
			}),
		);
	}
	for (const [text, line] of proseLines(body, firstLine)) {
		if (shortcodes) {
			for (const match of text.matchAll(SHORTCODE)) {
				error(
					line,
					editorMessage(
						{ zh: '舊網站的短代碼 {code} 不會顯示，讀者只會看到這段文字', en: "the old site's shortcode {code} is not shown: readers would see this text" },
						{ code: Array.from(match[0]).slice(0, 60).join('') },
					),
					editorMessage({
						zh: '換成 Markdown：圖片寫 ![說明](./images/x.jpg)，連結寫 [文字](網址)，影片請改為連結',
						en: 'write it in Markdown: a picture as ![說明](./images/x.jpg), a link as [文字](https://…), a video as a link',
					}),
				);
			}
		}
		for (const match of text.matchAll(LINK)) {
			const href = match[1] ?? match[2]!;
			if (OLD_PAGE.test(href) && !editionPage(href)) {
				error(
					line,
					editorMessage(
						{ zh: '連結 {href} 指向舊網站或本站沒有的頁面', en: 'link {href} points to the old site or to a page this site does not have' },
						{ href },
					),
					editorMessage({
						zh: '連到本站文章請寫那篇文章的檔案，例如 [見前文](./檔名.md)（同一個月份資料夾；別的月份寫 ../月/檔名.md）；連到其他網站請寫完整網址',
						en: 'to link to an article of this site, link its file, e.g. [見前文](./檔名.md) (in the same month folder; ../MM/name.md in another month); to link to another site, write the full address',
					}),
				);
			}
		}
	}
	return problems;
}
