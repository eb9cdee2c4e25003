import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, sampleSite, type BuiltSite } from '../helpers/build-site.ts';

// Another region adopts the generator by editing content/ alone: Hong Kong's districts, Hong Kong standard
// Traditional, Traditional as the default edition, served under a sub-path.
let site: BuiltSite;

beforeAll(() => {
	site = buildSite((content) => {
		mkdirSync(join(content, 'articles/2021/03'), { recursive: true });
		const copy = (file: string) => writeFileSync(join(content, file), readFileSync(join(sampleSite, file), 'utf8'));
		['topics.yaml', 'series.yaml', 'glossary.yaml'].forEach(copy);
		writeFileSync(
			join(content, 'site.yaml'),
			[
				'name: { zh-Hant: 香港社區衞生通訊, zh-Hans: 香港社区卫生通讯 }',
				'description: { zh-Hant: 十八區防疫消息, zh-Hans: 十八区防疫消息 }',
				'url: https://health.example.hk',
				'base: /districts/',
				'defaultEdition: zh-Hant',
				'defaultScript: zh-Hant',
				'traditionalVariant: hk',
				'counties: districts.yaml',
			].join('\n'),
		);
		writeFileSync(
			join(content, 'districts.yaml'),
			[
				'- { id: central-western, name: 中西區, short: 中西區, level: district, order: 1 }',
				'- { id: sham-shui-po, name: 深水埗區, short: 深水埗, level: district, order: 2 }',
			].join('\n'),
		);
		writeFileSync(
			join(content, 'articles/2021/03/01-sham-shui-po-vaccination.md'),
			'---\ntitle: 深水埗社区疫苗接种中心开放\ndate: 2021-03-01\ncounty: sham-shui-po\ntopics: [epidemic-control]\nlang: zh-Hans\n---\n\n接种中心里面设有休息区,市民可以吃面条。\n',
		);
	});
	if (!site.ok) throw new Error(site.output);
});
afterAll(() => site?.remove());

describe('a second region configured in content/ only', () => {
	it('uses its own districts, name, sub-path and Hong Kong standard Traditional', () => {
		const hant = site.read('zh-hant/articles/2021/03/01-sham-shui-po-vaccination/index.html');
		expect(hant).toContain('接種中心裏面設有休息區,市民可以吃麪條');
		expect(hant).toMatch(/<a href="\/districts\/zh-hant\/counties\/sham-shui-po\/"[^>]*>深水埗區<\/a>/);
		expect(hant).toContain('<title>深水埗社區疫苗接種中心開放 | 香港社區衞生通訊</title>');
		expect(hant).toContain('<link rel="canonical" href="https://health.example.hk/districts/zh-hant/articles/2021/03/01-sham-shui-po-vaccination/">');
		expect(site.files()).toContain('zh-hans/counties/central-western/index.html');
		expect(site.files().some((f) => f.includes('fuan'))).toBe(false);
	});
});
