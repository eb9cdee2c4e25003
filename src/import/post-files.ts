import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, parse, posix, resolve } from 'node:path';
import { isAttachmentName } from '../content-model/attachments.ts';
import { editorMessage } from '../content-model/editor-messages.ts';

/** A folder wget -r names for the site's host: www.stx.gov.cn, localhost:8080. */
const HOST_FOLDER = /^[\w-]+(?:\.[\w-]+)+(?::\d+)?$|^localhost(?::\d+)?$/;

/** A link to a document in a page's text, written by blocks.ts as [text](address): text, address, where it stands. */
const LINK = /(?<!!)\[([^\]\n]*)\]\(([^\s)]+)\)/g;

/** Whether an address names a document an article may attach (P020130425398127361204.doc, /UploadFiles/…/x.xls). */
export const isAttachmentAddress = (href: string): boolean => isAttachmentName(href.split(/[?#]/)[0]!);

/**
 * The file of the mirror an attachment's address names: relative to the page's folder; a path from the site's root
 * (/UploadFiles/…, or the old site's full address) from the folder of the page's ancestors that holds it (wget -r
 * keeps the site under a folder named for its host). Undefined when the mirror lacks it.
 */
export function mirroredFile(href: string, pageDir: string, oldOrigin?: string): string | undefined {
	let path = href.split(/[?#]/)[0]!;
	if (/^(?:https?:)?\/\//i.test(path)) {
		const url = new URL(path, 'https://x.invalid');
		if (!oldOrigin || url.origin !== oldOrigin) return undefined;
		path = url.pathname;
	} else if (/^[a-z][a-z0-9+.-]*:/i.test(path)) return undefined;
	try {
		path = decodeURI(path);
	} catch {
		return undefined;
	}
	const isFile = (file: string) => existsSync(file) && statSync(file).isFile();
	if (!path.startsWith('/')) return isFile(resolve(pageDir, path)) ? resolve(pageDir, path) : undefined;
	// Up to the folder named for a host (www.zrx.gov.cn), never the file system's root: /images/x.jpg is no system file.
	for (let dir = resolve(pageDir); dirname(dir) !== dir; dir = dirname(dir)) {
		if (isFile(join(dir, path))) return join(dir, path);
		if (HOST_FOLDER.test(basename(dir))) return undefined;
	}
	return undefined;
}

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
	options: { articleFile: string; pageDir: string; oldOrigin?: string; taken: (file: string) => boolean },
): BroughtFiles {
	const folder = posix.dirname(options.articleFile);
	const files: BroughtFiles['files'] = [];
	const warnings: string[] = [];
	const out = body.replace(LINK, (whole, text: string, href: string) => {
		if (!isAttachmentAddress(href)) return whole;
		const source = mirroredFile(href, options.pageDir, options.oldOrigin);
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
		const old = parse(source);
		const named = text.trim();
		const byText = parse(named).ext.toLowerCase() === old.ext.toLowerCase() && !/[\\/:*?"<>|]/.test(named) ? named : old.base;
		const free = (name: string) => !files.some((f) => f.file === posix.join(folder, 'files', name)) && !options.taken(posix.join(folder, 'files', name));
		const stem = posix.basename(options.articleFile).replace(/\.mdx?$/, '');
		const name = free(byText) ? byText : `${stem}-${files.length + 1}${old.ext}`;
		files.push({ file: posix.join(folder, 'files', name), bytes: readFileSync(source) });
		// Spaces and brackets would end the address; Chinese names stay as the guide writes them (./files/岭背镇义诊通知.pdf).
		const address = name.replace(/[\s()<>%]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
		return `[${text}](./files/${address})`;
	});
	return { body: out, files, warnings };
}
