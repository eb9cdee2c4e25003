import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkImageReferences } from '../../src/content-model/images.ts';
import { checkAttachments } from '../../src/content-model/attachments.ts';
import { bringAttachments } from '../../src/import/post-files.ts';

// Link texts .git.doc, .hidden.pdf and ..doc became files/.git.doc …: npm run check passed and the build refused the site (trial-44).
const content = mkdtempSync(join(tmpdir(), 'hidden-names-'));
const month = join(content, 'articles', '2020', '03');
mkdirSync(join(month, 'images'), { recursive: true });
mkdirSync(join(month, 'files'), { recursive: true });
writeFileSync(join(month, 'files', '.git.doc'), 'schedule');
writeFileSync(join(month, 'images', '.photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
const name = 'content/articles/2020/03/05-x.md';
afterAll(() => rmSync(content, { recursive: true, force: true }));

describe('a name starting with "."', () => {
	it('is an error of npm run check for an attachment, with its file and line', () => {
		const { problems, found } = checkAttachments('正文\n\n附件：[安排表](./files/.git.doc)\n', 7, '2020/03/05-x', join(content, 'articles'), name);
		expect(found).toEqual([]);
		expect(problems).toEqual([
			{
				file: name,
				line: 9,
				severity: 'error',
				message: expect.stringMatching(/^附件 \.\/files\/\.git\.doc 的名字 \.git\.doc 以「\.」開頭/),
				hint: expect.stringContaining('git.doc'),
			},
		]);
	});

	it('is an error of npm run check for a picture, with its file and line', () => {
		const { problems } = checkImageReferences([{ src: './images/.photo.jpg', alt: '現場', line: 4 }], join(month, '05-x.md'), content, name);
		expect(problems).toEqual([expect.objectContaining({ file: name, line: 4, severity: 'error', message: expect.stringMatching(/^圖片 .*以「\.」開頭/) })]);
	});

	it('and a broken %-escape in a picture path is an error on its line, not a stop of the whole check (trial-44)', () => {
		const { problems } = checkImageReferences([{ src: './images/%E0%A4%A.png', alt: '口罩', line: 6 }], join(month, '05-x.md'), content, name);
		expect(problems).toEqual([expect.objectContaining({ file: name, line: 6, severity: 'error', message: '圖片 ./images/%E0%A4%A.png 的「%」編碼不完整' })]);
	});

	it('is never written by the importer: the mirror’s name, else the article’s, is used', () => {
		const mirror = join(content, 'www.hostile.gov.cn');
		mkdirSync(mirror);
		writeFileSync(join(mirror, 'ok.doc'), 'schedule');
		writeFileSync(join(mirror, '.hid.pdf'), 'hidden');
		writeFileSync(join(mirror, 'ctl.pdf'), 'mark');
		const body = ['[.git.doc](./ok.doc)', '[..doc](./ok.doc)', '[.hidden.pdf](./.hid.pdf)', '[\u202Efdp.exe.pdf](./ctl.pdf)'].join('\n\n');
		const brought = bringAttachments(body, { articleFile: '2020/03/05-x.md', pageDir: mirror, root: mirror, taken: () => false });
		expect(brought.files.map((f) => f.file)).toEqual(['2020/03/files/ok.doc', '2020/03/files/05-x-2.doc', '2020/03/files/05-x-3.pdf', '2020/03/files/ctl.pdf']);
	});
});
