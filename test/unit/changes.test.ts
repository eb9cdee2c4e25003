import { describe, expect, it } from 'vitest';
import { displacedArticles, publishedFilesToKeep } from '../../src/integrations/changes.ts';
import { parseSitePart } from '../../src/core/site-parts.ts';

describe('a build of changes', () => {
	it('is named by BULLETIN_PART=changes', () => {
		expect(parseSitePart('changes')).toEqual({ kind: 'changes' });
		expect(parseSitePart(' changes ')).toEqual({ kind: 'changes' });
		expect(parseSitePart('change')).toBeUndefined();
	});

	it('finds the published articles that were removed or moved, and only those', () => {
		const published = new Map([
			['2020/02/08-a', 'fuan|2020-02'],
			['2020/02/09-b', 'xiapu|2020-02'],
			['2020/03/01-c', 'gutian|2020-03'],
		]);
		const now = new Map([
			['2020/02/08-a', 'fuan|2020-02'],
			['2020/03/01-c', 'pingnan|2020-03'],
			['2020/03/02-new', 'fuan|2020-03'],
		]);
		expect(displacedArticles(published, now)).toEqual(['2020/02/09-b', '2020/03/01-c']);
		expect(displacedArticles(published, new Map([...published, ['2020/04/01-new', 'fuan|2020-04']]))).toEqual([]);
	});

	it('keeps the published files it did not write, without stale compressed copies or files later steps write again', () => {
		const published = [
			'zh-hant/index.html',
			'zh-hant/index.html.br',
			'zh-hant/index.html.gz',
			'zh-hant/articles/2020/02/08-a/index.html',
			'zh-hant/articles/2020/02/08-a/index.html.br',
			'zh-hant/pagefind/2020/pagefind-entry.json',
			'zh-hant/pagefind/bundles.json',
			'zh-hant/sw.js',
			'zh-hant/sw.js.br',
			'zh-hans/articles/2020/02/08-a/index.html',
			'_astro/style.abc123.css',
		];
		const written = new Set(['zh-hant/index.html', '_astro/style.abc123.css']);
		expect(publishedFilesToKeep(published, written)).toEqual([
			'zh-hant/articles/2020/02/08-a/index.html',
			'zh-hant/articles/2020/02/08-a/index.html.br',
			'zh-hans/articles/2020/02/08-a/index.html',
		]);
	});
});
