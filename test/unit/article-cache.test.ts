import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keptValues } from '../../src/view/article-cache.ts';
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
