import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchablePage } from '../../src/search/searchable-page.ts';
import { bundleOf, bundlesSinceWholeBuild, planBundles, RECENT_BUNDLE, sameBundles, type WholeBuildBundles } from '../../src/search/bundles.ts';
import { excerpt, matches } from '../../src/search/excerpt.ts';
import { ArchiveSearch, BUNDLE_FILTER, ResultList } from '../../src/search/archive-search.ts';
import type { PagefindApi, PagefindResult } from '../../src/search/pagefind-api.ts';
import { hasFilters, paramsFromState, stateFromParams, withoutFilters } from '../../src/search/search-state.ts';
import { foldVariants, variantFolding } from '../../src/convert/variant.ts';
import { spellingRecord, SPELLING_META, writtenSpelling } from '../../src/search/spelling.ts';
import { GAP, joinWords, queryPhrases, queryWords, searchableQuery, spaceText, textTokens } from '../../src/search/words.ts';

describe('words for search', () => {
	it('indexes Chinese one character per word, other words whole, and whitespace as a GAP', () => {
		expect(spaceText('福安市口罩生產', 'zh-Hant')).toBe('福 安 市 口 罩 生 產');
		expect(spaceText('N95 口罩', 'zh-Hans')).toBe(`N95 ${GAP} 口 罩`);
	});

	it('keeps punctuation a word of its own between Chinese characters, so no phrase runs across it', () => {
		expect(textTokens('葵青。大埔', 'zh-Hant')).toEqual(['葵', '青', '。', '大', '埔']);
		expect(queryPhrases('葵青。大埔', 'zh-Hant')).toEqual(['葵 青', '大 埔']);
	});

	it('keeps punctuation inside a Latin word with the word before it, as Pagefind drops it there', () => {
		expect(textTokens('COVID-19疫情', 'zh-Hant')).toEqual(['COVID-', '19', '疫', '情']);
		expect(queryPhrases('COVID-19', 'zh-Hant')).toEqual(['COVID- 19']);
	});

	it('cuts a query into phrases at whitespace and punctuation, each as the index words it must match in a row', () => {
		expect(queryPhrases(' 葵青  強制檢測，', 'zh-Hant')).toEqual(['葵 青', '強 制 檢 測']);
		expect(queryPhrases('「東涌」', 'zh-Hant')).toEqual(['東 涌']);
		expect(queryPhrases('，。', 'zh-Hant')).toEqual([]);
		const indexed = spaceText('今日福安市口罩生產線投產', 'zh-Hant');
		for (const phrase of queryPhrases('福安市口罩', 'zh-Hant')) expect(indexed).toContain(phrase);
	});

	it('gives a looser query the dictionary words, keeping single characters in a row together and dropping lone ones', () => {
		expect(queryWords('上限聚令', 'zh-Hant')).toEqual(['上 限', '聚 令']);
		expect(queryWords('火星人', 'zh-Hant')).toEqual(['火 星']);
		expect(queryWords('葵青區強制檢測', 'zh-Hant')).toEqual(['葵 青 區', '強 制', '檢 測']);
	});

	it('joins text back as written', () => {
		expect(joinWords(`口 罩 生 產 ${GAP} N95 ${GAP} ${GAP} 企 業 。`)).toBe('口罩生產 N95 企業。');
	});

	it('joins back exactly what it spaced, with whitespace runs as one space', () => {
		const text = fc.string({ unit: fc.constantFrom(...'福安市口罩生產，。 \nN95abc“”、2月8日-'), maxLength: 60 });
		fc.assert(fc.property(text, (t) => joinWords(spaceText(t, 'zh-Hant')) === t.replace(/\s+/g, ' ').trim()));
	});

	it('finds a phrase of the query in the indexed text exactly where the text contains the query', () => {
		const unit = fc.constantFrom(...'葵青區衣涌東大埔，。 ');
		fc.assert(
			fc.property(
				fc.string({ unit, maxLength: 30 }),
				fc.string({ unit: fc.constantFrom(...'葵青區衣涌東大埔'), minLength: 1, maxLength: 4 }),
				(text, query) => {
					const [phrase] = queryPhrases(query, 'zh-Hant');
					expect(` ${spaceText(text, 'zh-Hant')} `.includes(` ${phrase} `)).toBe(text.includes(query));
				},
			),
		);
	});
});

describe('the page search indexes', () => {
	const page = (body: string) =>
		`<html lang="zh-Hant"><head><title>福安市</title></head><body><nav>首頁</nav><article data-pagefind-body>${body}</article></body></html>`;

	it('spaces the words of the indexed text and meta values only, and leaves other tags and attributes alone', () => {
		const html = searchablePage(page('<h1 data-pagefind-meta="title:福安市口罩">福安市口罩</h1><p>口罩&amp;生產</p>'), 'zh-Hant');
		expect(html).toContain('<h1 data-pagefind-meta="title:福 安 市 口 罩"> 福 安 市 口 罩 </h1>');
		expect(html).toContain(`<p> 口 罩 &amp; 生 產 </p> ${GAP} `);
		expect(html).toContain('<title>福安市</title></head><body><nav>首頁</nav>');
		expect(searchablePage(page('<a data-pagefind-filter="county:柘榮縣" data-pagefind-meta="county:柘榮縣">柘榮縣</a>'), 'zh-Hant')).toContain(
			'<a data-pagefind-filter="county:柘榮縣" data-pagefind-meta="county:柘 榮 縣">',
		);
	});

	it('keeps a meta value typed with an ASCII comma under its key, which Pagefind would read as the start of another', () => {
		const html = searchablePage(page('<p data-pagefind-meta="series:共同戰疫,縣區在行動"></p>'), 'zh-Hant');
		expect(html).toContain('data-pagefind-meta="series:共 同 戰 疫 ， 縣 區 在 行 動"');
	});

	it('leaves scripts inside the indexed part as they are, and pages without one untouched', () => {
		expect(searchablePage(page('<script>let 口罩="x"</script>'), 'zh-Hant')).toContain('<script>let 口罩="x"</script>');
		const plain = '<html><body><p>福安市</p></body></html>';
		expect(searchablePage(plain, 'zh-Hant')).toBe(plain);
	});

	it('indexes Traditional variants in one form and records how the page wrote the text Pagefind keeps', () => {
		const html = searchablePage(
			page(
				'<h1 data-pagefind-meta="title:衞生局熱綫">衞生局熱綫</h1><p class="credits" data-pagefind-ignore>來源：衞生局<span>衞</span></p><p>致電熱線，着涼</p>',
			),
			'zh-Hant',
			foldVariants,
		);
		expect(html).toContain('data-pagefind-meta="title:衛 生 局 熱 線"');
		expect(html).toContain('<p> 致 電 熱 線 ， 著 涼 </p>');
		expect(html).not.toMatch(/> [^<]*[衞綫着]/);
		// The credits are not in Pagefind's content, so their 衞 is not in the record of it.
		const record = (text: string) => spellingRecord(text, foldVariants(text));
		expect(html).toContain(`data-pagefind-meta="${SPELLING_META}:${record('衞生局熱綫致電熱線，着涼')}"`);
		expect(html).toContain(`data-pagefind-meta="${SPELLING_META}-title:${record('衞生局熱綫')}"`);
		// One word Pagefind indexes, which no Chinese query can match.
		expect(record('衞生局熱綫致電熱線，着涼')).toBe('885b885ex7dda7dab7ddax84577740x');
		expect(writtenSpelling('衛生局熱線 致電熱線，著涼', record('衞生局熱綫致電熱線，着涼'))).toBe('衞生局熱綫 致電熱線，着涼');
	});

	it('records the spelling of the indexed article alone, whatever the links to its neighbours and related cards after it say (trial-42)', () => {
		const body = '<h1>衞生署籲清除積水</h1><p>署長陳嘉峯表示，隨着天氣炎熱，應清除花槽裏的積水。</p><article><p>翠裏邨</p></article>';
		const after =
			'<nav><a href="/a/">較新一篇</a>雲峯區衞生講座</nav><section data-pagefind-ignore><article class="card"><a href="/b/">海峯苑衞生大使</a></article></section>';
		const html = searchablePage(
			`<html lang="zh-Hant-HK"><body><main><article data-pagefind-body>${body}</article>${after}</main><footer>衞</footer></body></html>`,
			'zh-Hant',
			foldVariants,
		);
		// What follows the indexed element is left as it was, and the nested <article> is part of it.
		expect(html).toContain(`</article>${after}</main>`);
		expect(html).toContain(' 翠 裡 邨 ');
		const record = /data-pagefind-meta="spelling:([^"]*)"/.exec(html)?.[1];
		const written = '衞生署籲清除積水署長陳嘉峯表示，隨着天氣炎熱，應清除花槽裏的積水。翠裏邨';
		expect(writtenSpelling(foldVariants(written), record)).toBe(written);
	});

	// Text pasted from WPS (trial-35): a soft hyphen inside 卫生, a zero-width space, a BOM, and full-width digits.
	it.each([
		['zh-Hans', '开展爱国卫\u00AD生工作\u200B，补助１５００元\uFEFF。', (text: string) => text, '爱国卫生工作'],
		['zh-Hant', '開展愛國衞\u00AD生工作\u200B，補助１５００元\uFEFF。', foldVariants, '愛國衛生工作'],
	])('in the %s edition, finds pasted text with invisible characters and full-width digits as typed', (lang, text, fold, words) => {
		const html = searchablePage(page(`<h1 data-pagefind-meta="title:${text}">${text}</h1><p>${text}</p>`), lang, fold);
		expect(html).not.toMatch(/[\u00AD\u200B\uFEFF]/);
		const finds = (query: string) =>
			queryPhrases(searchableQuery(query), lang).every((phrase) => html.includes(`<p> ${phrase}`) || html.includes(` ${phrase} `));
		expect(finds(words)).toBe(true);
		expect(finds('1500')).toBe(true);
		// A query typed or pasted the same way finds the same.
		expect(finds('１５００元')).toBe(true);
		expect(finds(`${[...words].join('\u00AD')}`)).toBe(true);
		expect(html).toContain('data-pagefind-meta="title:');
		expect(html).toMatch(/title:[^"]* 1500 /);
		// Results show the article's own digits: the record of how the page wrote them gives them back.
		const record = /data-pagefind-meta="spelling:([^"]*)"/.exec(html)?.[1];
		const written = text.replace(/[\u00AD\u200B\uFEFF]/g, '').repeat(2);
		expect(writtenSpelling(fold(written.replace(/[０-９]/g, (digit) => String(digit.charCodeAt(0) - 0xff10))), record)).toBe(written);
	});

	it('gives back the written text from the folded text and its record, or the folded text when the record does not fit', () => {
		const variants = [...variantFolding()].flat();
		const text = fc
			.array(fc.oneof(fc.constantFrom(...variants), fc.constantFrom('生', '局', '，', ' ', 'a')), { maxLength: 40 })
			.map((chars) => chars.join(''));
		fc.assert(fc.property(text, (t) => writtenSpelling(foldVariants(t), spellingRecord(t, foldVariants(t))) === t));
		expect(writtenSpelling('衛生', spellingRecord('衞衞', '衛衛'))).toBe('衛生');
	});
});

describe('search bundles', () => {
	const days = (year: number, count: number) =>
		Array.from({ length: count }, (_, i) => new Date(Date.UTC(year, 0, 1 + Math.floor((i * 365) / count))).toISOString().slice(0, 10));

	it('gives each year with articles one bundle, newest first', () => {
		expect(planBundles(['2020-02-08', '2022-12-31', '2020-03-01'], 1000)).toEqual([
			{ name: '2022', from: '2022-01-01', to: '2022-12-31', pages: 1 },
			{ name: '2020', from: '2020-01-01', to: '2020-12-31', pages: 2 },
		]);
	});

	it('splits a year over the limit into quarters, and a quarter over it into months', () => {
		expect(planBundles(days(2021, 40), 10).map((b) => b.name)).toEqual(['2021-q4', '2021-q3', '2021-q2', '2021-q1']);
		const busyMarch = [...days(2021, 8), ...Array.from({ length: 12 }, () => '2021-03-15')];
		expect(planBundles(busyMarch, 10).map((b) => `${b.name}:${b.pages}`)).toEqual(
			['2021-q4:2', '2021-q3:2', '2021-q2:2', '2021-03:12', '2021-01:1', '2021-02:1'].sort((a, b) => b.localeCompare(a)),
		);
	});

	it('puts every article in exactly one bundle', () => {
		fc.assert(
			fc.property(
				fc.array(fc.date({ min: new Date('2018-01-01'), max: new Date('2026-12-31'), noInvalidDate: true }), { maxLength: 200 }),
				fc.integer({ min: 1, max: 50 }),
				(dates, limit) => {
					const iso = dates.map((d) => d.toISOString().slice(0, 10));
					const bundles = planBundles(iso, limit);
					for (const date of iso) expect(bundles.filter((bundle) => bundleOf(date, [bundle])).length).toBe(1);
					expect(bundles.reduce((sum, b) => sum + b.pages, 0)).toBe(iso.length);
					expect(bundles.map((b) => b.from)).toEqual([...bundles.map((b) => b.from)].sort().reverse());
				},
			),
		);
	});
});

describe('a deploy seen from an open search page', () => {
	const bundle = { name: '2022', from: '2022-01-01', to: '2022-12-31', pages: 3, key: 'a' };
	it('tells the same bundles from a rebuilt, added or removed one', () => {
		expect(sameBundles({ bundles: [bundle] }, { bundles: [{ ...bundle }] })).toBe(true);
		expect(sameBundles({ bundles: [bundle] }, { bundles: [{ ...bundle, key: 'b' }] })).toBe(false);
		expect(sameBundles({ bundles: [bundle] }, { bundles: [{ ...bundle, pages: 4, key: undefined }] })).toBe(false);
		expect(sameBundles({ bundles: [bundle] }, { bundles: [{ ...bundle, name: 'recent' }, bundle] })).toBe(false);
		expect(sameBundles({ bundles: [bundle, { ...bundle, name: '2021' }] }, { bundles: [bundle] })).toBe(false);
	});
});

describe('search bundles of a build of changes', () => {
	const whole: WholeBuildBundles = {
		bundles: [
			{ name: '2022', from: '2022-01-01', to: '2022-12-31', pages: 2, urls: ['/a/2022-b/', '/a/2022-a/'] },
			{ name: '2021', from: '2021-01-01', to: '2021-12-31', pages: 1, urls: ['/a/2021/'] },
		],
		newest: '2022-06-30 18:00',
	};
	const held = [
		{ url: '/a/2022-b/', date: '2022-06-30 18:00' },
		{ url: '/a/2022-a/', date: '2022-03-01' },
		{ url: '/a/2021/', date: '2021-05-05' },
	];

	it('keeps the whole build’s bundles and their members, with the articles added since in a bundle of their own before them', () => {
		const added = [
			{ url: '/a/urgent-2/', date: '2022-07-02 09:30' },
			{ url: '/a/urgent-1/', date: '2022-06-30 21:15' },
		];
		expect(bundlesSinceWholeBuild(whole, [...held, ...added])).toEqual([
			{ name: RECENT_BUNDLE, from: '2022-06-30', to: '2022-07-02', pages: 2, urls: ['/a/urgent-1/', '/a/urgent-2/'] },
			...whole.bundles,
		]);
	});

	it('is the whole build’s bundles when nothing was added (a corrected article stays in its bundle)', () => {
		expect(bundlesSinceWholeBuild(whole, held)).toEqual(whole.bundles);
	});

	it('leaves to planning afresh an added article older than the newest, and an article the whole build held that is gone', () => {
		expect(bundlesSinceWholeBuild(whole, [...held, { url: '/a/late-report/', date: '2022-06-30 17:59' }])).toBeUndefined();
		expect(bundlesSinceWholeBuild(whole, held.slice(1))).toBeUndefined();
	});
});

/** A Pagefind stand-in whose every bundle holds `perBundle` pages matching any query. */
function fakePagefind(perBundle: number): PagefindApi {
	const page = (bundle: string, i: number): PagefindResult => ({
		id: `${bundle}-${i}`,
		score: 1,
		data: async () => ({ url: `/${bundle}/${i}/`, content: '', meta: {} }),
	});
	return {
		options: async () => {},
		init: async () => {},
		destroy: async () => {},
		filters: async () => ({}),
		mergeIndex: async () => {},
		search: async (_term, options) => {
			const bundle = options.filters?.[BUNDLE_FILTER]?.any[0] ?? '';
			return { results: Array.from({ length: perBundle }, (_, i) => page(bundle, i)), filters: {} };
		},
	};
}

describe('excerpts of Latin words as phones type them', () => {
	const text =
		'預約請登錄https://jaxcdc.example.cn/jianxian/hpv/2024/schedule-by-school-and-town.html 查看。3月18日，吉安縣適齡女生HPV疫苗免費接種工作在敦厚鎮啟動。';

	it('marks HPV and ＥＶ７１ for hpv and ev71, in either case and width', () => {
		expect(matches('接種HPV疫苗', ['hpv'])).toEqual([[2, 5]]);
		expect(matches('接種ＥＶ７１疫苗', ['ev71'])).toEqual([[2, 6]]);
		expect(matches('接種ev71疫苗', ['EV71'])).toEqual([[2, 6]]);
	});

	it('takes the excerpt from the prose, not from inside a web address', () => {
		const cut = excerpt(text, ['hpv'], 40);
		expect(cut.text).toContain('HPV疫苗');
		expect(cut.text).not.toContain('jianxian/');
		expect(cut.marks.map(([s, e]) => cut.text.slice(s, e))).toContain('HPV');
	});

	it('starts an excerpt whose only match is in an address where the text starts, as one with no match', () => {
		const cut = excerpt('市民可登錄網站查詢。網址為 https://jaxcdc.example.cn/a/very/long/path/for/the/schedule/of/schools/hpv/2024.html', ['hpv'], 40);
		expect(cut.text.startsWith('市民可登錄網站查詢。')).toBe(true);
		expect(cut.cutBefore).toBe(false);
	});

	it('starts after an address, not inside it, when the match follows close behind it', () => {
		const cut = excerpt('詳見https://jaxcdc.example.cn/list/2024/clinics.html內HPV疫苗每週二接種，請攜帶身份證。', ['hpv'], 30);
		expect(cut.text).toMatch(/^內HPV疫苗/);
		expect(cut.cutBefore).toBe(true);
	});
});

describe('paging through results bundle by bundle', () => {
	const bundles = (...years: number[]) => years.map((year) => ({ name: String(year), from: `${year}-01-01`, to: `${year}-12-31`, pages: 12 }));
	const query = { phrases: ['狂犬 病'], filters: {}, sort: 'newest' as const };

	it('knows no older bundle is left once the last one is searched, even when it filled the first page', async () => {
		const found = new ResultList(new ArchiveSearch(fakePagefind(12), '/s/', '/', bundles(2024)), query);
		await found.fill(10);
		expect(found.results).toHaveLength(12);
		expect(found.exhausted).toBe(true);
	});

	it('still offers older bundles while some are left', async () => {
		const found = new ResultList(new ArchiveSearch(fakePagefind(12), '/s/', '/', bundles(2024, 2023)), query);
		await found.fill(10);
		expect(found.exhausted).toBe(false);
		await found.fill(20);
		expect(found.results).toHaveLength(24);
		expect(found.exhausted).toBe(true);
	});
});

describe('the search state', () => {
	it('tells a filtered search from the query alone, and drops the filters but keeps the query and order', () => {
		const state = stateFromParams(new URLSearchParams('q=狂犬病&county=jinggangshan&topic=rabies&year=2024&sort=newest'));
		expect(hasFilters(state)).toBe(true);
		expect(hasFilters(stateFromParams(new URLSearchParams('q=狂犬病')))).toBe(false);
		expect(hasFilters(withoutFilters(state))).toBe(false);
		expect(paramsFromState(withoutFilters(state)).toString()).toBe(new URLSearchParams({ q: '狂犬病', sort: 'newest' }).toString());
	});
});

describe('excerpts', () => {
	const text =
		'福安市口罩生產線投產 2月8日上午，福安市委書記葉其發到我市一家民營企業調研民用口罩生產情況。企業負責人介紹，每天可生產口罩十萬隻，N95 口罩也在試產。';

	it('start at the sentence holding the first match and mark every match in it', () => {
		const cut = excerpt(text, ['口罩'], 60);
		expect(cut.text.startsWith('福安市口罩')).toBe(true);
		expect(cut.cutBefore).toBe(false);
		expect(cut.marks.map(([s, e]) => cut.text.slice(s, e))).toEqual(['口罩', '口罩']);
	});

	it('start at a clause with an ellipsis when the sentence starts too far back', () => {
		const cut = excerpt(text, ['N95'], 30);
		expect(cut.text).toBe('N95 口罩也在試產。');
		expect(cut).toMatchObject({ cutBefore: true, cutAfter: false, marks: [[0, 3]] });
	});

	it('end at a sentence when one ends near the limit, else with an ellipsis', () => {
		expect(excerpt(text, ['葉其發'], 40).text.endsWith('生產情況。')).toBe(true);
		expect(excerpt(text, ['口罩'], 20).cutAfter).toBe(true);
	});

	it('treat a space between Chinese blocks as a sentence start, and a space next to a Latin word as none', () => {
		expect(excerpt(text, ['上午'], 60).text.startsWith('2月8日上午')).toBe(true);
		expect(matches('N95 口罩 N95', ['N95', 'N9'])).toEqual([
			[0, 3],
			[7, 10],
		]);
	});
});
