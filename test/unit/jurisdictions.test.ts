import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { jurisdictionTree, parentProblems } from '../../src/content-model/jurisdictions.ts';
import { readTaxonomy } from '../../src/content-model/taxonomies.ts';
import { DataFileError } from '../../src/content-model/yaml-file.ts';

const hunan = [
	{ id: 'hunan', order: 0 },
	{ id: 'changsha', order: 10, parent: 'hunan' },
	{ id: 'yuelu', order: 12, parent: 'changsha' },
	{ id: 'furong', order: 11, parent: 'changsha' },
	{ id: 'zhuzhou', order: 20, parent: 'hunan' },
	{ id: 'liling', order: 21, parent: 'zhuzhou' },
];

describe('jurisdictionTree', () => {
	const tree = jurisdictionTree(hunan);
	const ids = (entries: Array<{ id: string }>) => entries.map((entry) => entry.id);

	it('finds the top level, each entry’s children in order, and the ancestors from the top down', () => {
		expect(ids(tree.roots)).toEqual(['hunan']);
		expect(ids(tree.children('changsha'))).toEqual(['furong', 'yuelu']);
		expect(ids(tree.children('yuelu'))).toEqual([]);
		expect(ids(tree.ancestors('yuelu'))).toEqual(['hunan', 'changsha']);
		expect(ids(tree.ancestors('hunan'))).toEqual([]);
	});

	it('covers an entry and everything below it at any depth', () => {
		expect([...tree.withDescendants('changsha')].sort()).toEqual(['changsha', 'furong', 'yuelu']);
		expect(tree.withDescendants('hunan').size).toBe(6);
		expect([...tree.withDescendants('liling')]).toEqual(['liling']);
	});

	it('keeps a flat file flat: every entry at the top level in order, none above or below another', () => {
		const flat = jurisdictionTree([
			{ id: 'fuan', order: 2 },
			{ id: 'ningde', order: 0 },
			{ id: 'jiaocheng', order: 1 },
		]);
		expect(ids(flat.roots)).toEqual(['ningde', 'jiaocheng', 'fuan']);
		expect(flat.ancestors('fuan')).toEqual([]);
		expect([...flat.withDescendants('ningde')]).toEqual(['ningde']);
	});
});

describe('parentProblems', () => {
	it('accepts parents that are other entries', () => {
		expect(parentProblems(hunan)).toEqual([]);
	});

	it('names a parent that is no entry, and an entry that is its own parent', () => {
		expect(parentProblems([{ id: 'changsha' }, { id: 'yuelu', parent: 'changsa' }, { id: 'furong', parent: 'furong' }])).toEqual([
			{ kind: 'unknown', index: 1, id: 'yuelu', parent: 'changsa' },
			{ kind: 'self', index: 2, id: 'furong' },
		]);
	});

	it('reports each cycle once, at its first entry in the file, with the ids round it', () => {
		const problems = parentProblems([
			{ id: 'a', parent: 'c' },
			{ id: 'b', parent: 'a' },
			{ id: 'c', parent: 'b' },
			{ id: 'd', parent: 'a' },
			{ id: 'e', parent: 'f' },
			{ id: 'f', parent: 'e' },
		]);
		expect(problems).toEqual([
			{ kind: 'cycle', index: 0, id: 'a', cycle: ['a', 'c', 'b', 'a'] },
			{ kind: 'cycle', index: 4, id: 'e', cycle: ['e', 'f', 'e'] },
		]);
	});
});

describe('the jurisdictions file with parents', () => {
	const previous = process.env.BULLETIN_CONTENT;
	let folder = '';
	afterEach(() => {
		process.env.BULLETIN_CONTENT = previous;
		rmSync(folder, { recursive: true, force: true });
	});

	/** The sample site with this counties.yaml; the problems reading it, or none. */
	function problemsOf(counties: string) {
		folder = mkdtempSync(join(tmpdir(), 'jurisdictions-'));
		cpSync(resolve('test/fixtures/sample-site'), folder, { recursive: true });
		writeFileSync(join(folder, 'counties.yaml'), counties);
		process.env.BULLETIN_CONTENT = folder;
		try {
			readTaxonomy('counties');
			return [];
		} catch (error) {
			if (!(error instanceof DataFileError)) throw error;
			return error.problems.map((p) => ({ file: p.file, line: p.line, message: p.message }));
		}
	}

	it('reads parent and the province level', () => {
		const file = [
			'- { id: hunan, name: 湖南省, short: 全省, level: province, order: 0 }',
			'- { id: changsha, name: 長沙市, short: 長沙, level: city, order: 1, parent: hunan }',
			'- { id: yuelu, name: 嶽麓區, short: 嶽麓, level: district, order: 2, parent: changsha }',
		].join('\n');
		expect(problemsOf(file)).toEqual([]);
		expect(readTaxonomy('counties').map((c) => [c.id, c.level, c.parent])).toEqual([
			['hunan', 'province', undefined],
			['changsha', 'city', 'hunan'],
			['yuelu', 'district', 'changsha'],
		]);
	});

	it('refuses an unknown parent on its line, with the id meant and the fix', () => {
		const file = [
			'- { id: changsha, name: 長沙市, short: 長沙, level: city, order: 1 }',
			'- id: yuelu',
			'  name: 嶽麓區',
			'  short: 嶽麓',
			'  level: district',
			'  order: 2',
			'  parent: changsa',
		].join('\n');
		const [problem, ...rest] = problemsOf(file);
		expect(rest).toEqual([]);
		expect(problem).toEqual({
			file: join(folder, 'counties.yaml'),
			line: 7,
			message: 'yuelu 的 parent：「changsa」不是本檔案裡的 id；是不是「changsha」？（最上一級不寫 parent）',
		});
	});

	it('says whose name a parent written as a name is, once, with the id to write', () => {
		const file = [
			'- { id: jian, name: 吉安市, short: 吉安, level: city, order: 0 }',
			'- { id: xingan, name: 新干县, short: 新干, level: county, order: 1, parent: 吉安市 }',
			'- { id: jinchuan, name: 金川镇, short: 金川, level: county, order: 2, parent: 新干 }',
		].join('\n');
		expect(problemsOf(file).map((p) => [p.line, p.message])).toEqual([
			[2, 'xingan 的 parent：「吉安市」是 jian 的名稱；parent 要填上一級的 id：parent: jian'],
			[3, 'jinchuan 的 parent：「新干」是 xingan 的名稱；parent 要填上一級的 id：parent: xingan'],
		]);
	});

	it('suggests the renamed id for a parent that is the start of one (luling → lulingxinqu)', () => {
		const file = [
			'- { id: lulingxinqu, name: 庐陵新区, short: 庐陵新区, level: district, order: 0 }',
			'- { id: tianhe, name: 天河镇, short: 天河, level: county, order: 1, parent: luling }',
		].join('\n');
		expect(problemsOf(file)[0]!.message).toBe('tianhe 的 parent：「luling」不是本檔案裡的 id；是不是「lulingxinqu」？（最上一級不寫 parent）');
	});

	it('lists the ids for a parent that is like none of them', () => {
		const [problem] = problemsOf('- { id: changsha, name: 長沙市, short: 長沙, level: city, order: 1, parent: hunan }\n');
		expect(problem!.message).toBe('changsha 的 parent：「hunan」不是本檔案裡的 id；parent 要填同一檔案中上一級的 id：changsha（最上一級不寫 parent）');
	});

	it('refuses parents that go round in a circle, once, on the line of the first', () => {
		const file = [
			'- { id: changsha, name: 長沙市, short: 長沙, level: city, order: 1, parent: yuelu }',
			'- { id: yuelu, name: 嶽麓區, short: 嶽麓, level: district, order: 2, parent: changsha }',
		].join('\n');
		expect(problemsOf(file)).toEqual([
			{
				file: join(folder, 'counties.yaml'),
				line: 1,
				message: 'changsha 的 parent：上一級繞成一圈：changsha → yuelu → changsha；刪掉其中最上一級那一項的 parent',
			},
		]);
	});

	it('refuses a level it does not know, naming province among the levels', () => {
		const [problem] = problemsOf('- { id: changsha, name: 長沙市, short: 長沙, level: prefecture, order: 1 }\n');
		expect(problem!.message).toMatch(/^changsha 的 level：必須是 province、city、county 或 district/);
	});
});
