import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { editorMessage } from './editor-messages.ts';
import { markdownLinks } from './links.ts';
import type { Problem } from './problems.ts';
import { largeFileProblem } from './large-files.ts';
import { proseLines } from './prose-lines.ts';
import { editionPage } from '../core/editions.ts';

// Attachments (附件) are files an article links to for readers to download: the notice itself as a PDF, a form as a
// Word or WPS file, a list as a spreadsheet. They live beside the article in its month's folder, in files/ as pictures
// live in images/, and the build copies each one an article links to into every edition at the same path under
// articles/, so the link works in both editions and nothing unlinked is published.

/** The kinds of document an attachment may be: PDF and OFD, Word, Excel, PowerPoint and WPS's own, text and tables, archives, a picture's original. */
const ATTACHMENT_EXTENSIONS = [
	'pdf',
	'ofd',
	'doc',
	'docx',
	'wps',
	'xls',
	'xlsx',
	'et',
	'ppt',
	'pptx',
	'dps',
	'txt',
	'csv',
	'zip',
	'rar',
	'7z',
	'jpg',
	'jpeg',
	'png',
];
const ATTACHMENT = new RegExp(`\\.(?:${ATTACHMENT_EXTENSIONS.join('|')})$`, 'i');

/** Whether a file's name is one of a document an article may attach. */
export const isAttachmentName = (name: string): boolean => ATTACHMENT.test(name);

/** Whether a link in an article leads to a file of the site's content rather than a page: relative, not an article, not a site page. */
function isFileLink(href: string): boolean {
	if (href === '' || href.startsWith('#') || href.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(href)) return false;
	const path = href.split(/[?#]/)[0]!;
	return !/\.mdx?$/i.test(path) && !/(?:\/|\.html?|\.php|\.aspx?|\.jsp)$/i.test(path) && editionPage(href) === undefined;
}

/** The path under the articles folder of an attachment the article `fromId` links to as `href`, if it links to one. */
export function attachmentPath(href: string, fromId: string): string | undefined {
	if (!isFileLink(href)) return undefined;
	let path: string;
	try {
		path = decodeURI(href.split(/[?#]/)[0]!);
	} catch {
		return undefined;
	}
	const joined = posix.normalize(posix.join(posix.dirname(fromId), path.replaceAll('\\', '/')));
	return joined.startsWith('../') || !isAttachmentName(joined) ? undefined : joined;
}

/** The first name along a path that starts with "." (files/.git.doc): a hidden file, which the build never publishes. */
export const hiddenName = (path: string): string | undefined => path.split(/[\\/]/).find((part) => part.startsWith('.') && part !== '.' && part !== '..');

/** The problem of a picture or an attachment whose name (or folder) starts with ".": the build would stop on it. */
export function hiddenNameProblem(kind: 'attachment' | 'image', href: string, name: string, file: string, line: number): Problem {
	return {
		file,
		line,
		severity: 'error',
		message:
			kind === 'attachment'
				? editorMessage(
						{
							zh: '附件 {href} 的名字 {name} 以「.」開頭：這是隱藏檔案，建站時不會發佈',
							en: 'attachment {href}: its name {name} starts with "." — a hidden file, which the build does not publish',
						},
						{ href, name },
					)
				: editorMessage(
						{
							zh: '圖片 {href} 的名字 {name} 以「.」開頭：這是隱藏檔案，建站時不會發佈',
							en: 'image {href}: its name {name} starts with "." — a hidden file, which the build does not publish',
						},
						{ href, name },
					),
		hint: editorMessage(
			{
				zh: '把檔案改名，去掉開頭的「.」（例如 {fixed}），連結也照改',
				en: 'rename the file without the leading "." (e.g. {fixed}) and change the link to match',
			},
			{ fixed: name.replace(/^\.+/, '') || 'file' },
		),
	};
}

/** A file in the same folder named like `name` but for letter case (IMG_0012.JPG for img_0012.jpg), which Windows does not tell apart and the server does. */
export function caseMatch(path: string): string | undefined {
	try {
		const name = path.slice(path.lastIndexOf(sep) + 1).toLowerCase();
		return readdirSync(dirname(path)).find((entry) => entry.toLowerCase() === name);
	} catch {
		return undefined;
	}
}

/** The attachments an article's body links to, as paths under the articles folder, unchecked (the content check checks them). */
export function linkedAttachments(body: string, fromId: string): string[] {
	return proseLines(body, 1).flatMap(([text]) => markdownLinks(text).flatMap((href) => attachmentPath(href, fromId) ?? []));
}

/**
 * The attachments an article links to, checked on their lines: inside the articles folder, existing (a name differing
 * only in case is named), a file, a kind of document. Returns the problems and the attachments' paths under the folder.
 */
export function checkAttachments(body: string, firstLine: number, fromId: string, articlesDir: string, file: string): { problems: Problem[]; found: string[] } {
	const problems: Problem[] = [];
	const found: string[] = [];
	const error = (line: number, message: string, hint: string) => problems.push({ file, line, severity: 'error', message, hint });
	const where = editorMessage({
		zh: '附件放在文章旁邊的 files/ 資料夾，寫成 [通知原文（PDF）](./files/通知.pdf)',
		en: 'keep attachments in a files/ folder next to the article and link them as [通知原文（PDF）](./files/通知.pdf)',
	});
	for (const [text, line] of proseLines(body, firstLine)) {
		for (const href of markdownLinks(text)) {
			if (!isFileLink(href)) continue;
			if (href.includes('\\')) {
				error(
					line,
					editorMessage({ zh: '連結 {href} 用了反斜線「\\」', en: 'link {href} has backslashes "\\"' }, { href }),
					editorMessage(
						{ zh: '網址裡的資料夾用「/」分隔：{fixed}', en: 'separate folders in a link with "/": {fixed}' },
						{ fixed: href.replaceAll('\\', '/') },
					),
				);
				continue;
			}
			const path = attachmentPath(href, fromId);
			if (path === undefined) {
				const name = href.split(/[?#]/)[0]!;
				if (!/\.[a-z0-9]{1,5}$/i.test(name) || /^\.{1,2}\/(?:\.\.\/)*$/.test(name)) continue;
				error(
					line,
					editorMessage(
						{
							zh: '連結 {href} 不是能當附件發佈的檔案（可以是 {types}）',
							en: 'link {href} is not a file that can be published as an attachment (it may be {types})',
						},
						{ href, types: ATTACHMENT_EXTENSIONS.join('、') },
					),
					where,
				);
				continue;
			}
			const absolute = resolve(articlesDir, ...path.split('/'));
			if (!absolute.startsWith(articlesDir + sep)) continue;
			const hidden = hiddenName(path);
			if (hidden) {
				problems.push(hiddenNameProblem('attachment', href, hidden, file, line));
				continue;
			}
			if (!existsSync(absolute)) {
				const near = caseMatch(absolute);
				error(
					line,
					editorMessage(
						{ zh: '附件 {href} 不存在（找的是 {path}）', en: 'attachment {href} does not exist (looked for {path})' },
						{ href, path: relative(process.cwd(), absolute) },
					),
					near
						? editorMessage(
								{
									zh: '同一個資料夾裡有 {near}：檔名的大小寫要和連結一樣',
									en: 'the folder has {near}: the name must match the link letter for letter, case too',
								},
								{ near },
							)
						: where,
				);
				continue;
			}
			if (!statSync(absolute).isFile()) {
				error(line, editorMessage({ zh: '附件 {href} 是資料夾，不是檔案', en: 'attachment {href} is a folder, not a file' }, { href }), where);
				continue;
			}
			const large = largeFileProblem('attachment', href, statSync(absolute).size, file, line);
			if (large) problems.push(large);
			found.push(path);
		}
	}
	return { problems, found };
}

/** Where an attachment is written in an edition's folder of the built site. */
export const attachmentOutput = (siteDir: string, editionPath: string, path: string): string => join(siteDir, editionPath, 'articles', ...path.split('/'));
