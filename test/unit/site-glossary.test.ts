import { afterEach, describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { siteGlossary } from '../../src/content-model/site-glossary.ts';
import { editionConverter, toEdition } from '../../src/view/edition.ts';
import { firstEditionIn } from '../../src/core/editions.ts';

const region = resolve('test/fixtures/regions/simplified-prefecture');
const previous = process.env.BULLETIN_CONTENT;

describe('site glossary: jurisdictions written as their labels are (trial-33: 岳麓区 was 岳麓區 in labels, 嶽麓區 in text)', () => {
	let folder = '';
	afterEach(() => {
		process.env.BULLETIN_CONTENT = previous;
		rmSync(folder, { recursive: true, force: true });
	});

	it('writes a jurisdiction and its short name in an article as its label writes them, and lets the glossary decide first', () => {
		folder = mkdtempSync(join(tmpdir(), 'site-glossary-'));
		cpSync(region, folder, { recursive: true });
		appendFileSync(join(folder, 'jurisdictions.yaml'), '- { id: yuelu, name: 岳麓区, short: 岳麓, level: district, order: 20 }\n');
		process.env.BULLETIN_CONTENT = folder;
		const hant = firstEditionIn('zh-Hant');
		const label = toEdition('岳麓区', hant);
		const text = editionConverter('zh-Hans', hant)('紧急通知：岳麓区桃子湖路暂停供水，岳麓两所学校停课。');
		expect(text).toContain(`：${label}桃子湖路`);
		expect(text).toContain(`，${label.slice(0, 2)}兩所`);
		expect(siteGlossary()).toContainEqual({ hans: '岳麓区', hant: [label] });
		// A pair the site's glossary lists for the same name is the one used.
		appendFileSync(join(folder, 'glossary.yaml'), '\nplaces-test:\n  - { hant: 嶽麓區, hans: 岳麓区 }\n');
		expect(
			siteGlossary()
				.filter((pair) => pair.hans === '岳麓区')
				.at(-1),
		).toEqual({ hans: '岳麓区', hant: ['嶽麓區'] });
	});
});
