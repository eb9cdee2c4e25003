import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, parse, posix, relative, resolve, sep } from 'node:path';
import { isAttachmentName } from '../content-model/attachments.ts';
import { editorMessage } from '../content-model/editor-messages.ts';

/** A folder wget -r names for the site's host: www.stx.gov.cn, localhost:8080. */
const HOST_FOLDER = /^[\w-]+(?:\.[\w-]+)+(?::\d+)?$|^localhost(?::\d+)?$/;

/** A link to a document in a page's text, written by blocks.ts as [text](address) (an escaped \\[ is text): text, address, where it stands. */
const LINK = /(?<![!\\])\[([^\]\n]*)\]\(([^\s)]+)\)/g;

/** Whether an address names a document an article may attach (P020130425398127361204.doc, /UploadFiles/…/x.xls). */
export const isAttachmentAddress = (href: string): boolean => isAttachmentName(href.split(/[?#]/)[0]!);

/**
 * The folder a page's files may come from: the nearest of its folders named for a host (wget -r keeps the site under
 * www.zrx.gov.cn/), else the folder given on the command line (for a page given by name, its folder). Nothing above it is read.
 */
export function mirrorRoot(pageDir: string, given: string): string {
	for (let dir = resolve(pageDir); dirname(dir) !== dir; dir = dirname(dir)) if (HOST_FOLDER.test(basename(dir))) return dir;
	return resolve(given);
}

/** Whether a file, its links resolved, lies inside a folder (its links resolved too). */
function liesInside(file: string, root: string): boolean {
	const path = relative(realpathSync(root), realpathSync(file));
	return path !== '' && path.split(sep)[0] !== '..' && !isAbsolute(path);
}

/** What an address names in the mirror: its file, a file outside the mirror's root (never read), or nothing. */
export type MirrorLookup = { file: string } | { outside: string } | undefined;

/**
 * The file of the mirror an attachment's address names: relative to the page's folder; a path from the site's root
 * (/UploadFiles/…, or the old site's full address) from the folder of the page's ancestors that holds it, up to the
 * mirror's root (mirrorRoot). A file whose real path (symbolic links followed) leaves the root is never taken:
 * ../../../etc/passwd, %2e%2e/, a link to /tmp would publish a file of the importing computer.
 */
export function mirroredFile(href: string, pageDir: string, root: string, oldOrigin?: string): MirrorLookup {
	let path = href.split(/[?#]/)[0]!;
	if (/^(?:https?:)?\/\//i.test(path)) {
		let url: URL;
		try {
			url = new URL(path, 'https://x.invalid');
		} catch {
			return undefined;
		}
		if (!oldOrigin || url.origin !== oldOrigin) return undefined;
		path = url.pathname;
	} else if (/^[a-z][a-z0-9+.-]*:/i.test(path)) return undefined;
	try {
		path = decodeURI(path);
	} catch {
		return undefined;
	}
	const found = (file: string): MirrorLookup => {
		if (!existsSync(file) || !statSync(file).isFile()) return undefined;
		return liesInside(file, root) ? { file } : { outside: file };
	};
	if (!path.startsWith('/')) return found(resolve(pageDir, path));
	// Up the page's folders to the mirror's root, never above it: /images/x.jpg is no file of the importing computer.
	const top = resolve(root);
	for (let dir = resolve(pageDir); ; dir = dirname(dir)) {
		const file = found(join(dir, path));
		if (file) return file;
		if (dir === top || dirname(dir) === dir) return undefined;
	}
}

/** The note for a file an address names outside the mirror's root: not copied, its text kept. */
export const outsideMirror = (href: string, root: string): string =>
	editorMessage(
		{
			zh: '{href} 指向存下來的網站（{root}）以外的檔案，不會複製（以免發布電腦上的其他檔案）',
			en: '{href} names a file outside the saved site ({root}) and is not copied (it would publish another file of this computer)',
		},
		{ href, root },
	);

/**
 * Whether a file name may be written into files/: no character a file system refuses, none unseen (control characters,
 * a right-to-left mark turning 安排表.exe.pdf around), and no leading "." — a hidden file (.git.doc), which the build refuses.
 */
const safeName = (name: string): boolean => name !== '' && !name.startsWith('.') && !/[\\/:*?"<>|\p{Cc}\p{Cf}]/u.test(name);

/** The largest attachment the importer copies: four times the size npm run check warns of, far above a notice's PDF. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** What was done with a page's attachments: the body with its links rewritten, the files to write and the notes. */
export interface BroughtFiles {
	body: string;
	/** Files to write, relative to content/articles/. */
	files: Array<{ file: string; bytes: Buffer }>;
	warnings: string[];
}

/**
 * Brings the documents a page links to (附件：安排表.doc) from the mirror into the article's files/ folder, linked as the
 * editors' guide links attachments ([安排表.doc](./files/安排表.doc)); the file is named by its link's text when that is a
 * file name of the same kind, else by its old name. A link to a file the mirror lacks becomes its text, with a note.
 */
export function bringAttachments(
	body: string,
	options: { articleFile: string; pageDir: string; root: string; oldOrigin?: string; taken: (file: string) => boolean },
): BroughtFiles {
	const folder = posix.dirname(options.articleFile);
	const files: BroughtFiles['files'] = [];
	const warnings: string[] = [];
	const out = body.replace(LINK, (whole, text: string, href: string) => {
		if (!isAttachmentAddress(href)) return whole;
		const found = mirroredFile(href, options.pageDir, options.root, options.oldOrigin);
		if (found && 'outside' in found) {
			warnings.push(
				editorMessage(
					{ zh: '附件 {why}；只留下文字「{text}」', en: 'attachment {why}; only its text "{text}" is kept' },
					{ why: outsideMirror(href, options.root), text },
				),
			);
			return text;
		}
		const source = found?.file;
		if (!source) {
			warnings.push(
				editorMessage(
					{
						zh: '附件 {href} 在存下來的網站裡找不到，沒有匯入；只留下文字「{text}」（找到原件後放進 files/ 再連結）',
						en: 'attachment {href} is not in the saved site and was not brought in; only its text "{text}" is kept (put the file in files/ and link it)',
					},
					{ href, text },
				),
			);
			return text;
		}
		const size = statSync(source).size;
		if (size > MAX_ATTACHMENT_BYTES) {
			warnings.push(
				editorMessage(
					{
						zh: '附件 {href} 有 {size} MB，超過匯入的上限 {limit} MB，沒有複製；只留下文字「{text}」（縮小或分拆後放進 files/ 再連結）',
						en: 'attachment {href} is {size} MB, above the import limit of {limit} MB, and was not copied; only its text "{text}" is kept (make it smaller or split it, put it in files/ and link it)',
					},
					{ href, size: (size / 1024 / 1024).toFixed(1), limit: MAX_ATTACHMENT_BYTES / 1024 / 1024, text },
				),
			);
			return text;
		}
		let bytes: Buffer;
		try {
			bytes = readFileSync(source);
		} catch (error) {
			warnings.push(
				editorMessage(
					{
						zh: '附件 {href} 無法讀取（{error}），沒有複製；只留下文字「{text}」',
						en: 'attachment {href} cannot be read ({error}) and was not copied; only its text "{text}" is kept',
					},
					{ href, error: (error as Error).message, text },
				),
			);
			return text;
		}
		const old = parse(source);
		const named = text.trim();
		const byText = parse(named).ext.toLowerCase() === old.ext.toLowerCase() && safeName(named) ? named : old.base;
		const free = (name: string) => !files.some((f) => f.file === posix.join(folder, 'files', name)) && !options.taken(posix.join(folder, 'files', name));
		const stem = posix.basename(options.articleFile).replace(/\.mdx?$/, '');
		const name = safeName(byText) && free(byText) ? byText : `${stem}-${files.length + 1}${old.ext}`;
		files.push({ file: posix.join(folder, 'files', name), bytes });
		// Spaces and brackets would end the address; Chinese names stay as the guide writes them (./files/岭背镇义诊通知.pdf).
		const address = name.replace(/[\s()<>%]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
		return `[${text}](./files/${address})`;
	});
	return { body: out, files, warnings };
}
