import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, projectRoot, sampleContentWith, type BuiltSite } from '../../scripts/lib/build-site.ts';
import { editionText, isSimplifiedOnly, isTraditionalOnly } from '../helpers/scripts.ts';

// A Simplified article full of the hard direction's traps, one in Taiwan forms and one in Hong Kong forms, each with a
// stray word of the other script, added to the sample site.
let site: BuiltSite;

beforeAll(() => {
	site = buildSite(
		sampleContentWith((content) => cpSync(join(projectRoot, 'test/fixtures/mixed-scripts'), join(content, 'articles/2020/02'), { recursive: true })),
	);
	if (!site.ok) throw new Error(site.output);
});
afterAll(() => site?.remove());

const page = (edition: string, id: string) => site.read(`${edition}/articles/2020/02/${id}/index.html`);
const ids = ['12-fuan-simplified-traps', '12-xiapu-taiwan-forms', '12-zherong-hong-kong-forms'];

describe('a site with Simplified, Taiwan-form and Hong-Kong-form sources', () => {
	it.each(ids)('publishes %s with no character of the other script in either edition', (id) => {
		const hant = editionText(page('zh-hant', id), 'zh-Hans');
		const hans = editionText(page('zh-hans', id), 'zh-Hant');
		expect([...new Set([...hant].filter(isSimplifiedOnly))]).toEqual([]);
		expect([...new Set([...hans].filter(isTraditionalOnly))]).toEqual([]);
	});

	it('writes every page of both editions in its own script', () => {
		for (const file of site.files().filter((f) => f.endsWith('.html') && f.startsWith('zh-'))) {
			const hans = file.startsWith('zh-hans/');
			const text = editionText(site.read(file), hans ? 'zh-Hant' : 'zh-Hans');
			expect([...new Set([...text].filter(hans ? isTraditionalOnly : isSimplifiedOnly))], file).toEqual([]);
		}
	});

	it('converts the Simplified traps the way a person would write them', () => {
		const hant = page('zh-hant', '12-fuan-simplified-traps');
		for (const phrase of [
			'鍾南山院士',
			'6天後須到醫院複查',
			'第2週和第4週',
			'發放獎金，獎金發完了',
			'一個中年女性',
			'面對疫情',
			'12萬隻',
			'最多只能',
			'係本縣',
			'請居民錯峰前往',
		])
			expect(hant).toContain(phrase);
	});

	it('converts every author and photographer of a Simplified article, not only the first (trial-40: the second crashed the build)', () => {
		const hant = page('zh-hant', '12-fuan-simplified-traps');
		for (const name of ['沈麗發', '于秋松', '鍾發']) expect(hant).toContain(name);
	});

	it('reads Taiwan and Hong Kong forms for the Simplified edition, and writes stray words and other regional forms in the Traditional one’s', () => {
		expect(page('zh-hans', '12-xiapu-taiwan-forms')).toContain('随着节后企业上工，卫生院里的发热门诊');
		expect(page('zh-hant', '12-xiapu-taiwan-forms')).toContain('請居民錯峰前往衛生院');
		const hongKong = page('zh-hans', '12-zherong-hong-kong-forms');
		for (const phrase of ['卫生防护中心表示，随着天气转冷', '在家里也要注意卫生，写着', '路线', '面包店和面馆']) expect(hongKong).toContain(phrase);
		// The site's Traditional edition is in Taiwan forms: a Hong Kong-form source is written in them too.
		const traditional = page('zh-hant', '12-zherong-hong-kong-forms');
		expect(traditional).toContain('衛生防護中心表示，隨著天氣轉冷');
		for (const hongKongForm of ['衞', '隨着', '寫着', '裏', '綫']) expect(traditional).not.toContain(hongKongForm);
	});
});
