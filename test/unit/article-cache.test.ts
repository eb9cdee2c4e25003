import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keptValues } from '../../src/view/article-cache.ts';
import { articleVersion } from '../../src/view/cache-key.ts';
import type { Article } from '../../src/content-model/query.ts';
import { openEntry } from '../../src/view/sealed-entry.ts';

/** Runs keptValues over items named by their key, counting what it had to make. */
async function run(file: string, items: string[]) {
	const made: string[] = [];
	const values = await keptValues(
		file,
		items,
		(item) => item,
		async (item) => (made.push(item), `value of ${item}`),
	);
	return { values, made };
}

describe('values kept between builds', () => {
	const file = () => join(mkdtempSync(join(tmpdir(), 'kept-')), 'kept', 'articles.json');

	it('makes every value the first time and none the second', async () => {
		const path = file();
		expect(await run(path, ['a', 'b'])).toEqual({ values: ['value of a', 'value of b'], made: ['a', 'b'] });
		expect(await run(path, ['a', 'b'])).toEqual({ values: ['value of a', 'value of b'], made: [] });
	});

	it('makes only the values of new keys, in the items’ order, and forgets keys no longer asked for', async () => {
		const path = file();
		await run(path, ['a', 'b']);
		expect(await run(path, ['c', 'a'])).toEqual({ values: ['value of c', 'value of a'], made: ['c'] });
		expect(Object.keys(JSON.parse(openEntry(readFileSync(path))!.toString('utf8')))).toEqual(['c', 'a']);
		expect((await run(path, ['b'])).made).toEqual(['b']);
	});

	it('starts again from nothing when the record was cut short or altered', async () => {
		const path = file();
		await run(path, ['a', 'b']);
		const whole = readFileSync(path);
		writeFileSync(path, whole.subarray(0, whole.length - 3));
		expect(await run(path, ['a', 'b'])).toEqual({ values: ['value of a', 'value of b'], made: ['a', 'b'] });
		// A value changed in place, the JSON still valid: the seal tells.
		writeFileSync(path, Buffer.from(readFileSync(path).toString('latin1').replace('value of a', 'value of X'), 'latin1'));
		expect((await run(path, ['a', 'b'])).made).toEqual(['a', 'b']);
	});
});

describe('an article’s version, the part of every key that covers it', () => {
	const article = (id: string, filePath = `content/articles/${id}.md`) =>
		({ id, filePath, digest: 'same text', data: { date: new Date('2020-02-08T10:00:00+08:00'), image: undefined } }) as unknown as Article;

	it('changes when the file is renamed or its kind changes with the text unchanged: its URL is in every value kept', () => {
		const before = articleVersion(article('2025/09/10-lukou-norovirus-school'));
		expect(articleVersion(article('2025/09/10-lukou-norovirus-school'))).toBe(before);
		expect(articleVersion(article('2025/09/10-lukou-nuo-ru-bing-du'))).not.toBe(before);
		expect(articleVersion(article('2025/09/10-lukou-norovirus-school', 'content/articles/2025/09/10-lukou-norovirus-school.mdx'))).not.toBe(before);
	});
});
