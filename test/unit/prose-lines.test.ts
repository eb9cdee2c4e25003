import { describe, expect, it } from 'vitest';
import { blankCodeSpans, proseLines } from '../../src/content-model/prose-lines.ts';

describe('code spans, as CommonMark closes them', () => {
	it.each([
		['a `x` b', 'a     b'],
		['``a`b`` c', '        c'],
		['`x` and `y`', '    and    '],
	])('blanks the spans of %s, keeping every offset', (line, blanked) => {
		expect(blankCodeSpans(line)).toBe(blanked);
		expect(blankCodeSpans(line)).toHaveLength(line.length);
	});

	it.each([
		// A run of two backticks does not close a span opened by one: the picture is real HTML.
		['福安`<img src=x>``u疫情防控'],
		['`` alone'],
		['x ``` y'],
		['`open only <img src=x>'],
		// An escaped backtick opens nothing.
		['\\`<img src=x>`'],
	])('leaves %s as it is: nothing closes its backticks', (line) => {
		expect(blankCodeSpans(line)).toBe(line);
	});
});

describe('prose lines of a body', () => {
	it('skips fenced code, blanks code spans in prose and keeps them in an HTML block, which a blank line ends', () => {
		const body = ['a `<img src=x>` b', '```', '<img src=y>', '```', '<p>疫情`<img src=z>`', 'still `html`', '', 'c `d`'].join('\n');
		expect(proseLines(body, 10)).toEqual([
			['a               b', 10],
			['<p>疫情`<img src=z>`', 14],
			['still `html`', 15],
			['', 16],
			['c    ', 17],
		]);
	});
});
