import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createConverter } from '../../src/convert/convert.ts';
import { convertHtml } from '../../src/convert/convert-html.ts';
import { readSiteGlossary } from '../../src/content-model/glossary-file.ts';
import type { Script } from '../../src/core/scripts.ts';

const glossary = readSiteGlossary();
const converter = (from: Script, to: Script) => createConverter({ from, to, variant: 'tw', glossary });
const directions = [converter('zh-Hant', 'zh-Hans'), converter('zh-Hans', 'zh-Hant'), converter('zh-Hant', 'zh-Hant'), converter('zh-Hans', 'zh-Hans')];

// Characters chosen to hit the hard cases: one-to-many conversions, glossary names in both scripts and their
// misspelling, marker punctuation, ASCII and full-width punctuation.
const hard = [...'发發髮干幹乾后後面麵只隻里裡裏台臺系係繫范範松鬆谷穀叶葉其壽寿寧宁柘榮荣钟鍾鐘著着麻痺痹', ...'-{}:;zh-ansta ', ...'。,、“”!?（）'];
const chinese = fc.string({ unit: fc.constantFrom(...hard), maxLength: 40 });
const anyText = fc.oneof(chinese, fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ maxLength: 40 }));
const withoutMarkers = anyText.filter((t) => !t.includes('-{') && !t.includes('}-'));

describe('conversion properties', () => {
	it('never throws, whatever the text', () => {
		fc.assert(fc.property(anyText, (text) => directions.every((convert) => typeof convert(text) === 'string')));
	});

	it('keeps every ASCII character, in order, when there is no markup', () => {
		const ascii = (s: string) => s.replace(/[^\x00-\x7f]/g, '');
		fc.assert(fc.property(withoutMarkers, (text) => directions.every((convert) => ascii(convert(text)) === ascii(text))));
	});

	it('keeps URLs byte for byte', () => {
		fc.assert(
			fc.property(chinese, fc.webUrl(), chinese, (before, url, after) => {
				const text = `${before.replace(/[-{}]/g, '')} ${url} ${after.replace(/[-{}]/g, '')}`;
				return directions.every((convert) => convert(text).includes(url));
			}),
		);
	});

	it('keeps the content of code elements byte for byte', () => {
		const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
		fc.assert(
			fc.property(chinese, anyText, (prose, code) => {
				const html = `<p>${escape(prose)}</p><pre><code>${escape(code)}</code></pre>`;
				return directions.every((convert) => convertHtml(html, convert).endsWith(`<pre><code>${escape(code)}</code></pre>`));
			}),
		);
	});

	it('changes nothing when an edition is converted to its own script again', () => {
		const again = { 'zh-Hans': converter('zh-Hans', 'zh-Hans'), 'zh-Hant': converter('zh-Hant', 'zh-Hant') };
		fc.assert(
			fc.property(withoutMarkers, (text) => {
				const hans = converter('zh-Hant', 'zh-Hans')(text);
				const hant = converter('zh-Hans', 'zh-Hant')(text);
				expect(again['zh-Hans'](hans)).toBe(hans);
				expect(again['zh-Hant'](hant)).toBe(hant);
			}),
		);
	});
});
