import { describe, expect, it } from 'vitest';
import { issuePlace, placedMessage } from '../../src/content-model/issue-place.ts';

describe('where a data file’s problem is, as an editor reads it', () => {
	const counties = [{ id: 'changsha', level: 'prefecture' }, { name: '株洲市' }, { id: 'xiangtan', parent: 'changsha' }];

	it('names a list entry by its id and drops the indices the line already gives', () => {
		expect(issuePlace([0, 'level'], counties)).toEqual({ entry: 'changsha', field: 'level' });
		expect(issuePlace([2], counties)).toEqual({ entry: 'xiangtan', field: '' });
		// An entry without an id (or a list of plain values) keeps only its field names.
		expect(issuePlace([1, 'id'], counties)).toEqual({ entry: undefined, field: 'id' });
		expect(issuePlace(['organisations', 2, 'hant'], { organisations: [{}, {}, { hant: 'x' }] })).toEqual({ entry: undefined, field: 'organisations.hant' });
		expect(issuePlace(['editor', 'repo'], { editor: { repo: 'x' } })).toEqual({ entry: undefined, field: 'editor.repo' });
		expect(issuePlace(['topics', 0, 'keywords', 3], { topics: [{ id: 'flu', keywords: [] }] })).toEqual({ entry: 'flu', field: 'keywords' });
	});

	it('leads the message with it', () => {
		expect(placedMessage([0, 'level'], counties, '必須是 city、county 或 district')).toBe('changsha 的 level：必須是 city、county 或 district');
		expect(placedMessage([2], counties, '沒有「parent」這個欄位')).toBe('xiangtan：沒有「parent」這個欄位');
		expect(placedMessage(['editor', 'repo'], {}, '要寫成「機構/倉庫」')).toBe('editor.repo: 要寫成「機構/倉庫」');
		expect(placedMessage([], {}, 'must be a list')).toBe('must be a list');
	});
});
