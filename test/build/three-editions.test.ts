import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildProject, sampleProjects, type BuiltSite } from '../../scripts/lib/build-site.ts';

// A third edition, Traditional in Hong Kong forms at /zh-hk/, beside the Taiwan-form and Simplified ones, added by one
// entry in the list of editions (src/core/editions.ts) and nothing else: everything that names an edition must follow.
const HONG_KONG_ENTRY =
	"{ tag: 'zh-Hant-HK', path: 'zh-hk', script: 'zh-Hant', variant: 'hk', languages: ['zh-HK', 'zh-MO'], name: { short: '港', long: '繁體中文（香港）' } },";
const editions = [
	{ path: 'zh-hant', tag: 'zh-Hant' },
	{ path: 'zh-hans', tag: 'zh-Hans' },
	{ path: 'zh-hk', tag: 'zh-Hant-HK' },
];
const ARTICLE = '2020/02/09-zherong-village-checks';

const projects = sampleProjects();
let site: BuiltSite;

beforeAll(() => {
	const root = projects.create((content) =>
		writeFileSync(
			join(content, `articles/${ARTICLE}.md`),
			'---\ntitle: 柘荣:村干部坚守着防控一线\ndate: 2020-02-09\ncounty: zherong\ntopics: [epidemic-control]\n---\n\n工作人员坚守着岗位,在村里面逐户排查。\n',
		),
	);
	const list = join(root, 'src/core/editions.ts');
	const source = readFileSync(list, 'utf8');
	// The Taiwan-form edition stops serving Hong Kong and Macau readers, whom the new one serves.
	const patched = source.replace("languages: ['zh-TW', 'zh-HK', 'zh-MO']", "languages: ['zh-TW']").replace(/\n\];/, `\n\t${HONG_KONG_ENTRY}\n];`);
	if (!patched.includes(HONG_KONG_ENTRY) || patched.includes("'zh-TW', 'zh-HK'"))
		throw new Error('the list of editions in src/core/editions.ts has changed shape');
	writeFileSync(list, patched);
	site = buildProject(root);
	if (!site.ok) throw new Error(site.output);
}, 300_000);
afterAll(() => projects.removeAll());

const htmlPages = (path: string) => site.files().filter((file) => file.startsWith(`${path}/`) && file.endsWith('.html'));
const article = (path: string) => site.read(`${path}/articles/${ARTICLE}/index.html`);

describe('a site with a third edition added to the list of editions', () => {
	it.each(editions)('publishes every page of $path', ({ path }) => {
		expect(htmlPages(path).length).toBe(htmlPages('zh-hant').length);
		expect(site.files()).toContain(`${path}/articles/${ARTICLE}/index.html`);
		expect(site.files()).toContain(`${path}/rss.xml`);
		expect(site.files()).toContain(`${path}/sw.js`);
	});

	it('writes each edition in its own script and regional standard', () => {
		expect(article('zh-hant')).toContain('堅守著崗位');
		expect(article('zh-hant')).toContain('村裡面');
		expect(article('zh-hk')).toContain('堅守着崗位');
		expect(article('zh-hk')).toContain('村裏面');
		expect(article('zh-hans')).toContain('坚守着岗位,在村里面');
		expect(article('zh-hk')).toMatch(/<html lang="zh-Hant-HK">/);
		expect(article('zh-hk')).toContain('<meta property="og:locale" content="zh_HK">');
	});

	it.each(editions)('offers the other two editions in the switch and the hreflang alternates of every $path page', ({ path, tag }) => {
		const others = editions.filter((edition) => edition.path !== path);
		for (const file of htmlPages(path)) {
			const html = site.read(file);
			const page = `/${file.slice(path.length + 1).replace(/index\.html$/, '')}`;
			const switchLinks = [...(/<p class="edition-switch">(.*?)<\/p>/s.exec(html)?.[1] ?? '').matchAll(/<a href="([^"]+)"[^>]* data-edition="([^"]+)"/g)];
			expect(
				switchLinks.map(([, href, edition]) => [href, edition]),
				file,
			).toEqual(others.map((other) => [`/${other.path}${page}`, other.path]));
			const alternates = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang, href]) => [
				lang,
				new URL(href!).pathname,
			]);
			expect(alternates, file).toEqual([[tag, `/${path}${page}`], ...others.map((other) => [other.tag, `/${other.path}${page}`]), ['x-default', '/']]);
		}
	});

	it('lists every edition on the root page and each page of the three in the sitemap', () => {
		const root = site.read('index.html');
		for (const { path } of editions) expect(root).toContain(`<a href="/${path}/" data-edition="${path}">`);
		expect(root).toContain('繁體中文（香港）版');
		const sitemap = site.read('sitemap-0.xml');
		const entry = /<url><loc>[^<]*\/zh-hk\/articles\/2020\/02\/09-zherong-village-checks\/<\/loc>.*?<\/url>/.exec(sitemap)?.[0] ?? '';
		expect([...entry.matchAll(/hreflang="([^"]+)"/g)].map((match) => match[1]).sort()).toEqual(editions.map((edition) => edition.tag).sort());
		for (const { path } of editions) expect(sitemap).toContain(`<loc>https://example.gov.cn/${path}/</loc>`);
	});

	it('indexes, caches and serves each edition', () => {
		const headers = site.read('_headers');
		for (const { path } of editions) {
			expect(JSON.parse(site.read(`${path}/pagefind/bundles.json`)).bundles.length).toBeGreaterThan(0);
			expect(site.files()).toContain(`${path}/pagefind/query-map.json`);
			expect(headers).toContain(`/${path}/pagefind/:bundle/fragment/*`);
			expect(site.read(`${path}/manifest.webmanifest`)).toContain(`"scope":"/${path}/"`);
		}
		expect(site.output).toContain('zh-hk');
	});
});
