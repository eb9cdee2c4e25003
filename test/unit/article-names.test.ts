import { describe, expect, it } from 'vitest';
import { articleFile, freeArticleFile } from '../../src/content-model/slug.ts';

/** A folder of article files as name → title, asked as freeArticleFile asks. */
const folder = (files: Record<string, string>) => (name: string) => files[name];

describe('freeArticleFile', () => {
	const first = '新丰县发布登革热防控通告（第一号）';
	const second = '新丰县发布登革热防控通告（第二号）';

	it('takes the usual short name when it is free', () => {
		expect(freeArticleFile('2024-09-15', 'xinfeng', first, folder({}))).toEqual({
			file: '2024/09/15-xinfeng-xin-feng-xian-fa-bu-deng.md',
			exists: false,
		});
	});

	it('gives a numbered notice a name of its own when an earlier one holds the short name', () => {
		const taken = folder({ [articleFile('2024-09-15', 'xinfeng', first)]: first });
		expect(freeArticleFile('2024-09-15', 'xinfeng', second, taken)).toEqual({
			file: '2024/09/15-xinfeng-xin-feng-xian-fa-bu-deng-ge-re-fang-kong-tong-gao-di-er.md',
			exists: false,
		});
	});

	it('goes on past every name another title holds, then numbers a title that reads the same', () => {
		const third = '新丰县发布登革热防控通告（第三号）';
		const files = {
			'2024/09/15-xinfeng-xin-feng-xian-fa-bu-deng.md': first,
			'2024/09/15-xinfeng-xin-feng-xian-fa-bu-deng-ge-re-fang-kong-tong-gao-di-er.md': second,
		};
		expect(freeArticleFile('2024-09-15', 'xinfeng', third, folder(files)).file).toBe(
			'2024/09/15-xinfeng-xin-feng-xian-fa-bu-deng-ge-re-fang-kong-tong-gao-di-san.md',
		);
		// 通告 and 通稿 read alike: the whole title gives no distinct name, so a number does.
		const homophone = { '2024/09/15-xinfeng-xin-feng-xian-tong-gao.md': '新丰县通告' };
		expect(freeArticleFile('2024-09-15', 'xinfeng', '新丰县通稿', folder(homophone)).file).toBe('2024/09/15-xinfeng-xin-feng-xian-tong-gao-2.md');
	});

	it('says when the name already holds this very title, which is never overwritten', () => {
		const taken = folder({ [articleFile('2024-09-15', 'xinfeng', first)]: first });
		expect(freeArticleFile('2024-09-15', 'xinfeng', first, taken)).toEqual({ file: articleFile('2024-09-15', 'xinfeng', first), exists: true });
	});
});
