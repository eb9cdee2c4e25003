import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildProject, createProject, projectRoot, type BuiltSite } from '../../scripts/lib/build-site.ts';
import { filterPageCounts, indexedFragments } from '../helpers/pagefind-output.ts';

// Jurisdictions in two levels (test/fixtures/two-levels): 長沙市 and its districts 芙蓉區 and 嶽麓區, one bulletin each.
// A resident of 長沙 finds all of 長沙 under 長沙市: its page, its feed, the index and the search filter.
let root: string;

/** A copy of the whole build's dist/. */
let whole: string;
/** The build of changes after a bulletin of 嶽麓區 was added to the whole build. */
let changed: BuiltSite;

const names = {
	'zh-hans': { city: '长沙市', furong: '芙蓉区', yuelu: '岳麓区', below: '长沙市所辖市区' },
	'zh-hant': { city: '長沙市', furong: '芙蓉區', yuelu: '岳麓區', below: '長沙市所轄市區' },
} as const;
const editions = Object.keys(names) as Array<keyof typeof names>;

/** The article links of a listing page, in order. */
const listed = (html: string) => [...html.matchAll(/<h2 class="card-title"[^>]*>\s*<a href="[^"]*\/articles\/([^"]+)\/"/g)].map((m) => m[1]);
/** The jurisdiction each card of a listing names, in order. */
const cardCounties = (html: string) => [...html.matchAll(/<p class="card-meta[^"]*"[^>]*>[\s\S]*?<a href="[^"]*\/counties\/([^/]+)\/"/g)].map((m) => m[1]);

beforeAll(() => {
	root = createProject(join(projectRoot, 'test/fixtures/two-levels'));
	const site = buildProject(root);
	if (!site.ok) throw new Error(site.output);
	// Kept, since the build of changes below replaces dist/.
	whole = join(root, 'whole-dist');
	cpSync(site.dist, whole, { recursive: true });
	writeFileSync(
		join(root, 'content/articles/2020/03/05-yuelu-clinic.md'),
		'---\ntitle: 岳麓区新设发热诊室\ndate: 2020-03-05\ncounty: yuelu\ntopics: [prevention]\n---\n\n岳麓区人民医院新设发热诊室，二十四小时接诊。\n',
	);
	changed = buildProject(root, { BULLETIN_PART: 'changes' });
}, 600_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A file of the whole build, without Astro's scoped-style attributes. */
const read = (path: string) => readFileSync(join(whole, path), 'utf8').replace(/ data-astro-cid-\w+/g, '');

describe.each(editions)('jurisdictions in two levels (%s)', (edition) => {
	const name = names[edition];

	it('lists a city’s own bulletins and its districts’ on its page, each card naming its own jurisdiction', () => {
		const html = read(`${edition}/counties/changsha/index.html`);
		expect(listed(html)).toEqual(['2020/03/04-yuelu-screening', '2020/03/03-furong-masks', '2020/03/02-changsha-clinics']);
		expect(cardCounties(html)).toEqual(['yuelu', 'furong', 'changsha']);
	});

	it('links a city’s page to its districts with their counts, and a district’s page back to its city', () => {
		const city = read(`${edition}/counties/changsha/index.html`);
		expect(city).toContain(`<h2 id="below">${name.below}</h2>`);
		expect(city).toMatch(new RegExp(`<a href="/${edition}/counties/furong/">${name.furong}</a> <span class="muted">1 篇</span>`));
		expect(city).toMatch(new RegExp(`<a href="/${edition}/counties/yuelu/">${name.yuelu}</a> <span class="muted">1 篇</span>`));
		expect(city).not.toContain('aria-current="page"');
		const district = read(`${edition}/counties/furong/index.html`);
		expect(district).toMatch(
			new RegExp(`<nav aria-label="[^"]+">\\s*<ol class="breadcrumb muted">\\s*<li>\\s*<a href="/${edition}/counties/changsha/">${name.city}</a>`),
		);
		expect(district).toContain(`<li aria-current="page">${name.furong}</li>`);
		expect(listed(district)).toEqual(['2020/03/03-furong-masks']);
		expect(district).not.toContain('id="below"');
	});

	it('gives a city’s feed its districts’ bulletins too', () => {
		const feed = read(`${edition}/counties/changsha/rss.xml`);
		expect([...feed.matchAll(/<item>/g)]).toHaveLength(3);
		expect(feed).toContain(`/${edition}/articles/2020/03/04-yuelu-screening/`);
	});

	it('groups the index of jurisdictions by city, counts including the districts', () => {
		const html = read(`${edition}/counties/index.html`);
		const group = html.slice(html.indexOf('<li class="group">'));
		expect(group).toMatch(
			new RegExp(
				`^<li class="group">\\s*<a href="/${edition}/counties/changsha/">${name.city}</a> <span class="muted">3 篇</span>\\s*<ul class="plain-list taxonomy">\\s*<li>\\s*<a href="/${edition}/counties/furong/">`,
			),
		);
		expect(group.indexOf(name.yuelu)).toBeLessThan(group.indexOf('</ul>'));
	});

	it('shows an article’s jurisdiction under its city, and files it under both for the search filter', () => {
		const html = read(`${edition}/articles/2020/03/03-furong-masks/index.html`);
		expect(html).toContain(`data-pagefind-filter="county:${name.city}">${name.city}</a>`);
		expect(html).toContain(`data-pagefind-filter="county:${name.furong}" data-pagefind-meta="county:${name.city}${name.furong}"`);
		expect(Object.fromEntries(filterPageCounts(whole, edition, 'county'))).toEqual({ [name.city]: 3, [name.furong]: 1, [name.yuelu]: 1 });
	});

	it('indexes a district’s bulletin under its full name, so the city typed with the district finds it; the city’s own once', () => {
		const place = (id: string) => indexedFragments(whole, edition).get(`/${edition}/articles/${id}/`)?.meta.county?.replaceAll(' ', '');
		expect(place('2020/03/03-furong-masks')).toBe(`${name.city}${name.furong}`);
		expect(place('2020/03/02-changsha-clinics')).toBe(name.city);
	});

	it('nests the districts under their city in the search filter', () => {
		const html = read(`${edition}/search/index.html`);
		const facet = html.slice(html.indexOf('data-facet="county"'), html.indexOf('</fieldset>'));
		expect(facet).toMatch(
			/<li class="group">\s*<label>\s*<input type="checkbox" name="county" value="changsha"[^>]*>[\s\S]*?<\/label>\s*<ul class="plain-list">\s*<li>\s*<label>\s*<input type="checkbox" name="county" value="furong"/,
		);
	});

	it('renders the city’s top page again when a district has a new bulletin (npm run build:changes)', () => {
		expect(changed.ok, changed.output).toBe(true);
		expect(changed.output).toContain(`/${edition}/counties/changsha/index.html`);
		const html = readFileSync(join(changed.dist, edition, 'counties/changsha/index.html'), 'utf8');
		expect(listed(html.replace(/ data-astro-cid-\w+/g, ''))[0]).toBe('2020/03/05-yuelu-clinic');
		expect(html).toMatch(new RegExp(`${name.yuelu}</a> <span class="muted"[^>]*>2 篇</span>`));
	});
});
