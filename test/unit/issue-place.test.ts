import { describe, expect, it } from 'vitest';
import { chooseMessageLanguage } from '../../src/content-model/editor-messages.ts';
import { issuePlace, placedMessage } from '../../src/content-model/issue-place.ts';

describe('where a data file’s problem is, as an editor reads it', () => {
	const counties = [{ id: 'changsha', level: 'prefecture' }, { name: '株洲市' }, { id: 'xiangtan', parent: 'changsha' }];

	it("names a list entry by its id, else by its position in the field's list counted from 1, never by zod's index", () => {
		expect(issuePlace([0, 'level'], counties)).toEqual({ entry: 'changsha', field: 'level' });
		expect(issuePlace([2], counties)).toEqual({ entry: 'xiangtan', field: '' });
		// An entry without an id at the top of a file keeps only its field names: the line says which it is.
		expect(issuePlace([1, 'id'], counties)).toEqual({ entry: undefined, field: 'id' });
		// A list in a field names its entry by position (fix-35: topics 第 1 項, images 第 3 項的 alt).
		expect(issuePlace(['organisations', 2, 'hant'], { organisations: [{}, {}, { hant: 'x' }] })).toEqual({
			entry: undefined,
			field: 'organisations 第 3 項的 hant',
		});
		expect(issuePlace(['topics', 0], { topics: ['masks'] })).toEqual({ entry: undefined, field: 'topics 第 1 項' });
		expect(issuePlace(['editor', 'repo'], { editor: { repo: 'x' } })).toEqual({ entry: undefined, field: 'editor.repo' });
		expect(issuePlace(['topics', 0, 'keywords', 3], { topics: [{ id: 'flu', keywords: [] }] })).toEqual({ entry: 'flu', field: 'keywords 第 4 項' });
	});

	it('names the position in English with --lang en', () => {
		chooseMessageLanguage('en');
		try {
			expect(issuePlace(['images', 2, 'alt'], { images: [] }).field).toBe('images, item 3, alt');
			expect(placedMessage(['topics', 0], {}, 'not a topic id')).toBe('topics, item 1: not a topic id');
		} finally {
			chooseMessageLanguage('zh-Hant');
		}
	});

	it('leads the message with it', () => {
		expect(placedMessage([0, 'level'], counties, '必須是 city、county 或 district')).toBe('changsha 的 level：必須是 city、county 或 district');
		expect(placedMessage([2], counties, '沒有「parent」這個欄位')).toBe('xiangtan：沒有「parent」這個欄位');
		expect(placedMessage(['editor', 'repo'], {}, '要寫成「機構/倉庫」')).toBe('editor.repo: 要寫成「機構/倉庫」');
		expect(placedMessage([], {}, 'must be a list')).toBe('must be a list');
	});
});
