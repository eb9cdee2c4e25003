import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyAdoptionSteps } from '../helpers/adoption.ts';
import { buildProject, projectRoot, runScript, sampleProjects, type BuiltSite } from '../../scripts/lib/build-site.ts';
import { brokenTargets } from '../helpers/link-check.ts';

// A new region forks the repository and follows the README's adoption steps (test/helpers/adoption.ts), with
// content nobody here wrote for the sample: Hong Kong's districts in Hong Kong forms, and a mainland prefecture
// that writes in Simplified. Nothing under src/ changes, and nothing of Ningde may show.
const NINGDE_WORDS = [
	'寧德',
	'宁德',
	'縣區',
	'县区',
	'蕉城',
	'福安',
	'福鼎',
	'霞浦',
	'古田',
	'屏南',
	'壽寧',
	'寿宁',
	'周寧',
	'周宁',
	'柘榮',
	'柘荣',
	'閩東',
	'闽东',
];

interface Region {
	name: string;
	folder: string;
	base: string;
	origin: string;
	/** The site's name, jurisdictions word and issuer in each edition, as every page must show them. */
	words: Record<'zh-hant' | 'zh-hans', string[]>;
	lang: string;
	query: string;
}

const regions: Region[] = [
	{
		name: 'Hong Kong districts (Traditional, Hong Kong forms, under a sub-path)',
		folder: 'hong-kong',
		base: '/districts/',
		origin: 'https://health.example.hk',
		words: { 'zh-hant': ['香港社區衞生通訊', '地區', '衞生防護中心社區聯絡組'], 'zh-hans': ['香港社区卫生通讯', '地区', '卫生防护中心社区联络组'] },
		lang: 'zh-Hant-HK',
		query: '強制檢測',
	},
	{
		name: 'a prefecture that writes in Simplified',
		folder: 'simplified-prefecture',
		base: '/',
		origin: 'https://wjw.example.cn',
		words: { 'zh-hant': ['南平衞生健康資訊', '縣（市、區）', '南平市衛生健康委員會'], 'zh-hans': ['南平卫生健康资讯', '县（市、区）', '南平市卫生健康委员会'] },
		lang: 'zh-Hant-TW',
		query: '口罩',
	},
];

const projects = sampleProjects();
afterAll(() => projects.removeAll());

describe.each(regions)('adopting the generator: $name', (region) => {
	let root: string;
	let site: BuiltSite;
	let check: { status: number; output: string };
	const pages = () => site.files().filter((file) => file.endsWith('.html'));

	beforeAll(() => {
		root = projects.create((content) => applyAdoptionSteps(content, join(projectRoot, 'test/fixtures/regions', region.folder)));
		check = runScript(root, 'scripts/check.ts');
		site = buildProject(root);
	});

	it('passes npm run check and npm run build', () => {
		// In the region's own script: 已檢查 … 0 個錯誤 or 已检查 … 0 个错误.
		expect(check.output).toMatch(/已[檢检]查 \d+ 篇快[訊讯]，.*：0 [個个][錯错][誤误]，0 [個个]警告/);
		expect(check.status).toBe(0);
		expect(site.output).not.toMatch(/\berror\b/i);
		expect(site.ok).toBe(true);
	});

	it('has no internal link or image that points at nothing', () => {
		const broken = pages().flatMap((page) => brokenTargets(site.dist, page, region.origin, region.base).map((target) => `${page} → ${target}`));
		expect(broken).toEqual([]);
	});

	it("shows the region's name, jurisdictions word and issuer on every edition page, and none of Ningde's words", () => {
		for (const edition of ['zh-hant', 'zh-hans'] as const) {
			const editionPages = pages().filter((page) => page.startsWith(`${edition}/`));
			expect(editionPages.length).toBeGreaterThan(10);
			for (const page of editionPages) {
				const html = site.read(page);
				for (const word of region.words[edition]) expect(html, `${page} shows ${word}`).toContain(word);
			}
		}
		for (const page of pages()) {
			const html = site.read(page);
			expect(
				NINGDE_WORDS.filter((word) => html.includes(word)),
				page,
			).toEqual([]);
		}
		expect(site.read('zh-hant/index.html')).toContain(`<html lang="${region.lang}">`);
		expect(site.read('zh-hans/index.html')).toContain('<html lang="zh-Hans">');
	});

	it('runs the page-weight and first-search measurements on the build', () => {
		const weight = runScript(root, 'scripts/page-weight.ts');
		expect(weight.output).toMatch(/^ok\s+article zh-hant\s/m);
		expect(weight.status).toBe(0);
		const search = runScript(root, 'scripts/search-weight.ts', ['--query', region.query]);
		expect(search.status, search.output).toBe(0);
		for (const edition of ['zh-hant', 'zh-hans']) expect(search.output).toMatch(new RegExp(`${edition} \\?q=${region.query}: [1-9]\\d* results shown`));
	});
});

describe('the Hong Kong adoption', () => {
	it('publishes its districts under the sub-path with Hong Kong standard Traditional, and builds without series and without a warning', () => {
		const root = projects.create((content) => {
			applyAdoptionSteps(content, join(projectRoot, 'test/fixtures/regions/hong-kong'));
			// A site without series is normal: series.yaml is an empty list, and no article names one.
			writeFileSync(join(content, 'series.yaml'), '[]\n');
			for (const file of readdirSync(join(content, 'articles'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'))) {
				const path = join(content, 'articles', file);
				writeFileSync(path, readFileSync(path, 'utf8').replace(/^series: .*\n/m, ''));
			}
		});
		const site = buildProject(root);
		expect(site.ok, site.output).toBe(true);
		expect(site.output).not.toMatch(/\[WARN\]|does not exist or is empty/);
		const hant = site.read('zh-hant/articles/2022/03/03-tuen-mun-anti-epidemic-packs/index.html');
		expect(hant).toContain('即食麪');
		expect(hant).toMatch(/<a href="\/districts\/zh-hant\/counties\/tuen-mun\/"[^>]*>屯門區<\/a>/);
		expect(hant).toContain('<title>屯門義工向獨居長者派發抗疫包 | 香港社區衞生通訊</title>');
		expect(hant).toContain('<link rel="canonical" href="https://health.example.hk/districts/zh-hant/articles/2022/03/03-tuen-mun-anti-epidemic-packs/">');
		expect(readFileSync(join(site.dist, 'zh-hans/articles/2022/03/03-tuen-mun-anti-epidemic-packs/index.html'), 'utf8')).toContain('即食面');
		expect(site.files()).toContain('zh-hans/counties/central-western/index.html');
		expect(site.files().some((f) => f.includes('fuan'))).toBe(false);
	});
});
