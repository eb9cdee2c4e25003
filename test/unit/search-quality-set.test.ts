import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFrontmatter } from '../../src/content-model/frontmatter.ts';
import { openccConverter } from '../../src/convert/opencc.ts';
import { joinWords, queryWords } from '../../src/search/words.ts';
import { formatDate } from '../../src/core/dates.ts';
import { qualitySet, searchFixture } from '../../scripts/lib/search-quality.ts';

// The quality set's expectations are written by hand; this checks them against the fixture's text, so that an edit
// to an article or a query that changes what should be found fails here, before the browser test measures search.
const normal = openccConverter('zh-Hant', 'zh-Hans', 'hk');
const districts = new Map<string, string>(
	parse(readFileSync(join(searchFixture, 'content/districts.yaml'), 'utf8')).map((d: { id: string; name: string }) => [d.id, d.name]),
);
const articles = readdirSync(join(searchFixture, 'content/articles'), { recursive: true, encoding: 'utf8' })
	.filter((file) => file.endsWith('.md'))
	.map((file) => {
		const { data, body } = readFrontmatter(readFileSync(join(searchFixture, 'content/articles', file), 'utf8'))!;
		const { title, county, date } = data as { title: string; county: string; date: string };
		// What search matches: the headline, the text, the district's name and the date as the page writes it.
		return { id: file.slice(0, -'.md'.length), text: normal([title, body, districts.get(county), formatDate(String(date))].join('\n')) };
	});
const containing = (terms: string[]) =>
	articles
		.filter(({ text }) => terms.every((term) => text.includes(normal(term))))
		.map(({ id }) => id)
		.sort();

describe('the search quality set', () => {
	const set = qualitySet();

	it('has at least 60 queries, with exact, absent and partial ones, each query once', () => {
		expect(set.length).toBeGreaterThanOrEqual(60);
		expect(new Set(set.map((entry) => entry.kind))).toEqual(new Set(['exact', 'absent', 'partial']));
		expect(new Set(set.map((entry) => entry.query)).size).toBe(set.length);
	});

	it.each(set.filter((entry) => entry.kind === 'exact'))('expects exactly the articles containing $query', ({ query, expect: expected }) => {
		expect(expected.length).toBeGreaterThan(0);
		expect(containing(query.split(/\s+/))).toEqual([...expected].sort());
	});

	it.each(set.filter((entry) => entry.kind !== 'exact'))('finds no article containing $query as written', ({ query }) => {
		expect(containing([query])).toEqual([]);
	});

	it.each(set.filter((entry) => entry.kind !== 'exact'))(
		'expects, as looser matches for $query, the articles containing each of its words',
		({ query, expect: expected }) => {
			const words = queryWords(query, 'zh-Hant').map(joinWords);
			expect(words.length > 0 ? containing(words) : []).toEqual([...expected].sort());
		},
	);
});
