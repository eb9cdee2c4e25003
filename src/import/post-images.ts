import { readFileSync, statSync } from 'node:fs';
import { posix } from 'node:path';
import sharp from 'sharp';
import { editorMessage } from '../content-model/editor-messages.ts';
import { mirroredFile, outsideMirror } from './post-files.ts';

/** A picture a post shows, where it is in the body, and the words that describe it. */
export interface PostImage {
	/** Offsets of the whole reference in the body, so it can be replaced. */
	start: number;
	end: number;
	src: string;
	alt: string;
	/** A caption the reader saw (Hugo figure caption, Markdown title), kept as text under the picture. */
	caption: string;
}

const attribute = (tag: string, name: string) =>
	new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i')
		.exec(tag)
		?.slice(1)
		.find((v) => v !== undefined) ?? '';

// A backslash before one (\![…], \<img …>) makes it text: the importer escapes what a page only shows (markdown-text.ts).
const IMAGE = /(?<!\\)!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+["']([^)]*)["'])?\s*\)|(?<!\\)<img\b[^>]*>|\{\{[<%]\s*figure\b[^}]*[>%]\}\}/gi;

/** The pictures of a Markdown body: ![alt](src "title"), <img>, and Hugo's figure shortcode. */
export function postImages(body: string): PostImage[] {
	return [...body.matchAll(IMAGE)].map((m) => {
		const whole = m[0];
		const base = { start: m.index, end: m.index + whole.length };
		if (whole.startsWith('!')) return { ...base, src: m[2]!, alt: m[1]!.trim(), caption: (m[3] ?? '').trim() };
		const caption = whole.startsWith('<') ? attribute(whole, 'title') : attribute(whole, 'caption') || attribute(whole, 'title');
		return { ...base, src: attribute(whole, 'src'), alt: attribute(whole, 'alt').trim(), caption: caption.trim() };
	});
}

/** Limits on a download: a picture larger or slower than this is not brought in. */
export interface FetchLimits {
	timeoutMs: number;
	maxBytes: number;
}

/** The formats the site's image pipeline publishes, by sharp's name, with the extension to save them under. */
const FORMATS: Record<string, string> = { jpeg: 'jpg', png: 'png', webp: 'webp', gif: 'gif', avif: 'avif', heif: 'avif', tiff: 'tif' };

export type Fetched = { ok: true; bytes: Buffer; extension: string } | { ok: false; reason: string };

/** Why a download larger than the limit was cut off. */
const tooLarge = (limits: FetchLimits): Fetched => ({
	ok: false,
	reason: editorMessage({ zh: '超過 {megabytes} MB 上限', en: 'larger than the {megabytes} MB limit' }, { megabytes: limits.maxBytes / 1e6 }),
});

/** Whether bytes are a whole picture in a format the site publishes: sharp must decode every pixel. */
async function decodablePicture(bytes: Buffer): Promise<Fetched> {
	try {
		const { format } = await sharp(bytes).metadata();
		const extension = format && FORMATS[format];
		if (!extension)
			return {
				ok: false,
				reason: editorMessage(
					{ zh: '格式 {format} 不是 JPEG、PNG、WebP、GIF、AVIF 或 TIFF', en: 'the format {format} is not JPEG, PNG, WebP, GIF, AVIF or TIFF' },
					{ format: format ?? editorMessage({ zh: '不明', en: 'unknown' }) },
				),
			};
		await sharp(bytes).stats();
		return { ok: true, bytes, extension };
	} catch (error) {
		return {
			ok: false,
			reason: editorMessage(
				{ zh: '圖片無法解碼（{error}）', en: 'the picture cannot be decoded ({error})' },
				{ error: (error as Error).message.split('\n')[0]! },
			),
		};
	}
}

/** A picture of the mirror or next to the post, within the size limit (a 2.5 GB file would stop the import), decoded. */
export async function readPicture(path: string, limits: FetchLimits): Promise<Fetched> {
	try {
		if (statSync(path).size > limits.maxBytes) return tooLarge(limits);
		return await decodablePicture(readFileSync(path));
	} catch (error) {
		return { ok: false, reason: editorMessage({ zh: '無法讀取（{error}）', en: 'cannot be read ({error})' }, { error: (error as Error).message }) };
	}
}

/** Downloads one picture over http(s) within the limits, checking its content type and that sharp can decode it. */
export async function fetchPicture(url: string, limits: FetchLimits): Promise<Fetched> {
	let address: URL;
	try {
		address = new URL(url);
	} catch {
		return { ok: false, reason: editorMessage({ zh: '不是有效的網址', en: 'not a valid address' }) };
	}
	if (address.protocol !== 'http:' && address.protocol !== 'https:')
		return {
			ok: false,
			reason: editorMessage(
				{ zh: '只下載 http(s) 網址，不下載 {protocol}', en: 'only http(s) addresses are downloaded, not {protocol}' },
				{ protocol: address.protocol },
			),
		};
	const signal = AbortSignal.timeout(limits.timeoutMs);
	try {
		const response = await fetch(address, { signal, redirect: 'follow' });
		if (!response.ok)
			return { ok: false, reason: editorMessage({ zh: '伺服器回應 {status}', en: 'the server answered {status}' }, { status: response.status }) };
		const type = response.headers.get('content-type') ?? '';
		if (!type.toLowerCase().startsWith('image/'))
			return {
				ok: false,
				reason: editorMessage(
					{ zh: '內容類型是 {type}，不是圖片', en: 'the content type is {type}, not a picture' },
					{ type: type || editorMessage({ zh: '未標明', en: 'not given' }) },
				),
			};
		if (Number(response.headers.get('content-length') ?? 0) > limits.maxBytes) return tooLarge(limits);
		const chunks: Uint8Array[] = [];
		let size = 0;
		// Leaving the loop early cancels the download, so a server that sends without end is cut off at the limit.
		for await (const chunk of response.body ?? []) {
			size += chunk.length;
			if (size > limits.maxBytes) return tooLarge(limits);
			chunks.push(chunk);
		}
		return decodablePicture(Buffer.concat(chunks));
	} catch (error) {
		return {
			ok: false,
			reason: signal.aborted
				? editorMessage({ zh: '超過 {seconds} 秒仍未下載完', en: 'not downloaded within {seconds} s' }, { seconds: limits.timeoutMs / 1000 })
				: editorMessage({ zh: '無法連線（{error}）', en: 'cannot connect ({error})' }, { error: (error as Error).message }),
		};
	}
}

/**
 * Where a post's picture comes from: a file next to the post, or in the saved site (wget -r's copy of /images/… or of
 * the old site's full address, found up the page's folders to the mirror's root) before the network; a download; a file
 * outside the mirror's root, never read; or nowhere the importer can reach.
 */
export function pictureSource(
	src: string,
	postDir: string,
	root: string,
	oldOrigin?: string,
): { url: string } | { path: string } | { outside: string } | undefined {
	const mirrored = /^[a-z][a-z0-9+.-]*:/i.test(src) && !/^https?:/i.test(src) ? undefined : mirroredFile(src, postDir, root, oldOrigin);
	if (mirrored) return 'file' in mirrored ? { path: mirrored.file } : mirrored;
	if (/^https?:\/\//i.test(src)) return { url: src };
	if (src.startsWith('//')) return { url: `https:${src}` };
	if (src.startsWith('/')) return oldOrigin ? { url: new URL(src, oldOrigin).href } : undefined;
	return undefined;
}

/** A picture to write next to the article, and what was done with the body. */
export interface BroughtPictures {
	body: string;
	/** Files to write, relative to content/articles/. */
	files: Array<{ file: string; bytes: Buffer }>;
	warnings: string[];
}

/**
 * Brings a post's pictures into the article's folder (images/<article>-<n>.<ext>), each referenced as ![alt](./images/…)
 * with its caption kept as text below; a picture that cannot be brought in is replaced by its caption, with a warning.
 */
export async function bringPictures(
	body: string,
	options: { articleFile: string; postDir: string; root: string; oldOrigin?: string; limits: FetchLimits },
): Promise<BroughtPictures> {
	const folder = posix.dirname(options.articleFile);
	const stem = posix.basename(options.articleFile).replace(/\.mdx?$/, '');
	const files: BroughtPictures['files'] = [];
	const warnings: string[] = [];
	let out = '';
	let from = 0;
	for (const image of postImages(body)) {
		const source = pictureSource(image.src, options.postDir, options.root, options.oldOrigin);
		const words = image.alt || image.caption;
		let replacement: string;
		if (source && 'outside' in source) {
			const kept = image.caption || image.alt;
			warnings.push(
				editorMessage(
					{ zh: '圖片 {why}；只留下說明文字「{kept}」', en: 'picture {why}; only its caption "{kept}" is kept' },
					{ why: outsideMirror(image.src, options.root), kept },
				),
			);
			replacement = kept;
		} else if (!source) {
			const why = image.src.startsWith('/')
				? editorMessage({
						zh: '站內路徑要加 --old-url 舊網站網址才能下載',
						en: "a path within the site needs --old-url, the old site's address, to be downloaded",
					})
				: editorMessage({ zh: '文章旁邊沒有這個檔案', en: 'no such file next to the post' });
			warnings.push(
				editorMessage(
					{
						zh: '圖片 {src} 找不到來源（{why}），保留原樣，npm run check 會報錯',
						en: 'picture {src} has no source ({why}); kept as written, npm run check will report it',
					},
					{ src: image.src, why },
				),
			);
			replacement = body.slice(image.start, image.end);
		} else {
			const got = 'url' in source ? await fetchPicture(source.url, options.limits) : await readPicture(source.path, options.limits);
			if (got.ok) {
				const name = `images/${stem}-${files.length + 1}.${got.extension}`;
				files.push({ file: posix.join(folder, name), bytes: got.bytes });
				replacement = `![${words}](./${name})${image.caption && image.caption !== words ? `\n\n${image.caption}` : ''}`;
				if (!words)
					warnings.push(
						editorMessage(
							{ zh: '圖片 {src} 沒有說明文字；請在 ![] 的方括號裡描述圖片', en: 'picture {src} has no description; describe it between the brackets of ![]' },
							{ src: image.src },
						),
					);
			} else {
				const caption = image.caption || image.alt;
				const outcome = caption
					? editorMessage({ zh: '已換成說明文字「{caption}」', en: 'replaced by its caption "{caption}"' }, { caption })
					: editorMessage({ zh: '它沒有說明文字，已刪除', en: 'it has no caption, so it was removed' });
				warnings.push(
					editorMessage(
						{ zh: '圖片 {src} 無法匯入：{reason}；{outcome}', en: 'picture {src} cannot be imported: {reason}; {outcome}' },
						{ src: image.src, reason: got.reason, outcome },
					),
				);
				replacement = caption;
			}
		}
		out += body.slice(from, image.start) + replacement;
		from = image.end;
	}
	return { body: out + body.slice(from), files, warnings };
}
