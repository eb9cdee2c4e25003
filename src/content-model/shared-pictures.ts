import { basename } from 'node:path';
import { editorMessage } from './editor-messages.ts';
import type { Problem } from './problems.ts';

/** A picture an article shows: the picture file's absolute path, the article's display path and the line. */
export interface ShownPicture {
	path: string;
	file: string;
	line: number;
}

/**
 * A warning on each article that shows a picture file an earlier article (in file order) shows too. A picture may be
 * meant for both (a logo), but the web editor puts uploads into one folder a month and saves a photo over an earlier
 * one of the same name (微信图片 (2).jpg) without a word (trial-41): the earlier bulletin then shows the later photo.
 */
export function sharedPictures(pictures: readonly ShownPicture[]): Problem[] {
	const firstShownBy = new Map<string, string>();
	const problems: Problem[] = [];
	for (const { path, file, line } of pictures) {
		const first = firstShownBy.get(path);
		if (first === undefined) firstShownBy.set(path, file);
		else if (first !== file)
			problems.push({
				file,
				line,
				severity: 'warning',
				message: editorMessage(
					{ zh: '圖片 {picture} 也用在 {other}：兩篇快訊顯示同一個檔案', en: 'the picture {picture} is also shown by {other}: two bulletins show one file' },
					{ picture: basename(path), other: first },
				),
				hint: editorMessage({
					zh: '如果是兩張不同的照片，後上傳的已經蓋掉了前一張（網頁編輯器不會提醒）：給照片不同的檔名，把前一張放回去',
					en: 'if they are two different photos, the later upload has replaced the earlier one (the web editor does not warn): give the photos different names and put the earlier one back',
				}),
			});
	}
	return problems;
}
