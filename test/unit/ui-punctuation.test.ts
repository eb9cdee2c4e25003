import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { editions } from '../../src/core/editions.ts';
import { label, labelKeys } from '../../src/view/ui.ts';

// Residents read Chinese set with full-width punctuation: 已閱讀，不再顯示, not 已閱讀,不再顯示 (an outside office found
// three such labels). ASCII , : ; ? ! ( ) touching a Han character is the slip.
const ASCII_BESIDE_HAN = /\p{Script=Han}[,:;?!()]|[,:;?!()]\p{Script=Han}/u;
// In a template, punctuation written right after a label's expression: {label('partOfSeries', edition)}:<a …>.
const ASCII_AFTER_LABEL = /(?:label|t)\([^)]*\)\}[,:;?!]/;
// Or between two parts of a template, where the text on either side comes from data: <time>…</time>:{c.note}.
const ASCII_BETWEEN_PARTS = /(?:<\/\w+>|\})[,:;?!](?:\{|<\w)/;

/** The lines of the render layer's source that are not comments: what a page can show. */
function renderedLines(): Array<{ where: string; text: string }> {
	const files = ['src/components', 'src/layouts', 'src/pages', 'src/view', 'src/browser', 'src/search', 'src/offline'].flatMap((dir) =>
		readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.filter((file) => /\.(astro|ts)$/.test(file))
			.map((file) => join(dir, file)),
	);
	return files.flatMap((file) =>
		readFileSync(file, 'utf8')
			.split('\n')
			.map((text, index) => ({ where: `${file}:${index + 1}`, text }))
			.filter(({ text }) => !/^\s*(\/\/|\*|\/\*|<!--)/.test(text)),
	);
}

describe('the strings residents read', () => {
	it('use full-width punctuation beside Chinese in every label of every edition', () => {
		const slips = editions.flatMap((edition) =>
			labelKeys.map((key) => `${edition.tag} ${key}: ${label(key, edition)}`).filter((line) => ASCII_BESIDE_HAN.test(line.slice(line.indexOf(': ') + 2))),
		);
		expect(slips).toEqual([]);
	});

	it('use full-width punctuation beside Chinese in the components, layouts, pages, views and browser scripts', () => {
		const slips = renderedLines()
			.filter(({ text }) => ASCII_BESIDE_HAN.test(text) || ASCII_AFTER_LABEL.test(text) || ASCII_BETWEEN_PARTS.test(text))
			.map(({ where, text }) => `${where}: ${text.trim()}`);
		expect(slips).toEqual([]);
	});
});
