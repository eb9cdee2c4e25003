import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bringAttachments, MAX_ATTACHMENT_BYTES } from '../../src/import/post-files.ts';
import { bringPictures } from '../../src/import/post-images.ts';

// One page's bad picture or huge attachment stopped the whole import with a bare English error (trial-44).
const mirror = mkdtempSync(join(tmpdir(), 'bad-files-'));
const pageDir = join(mirror, 'www.q.gov.cn/a');
mkdirSync(pageDir, { recursive: true });
afterAll(() => rmSync(mirror, { recursive: true, force: true }));
const limits = { timeoutMs: 50, maxBytes: 1e6 };

describe('a picture the importer cannot take', () => {
	it('is refused with its reason, not thrown: a broken %-escape, a folder (src="./"), a file over the limit', async () => {
		writeFileSync(join(pageDir, 'huge.png'), '');
		truncateSync(join(pageDir, 'huge.png'), 2e6);
		const body = ['![会议现场](%E0%A4%A.png)', '![现场](./)', '![大图](./huge.png)'].join('\n\n');
		const brought = await bringPictures(body, { articleFile: '2020/04/02-x.md', postDir: pageDir, root: mirror, limits });
		expect(brought.files).toEqual([]);
		expect(brought.warnings).toEqual([
			expect.stringMatching(/^圖片 %E0%A4%A\.png 找不到來源/),
			expect.stringMatching(/^圖片 \.\/ 找不到來源/),
			expect.stringMatching(/^圖片 \.\/huge\.png 無法匯入：超過 1 MB 上限/),
		]);
	});
});

describe('an attachment over the import limit', () => {
	it('is not copied: its text stays, with its size and the limit', () => {
		writeFileSync(join(pageDir, 'big.zip'), '');
		// A sparse file: as large as the limit says, without taking the disk.
		truncateSync(join(pageDir, 'big.zip'), MAX_ATTACHMENT_BYTES + 1);
		const brought = bringAttachments('附件：[资料包.zip](./big.zip)', { articleFile: '2020/06/01-x.md', pageDir, root: mirror, taken: () => false });
		expect(brought).toEqual({
			body: '附件：资料包.zip',
			files: [],
			warnings: [expect.stringMatching(/^附件 \.\/big\.zip 有 20\.0 MB，超過匯入的上限 20 MB，沒有複製/)],
		});
	});
});
