import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkImageReferences } from '../../src/content-model/images.ts';
import { checkAttachments } from '../../src/content-model/attachments.ts';

// A 12 MB photo straight from a camera, and a scanned notice of 12 MB attached, passed npm run check without a word.
const content = mkdtempSync(join(tmpdir(), 'large-files-'));
const month = join(content, 'articles', '2020', '02');
mkdirSync(join(month, 'images'), { recursive: true });
mkdirSync(join(month, 'files'), { recursive: true });
/** A file of `megabytes` that starts as a JPEG does (the check reads only its signature and its size). */
const file = (path: string, megabytes: number) => {
	writeFileSync(path, Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
	truncateSync(path, Math.round(megabytes * 1024 * 1024));
};
file(join(month, 'images', 'camera.jpg'), 12.3);
file(join(month, 'images', 'phone.jpg'), 3);
file(join(month, 'files', 'scan.pdf'), 12.3);
file(join(month, 'files', 'notice.pdf'), 0.4);
const article = join(month, '08-fuan-x.md');
const name = 'content/articles/2020/02/08-fuan-x.md';

afterAll(() => rmSync(content, { recursive: true, force: true }));

describe('a picture or an attachment above 5 MB', () => {
	it('is warned of with its file, line, size, what phones pay and the fix; a phone’s photo is not', () => {
		const { problems, found } = checkImageReferences(
			[
				{ src: './images/camera.jpg', alt: '候診區', line: 7 },
				{ src: './images/phone.jpg', alt: '門診', line: 9 },
			],
			article,
			content,
			name,
		);
		expect(found).toHaveLength(2);
		expect(problems).toEqual([
			{
				file: name,
				line: 7,
				severity: 'warning',
				message: expect.stringMatching(
					/^圖片 \.\/images\/camera\.jpg 有 12\.3 MB（超過 5\.0 MB）：.*手機讀者只下載縮小的版本.*原圖不發佈.*原圖永遠留在版本庫裡/,
				),
				hint: expect.stringContaining('縮到 2,000 像素寬'),
			},
		]);
	});

	it('an attachment says readers on phones download all of it', () => {
		const body = '附件：[通知掃描件](./files/scan.pdf)\n\n附件：[通知](./files/notice.pdf)\n';
		const { problems, found } = checkAttachments(body, 5, '2020/02/08-fuan-x', join(content, 'articles'), name);
		expect(found).toEqual(['2020/02/files/scan.pdf', '2020/02/files/notice.pdf']);
		expect(problems).toEqual([
			{
				file: name,
				line: 5,
				severity: 'warning',
				message: expect.stringMatching(/^附件 \.\/files\/scan\.pdf 有 12\.3 MB（超過 5\.0 MB）：附件照原樣發佈，手機讀者點一下就要下載整整 12\.3 MB$/),
				hint: expect.stringContaining('PDF 壓縮'),
			},
		]);
	});
});
