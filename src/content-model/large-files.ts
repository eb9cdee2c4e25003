// A picture straight from a camera (12 MB) or a scanned notice attached whole passed the check without a word. Pictures
// are resized by the build (astro:assets: several widths, WebP and AVIF), so readers never download the original, but it
// stays in the repository for good and every whole build decodes it and encodes a dozen widths of it. Attachments are
// published as they are: a reader on a phone downloads all of it.
import { editorMessage } from './editor-messages.ts';
import type { Problem } from './problems.ts';

/** Above this a picture or an attachment is warned of: a phone's photo is 2–4 MB, a notice's PDF a few hundred kB. */
const LARGE_FILE_BYTES = 5 * 1024 * 1024;

/** Bytes in megabytes with one decimal, as editors see sizes in their file manager (12.3 MB). */
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * The warning for a picture (`kind: 'picture'`) or an attachment of `bytes` linked as `src` on `line` of `file`, when it
 * is above LARGE_FILE_BYTES: its size, what it costs readers on phones and the site, and how to make it smaller.
 */
export function largeFileProblem(kind: 'picture' | 'attachment', src: string, bytes: number, file: string, line: number): Problem | undefined {
	if (bytes <= LARGE_FILE_BYTES) return undefined;
	const values = { src, size: megabytes(bytes), limit: megabytes(LARGE_FILE_BYTES) };
	return kind === 'picture'
		? {
				file,
				line,
				severity: 'warning',
				message: editorMessage(
					{
						zh: '圖片 {src} 有 {size}（超過 {limit}）：網站會把它縮成幾種寬度，手機讀者只下載縮小的版本（最寬約 1,000 像素，一兩百 kB），原圖不發佈；但原圖永遠留在版本庫裡，每次完整建置都要解碼它、編碼十幾種寬度，建置因此變慢',
						en: 'picture {src} is {size} (over {limit}): the site resizes it to several widths and readers on phones download only a small one (about 1,000 px wide, a hundred or two kB), never the original; but the original stays in the repository for good, and every whole build decodes it and encodes a dozen widths of it, which slows the build',
					},
					values,
				),
				hint: editorMessage({
					zh: '把圖片縮到 2,000 像素寬再換掉這個檔案（WPS 圖片或「畫圖」的「調整大小」，存成品質 85 的 JPEG，通常不到 1 MB）',
					en: 'resize it to 2,000 px wide and replace this file (Resize in WPS pictures or Paint, saved as a JPEG of quality 85: usually under 1 MB)',
				}),
			}
		: {
				file,
				line,
				severity: 'warning',
				message: editorMessage(
					{
						zh: '附件 {src} 有 {size}（超過 {limit}）：附件照原樣發佈，手機讀者點一下就要下載整整 {size}',
						en: 'attachment {src} is {size} (over {limit}): attachments are published as they are, and a reader on a phone who taps it downloads all {size}',
					},
					values,
				),
				hint: editorMessage({
					zh: '掃描的 PDF 用 150 dpi 灰階重新掃描或用 WPS 的「PDF 壓縮」縮小；照片先縮到 2,000 像素寬；大的表格只附需要的部分',
					en: 'scan the PDF again at 150 dpi in greyscale or shrink it with "Compress PDF" in WPS; resize photos to 2,000 px wide first; attach only the part of a large table that is needed',
				}),
			};
}
