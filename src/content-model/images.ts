import { closeSync, existsSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { proseLines } from './prose-lines.ts';
import { editorMessage } from './editor-messages.ts';
import { markdownTargets } from './markdown-targets.ts';
import { caseMatch, hiddenName, hiddenNameProblem } from './attachments.ts';
import { dirname, relative, resolve, sep } from 'node:path';
import sharp from 'sharp';
import type { Problem } from './problems.ts';
import { largeFileProblem } from './large-files.ts';

/** A picture an article shows: in its text (![alt](./images/x.jpg) or <img>) or as its lead image (image/imageAlt). */
export interface ImageReference {
	src: string;
	/** null when the alt text is another field's job (the lead image's imageAlt, which the schema requires). */
	alt: string | undefined | null;
	line: number;
	/** Written as an HTML <img> tag rather than Markdown. */
	html?: boolean;
}

const HTML_IMAGE = /<img\b[^>]*>/gi;
// Quoted or not, as a browser reads attributes: <img src=x> is as much a picture as <img src="x">.
const attribute = (tag: string, name: string) =>
	new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+))`, 'i')
		.exec(tag)
		?.slice(1)
		.find((v) => v !== undefined);

/** The images a Markdown body shows, with the line each is on (counted from `firstLine`); code spans and blocks show none. */
export function bodyImages(body: string, firstLine: number): ImageReference[] {
	const images: ImageReference[] = [];
	for (const [text, line] of proseLines(body, firstLine)) {
		for (const t of markdownTargets(text).targets) if (t.image) images.push({ src: t.href, alt: t.label, line });
		for (const m of text.matchAll(HTML_IMAGE)) images.push({ src: attribute(m[0], 'src') ?? '', alt: attribute(m[0], 'alt'), line, html: true });
	}
	return images;
}

// File signatures of the formats Astro's image service reads: JPEG, PNG, GIF, WebP, AVIF, TIFF.
const SIGNATURES: Array<[PictureFormat, (b: Buffer) => boolean]> = [
	['jpeg', (b) => b[0] === 0xff && b[1] === 0xd8],
	['png', (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))],
	['gif', (b) => b.subarray(0, 4).toString('latin1') === 'GIF8'],
	['webp', (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP'],
	['tiff', (b) => ['II*\0', 'MM\0*'].includes(b.subarray(0, 4).toString('latin1'))],
];

/** What a file holds, by its signature; `heic` and `video` are ISO media files the build cannot publish as pictures. */
type PictureFormat = 'jpeg' | 'png' | 'gif' | 'webp' | 'tiff' | 'avif' | 'heic' | 'video';

/**
 * The format of an ISO media file (HEIF, AVIF, MP4, MOV) by the brands of its "ftyp" box: AVIF and HEIC share the
 * container and differ only there, and a phone's HEIC photo or Live Photo video is not a picture the build can read.
 */
function isoMediaFormat(head: Buffer): PictureFormat | undefined {
	if (head.subarray(4, 8).toString('latin1') !== 'ftyp') return undefined;
	const size = Math.min(head.readUInt32BE(0), head.length);
	const brands = [head.subarray(8, 12).toString('latin1')];
	for (let at = 16; at + 4 <= size; at += 4) brands.push(head.subarray(at, at + 4).toString('latin1'));
	if (brands.some((b) => b === 'avif' || b === 'avis')) return 'avif';
	if (brands.some((b) => ['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs', 'mif1', 'msf1'].includes(b))) return 'heic';
	return 'video';
}

function pictureFormat(path: string): PictureFormat | undefined {
	const head = Buffer.alloc(64);
	const fd = openSync(path, 'r');
	try {
		readSync(fd, head, 0, head.length, 0);
	} finally {
		closeSync(fd);
	}
	return isoMediaFormat(head) ?? SIGNATURES.find(([, matches]) => matches(head))?.[0];
}

/**
 * Problems with an article's images that the file system can tell at once: no alt text, a picture from another site,
 * a path outside content/, a missing file, a file that is not an image. Returns the absolute paths that passed.
 */
export function checkImageReferences(
	images: ImageReference[],
	articlePath: string,
	contentRoot: string,
	file: string,
): { problems: Problem[]; found: Array<{ path: string; line: number }> } {
	const problems: Problem[] = [];
	const found: Array<{ path: string; line: number }> = [];
	const error = (line: number, message: string, hint: string) => problems.push({ file, line, severity: 'error', message, hint });
	for (const { src, alt, line } of images) {
		if (alt !== null && !alt?.trim()) {
			error(
				line,
				editorMessage(
					{ zh: '圖片 {src} 沒有替代文字', en: 'image {src} has no alt text' },
					{ src: src || editorMessage({ zh: '（沒有 src）', en: '(no src)' }) },
				),
				editorMessage({
					zh: '在方括號裡描述圖片：![醫護人員在社區為居民量體溫](./images/x.jpg)',
					en: 'describe the picture in the brackets: ![醫護人員在社區為居民量體溫](./images/x.jpg)',
				}),
			);
		}
		if (/^([a-z]+:)?\/\//i.test(src) || src.startsWith('data:')) {
			error(
				line,
				editorMessage({ zh: '圖片 {src} 不是本站的檔案', en: 'image {src} is not a file of the site' }, { src: src.slice(0, 60) }),
				editorMessage({
					zh: '把圖片存到文章旁邊的 images/ 資料夾，寫成 ./images/name.jpg；用別的網站的圖片，那個網站就會知道誰在讀快訊',
					en: 'save the picture into an images/ folder next to the article and link it as ./images/name.jpg; pictures from other sites would tell them who reads the bulletin',
				}),
			);
			continue;
		}
		if (src.includes('\\')) {
			error(
				line,
				editorMessage({ zh: '圖片 {src} 用了反斜線「\\」', en: 'image {src} has backslashes "\\"' }, { src }),
				editorMessage({ zh: '路徑裡的資料夾用「/」分隔：{fixed}', en: 'separate folders in the path with "/": {fixed}' }, { fixed: src.replaceAll('\\', '/') }),
			);
			continue;
		}
		let decoded: string;
		try {
			decoded = decodeURI(src);
		} catch {
			// A broken %-escape (%E0%A4%A) stopped the whole check with "URI malformed" and no file (trial-44).
			error(
				line,
				editorMessage({ zh: '圖片 {src} 的「%」編碼不完整', en: 'image {src} has a broken %-escape' }, { src }),
				editorMessage({
					zh: '把路徑寫成圖片檔名本身，例如 ./images/口罩.jpg',
					en: 'write the path as the picture’s file name itself, e.g. ./images/口罩.jpg',
				}),
			);
			continue;
		}
		const path = resolve(dirname(articlePath), decoded);
		if (!path.startsWith(contentRoot + sep)) {
			error(
				line,
				editorMessage({ zh: '圖片 {src} 在 content 資料夾外面', en: 'image {src} is outside the content folder' }, { src }),
				editorMessage({ zh: '圖片放在文章旁邊的 images/ 資料夾', en: 'keep pictures in an images/ folder next to the article' }),
			);
			continue;
		}
		const hidden = hiddenName(relative(contentRoot, path));
		if (hidden) {
			problems.push(hiddenNameProblem('image', src, hidden, file, line));
			continue;
		}
		if (!existsSync(path)) {
			error(
				line,
				editorMessage(
					{ zh: '圖片 {src} 不存在（找的是 {path}）', en: 'image {src} does not exist (looked for {path})' },
					{ src, path: relative(process.cwd(), path) },
				),
				caseMatch(path) === undefined
					? editorMessage({ zh: '檢查檔名，以及圖片有沒有一起提交', en: 'check the file name and that the picture was committed' })
					: editorMessage(
							{
								zh: '同一個資料夾裡有 {near}：檔名的大小寫要和路徑一樣',
								en: 'the folder has {near}: the name must match the path letter for letter, case too',
							},
							{ near: caseMatch(path)! },
						),
			);
			continue;
		}
		if (!realpathSync(path).startsWith(realpathSync(contentRoot) + sep)) {
			error(
				line,
				editorMessage({ zh: '圖片 {src} 是指向 content 資料夾外檔案的連結', en: 'image {src} is a link to a file outside the content folder' }, { src }),
				editorMessage({ zh: '把圖片本身複製到 images/ 資料夾', en: 'copy the picture itself into the images/ folder' }),
			);
			continue;
		}
		if (!statSync(path).isFile()) {
			error(
				line,
				editorMessage({ zh: '圖片 {src} 是資料夾，不是圖片', en: 'image {src} is a folder, not a picture' }, { src }),
				editorMessage({ zh: '連到圖片檔，例如 ./images/name.jpg', en: 'link the picture file, e.g. ./images/name.jpg' }),
			);
			continue;
		}
		if (statSync(path).size === 0) {
			// A copy or an upload that stopped before its first byte: the picture itself is not there, whatever its format.
			error(
				line,
				editorMessage({ zh: '圖片 {src} 是空的檔案（0 位元組）', en: 'image {src} is an empty file (0 bytes)' }, { src }),
				editorMessage({
					zh: '重新複製或上傳原來的圖片檔，再提交一次',
					en: 'copy or upload the original picture again, then commit it again',
				}),
			);
			continue;
		}
		const format = pictureFormat(path);
		if (format === 'heic' || format === 'video') {
			error(
				line,
				format === 'heic'
					? editorMessage(
							{
								zh: '圖片 {src} 是 HEIC 格式（手機拍的照片），網站無法發佈這種格式',
								en: 'image {src} is a HEIC photo (as phones take them), a format the site cannot publish',
							},
							{ src },
						)
					: editorMessage(
							{ zh: '圖片 {src} 是影片（MP4、MOV 或動態照片），不是圖片', en: 'image {src} is a video (MP4, MOV or a Live Photo), not a picture' },
							{ src },
						),
				editorMessage({
					zh: '把照片另存為 JPEG：在 WPS 圖片裡選「另存為」JPG，或在手機的相機設定選「最相容」（iPhone：設定 → 相機 → 格式），再換掉這個檔案',
					en: 'save the photo as JPEG: "Save as" JPG in WPS pictures, or choose "Most Compatible" in the phone\'s camera settings (iPhone: Settings → Camera → Formats), then replace this file',
				}),
			);
			continue;
		}
		if (format === undefined) {
			error(
				line,
				editorMessage(
					{ zh: '圖片 {src} 不是 JPEG、PNG、GIF、WebP、AVIF 或 TIFF 檔', en: 'image {src} is not a JPEG, PNG, GIF, WebP, AVIF or TIFF file' },
					{ src },
				),
				editorMessage({ zh: '把圖片重新匯出為 JPEG 或 PNG', en: 'export the picture again as JPEG or PNG' }),
			);
			continue;
		}
		const large = largeFileProblem('picture', src, statSync(path).size, file, line);
		if (large) problems.push(large);
		found.push({ path, line });
	}
	return { problems, found };
}

/** Decodes every image fully (each file once), since a truncated or damaged file would otherwise be published as a broken picture. */
export async function verifyImages(images: Array<{ path: string; file: string; line: number }>): Promise<Problem[]> {
	const problems: Problem[] = [];
	const seen = new Set<string>();
	for (const image of images) {
		if (seen.has(image.path)) continue;
		seen.add(image.path);
		try {
			await sharp(image.path).stats();
		} catch (error) {
			problems.push({
				file: image.file,
				line: image.line,
				severity: 'error',
				message: editorMessage(
					{ zh: '圖片 {path} 無法讀取：{detail}', en: 'image {path} cannot be read: {detail}' },
					{ path: relative(process.cwd(), image.path), detail: (error as Error).message.split('\n')[0]! },
				),
				hint: editorMessage({ zh: '檔案損壞或不完整；請重新匯出', en: 'the file is damaged or truncated; export it again' }),
			});
		}
	}
	return problems;
}
