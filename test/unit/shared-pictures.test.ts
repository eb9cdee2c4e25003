import { describe, expect, it } from 'vitest';
import { sharedPictures } from '../../src/content-model/shared-pictures.ts';

describe('pictures shown by two bulletins (trial-41: the web editor saved a photo over another of the same name)', () => {
	const picture = '/site/content/articles/2026/12/images/微信图片-2-.jpg';

	it('warns on the later bulletin, naming the earlier one and the picture', () => {
		const problems = sharedPictures([
			{ path: picture, file: 'content/articles/2026/12/01-fuan-a.md', line: 9 },
			{ path: '/site/content/articles/2026/12/images/other.jpg', file: 'content/articles/2026/12/01-fuan-a.md', line: 12 },
			{ path: picture, file: 'content/articles/2026/12/02-fuan-b.md', line: 7 },
		]);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'content/articles/2026/12/02-fuan-b.md', line: 7, severity: 'warning' });
		expect(problems[0]!.message).toContain('微信图片-2-.jpg');
		expect(problems[0]!.message).toContain('content/articles/2026/12/01-fuan-a.md');
	});

	it('says nothing of one bulletin showing a picture twice', () => {
		expect(
			sharedPictures([
				{ path: picture, file: 'content/articles/2026/12/01-fuan-a.md', line: 5 },
				{ path: picture, file: 'content/articles/2026/12/01-fuan-a.md', line: 20 },
			]),
		).toEqual([]);
	});
});
