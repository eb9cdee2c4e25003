import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assetsNamedIn, displacedArticles, displacedList, publishedFilesToKeep, unclaimedAssets } from '../../src/integrations/changes.ts';
import { putWholeBuildRecordBack, setWholeBuildRecordAside } from '../../src/publish/page-cache.ts';
import { codeChangeNote } from '../../src/publish/published-build.ts';
import { parseSitePart } from '../../src/core/site-parts.ts';

describe('a build of changes', () => {
	it('is named by BULLETIN_PART=changes', () => {
		expect(parseSitePart('changes')).toEqual({ kind: 'changes' });
		expect(parseSitePart(' changes ')).toEqual({ kind: 'changes' });
		expect(parseSitePart('change')).toBeUndefined();
	});

	it('finds the published articles that were removed, made drafts or moved, and says which applies to each', () => {
		const at = (county: string, month: string, topics = 'epidemic-control', series: string | null = null) => ({ county, topics, series, month });
		const published = new Map([
			['2020/02/08-a', at('fuan', '2020-02')],
			['2020/02/09-b', at('xiapu', '2020-02')],
			['2020/02/10-d', at('xiapu', '2020-02')],
			['2020/03/01-c', at('gutian', '2020-03')],
		]);
		const now = new Map([
			['2020/02/08-a', at('fuan', '2020-02')],
			['2020/03/01-c', at('pingnan', '2020-04')],
			['2020/03/02-new', at('fuan', '2020-03')],
		]);
		const displaced = displacedArticles(published, now, new Set(['2020/02/10-d']));
		expect(displaced).toEqual([
			{ id: '2020/02/09-b', how: 'removed' },
			{ id: '2020/02/10-d', how: 'draft' },
			{ id: '2020/03/01-c', how: 'moved', changed: ['county', 'month'] },
		]);
		expect(displacedList(displaced, '縣區')).toBe('2020/02/09-b（已刪除或改了檔名）、2020/02/10-d（改為草稿）、2020/03/01-c（改了縣區和月份）');
		expect(displacedArticles(published, new Map([...published, ['2020/04/01-new', at('fuan', '2020-04')]]))).toEqual([]);
	});

	it('has a whole build say in one line that the code changed since the last one, so every page is rendered again', () => {
		expect(codeChangeNote({ code: 'old', site: 's' }, 'new')).toBe(
			'程式和上次建置時不同（更新了網站程式、設定或相依套件）：每一頁都重新產生，會和第一次建置一樣久',
		);
		expect(codeChangeNote({ code: 'same', site: 's' }, 'same')).toBeUndefined();
		expect(codeChangeNote(undefined, 'new')).toBeUndefined();
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

describe('the pictures a build of changes wrote', () => {
	it('finds the _astro/ files a page names, under any base path', () => {
		const page =
			'<img src="/hk/_astro/queue.C3f_2pf.webp" srcset="/_astro/queue.C3f_1FP.webp 640w, /_astro/queue.C3f.jpg 1200w"><link href=/_astro/site.a1.css>';
		expect(assetsNamedIn(page)).toEqual(['_astro/queue.C3f_2pf.webp', '_astro/queue.C3f_1FP.webp', '_astro/queue.C3f.jpg', '_astro/site.a1.css']);
	});

	it('drops only the originals no written file names and the published site lacks', () => {
		const written = ['_astro/queue.C3f.jpg', '_astro/queue.C3f_2pf.webp', '_astro/lead.D4e.jpg', '_astro/new-lead.E5f.jpg', 'zh-hant/index.html'];
		const published = new Set(['_astro/lead.D4e.jpg', '_astro/queue.C3f_2pf.webp']);
		const named = new Set(['_astro/new-lead.E5f.jpg']);
		expect(unclaimedAssets(written, published, named)).toEqual(['_astro/queue.C3f.jpg']);
	});
});

describe('Astro’s record of the whole build’s pages around a build of changes', () => {
	const record = (paths: Record<string, string>) => ({
		version: 1,
		routes: {
			'src/pages/[edition]/articles/[...id].astro': {
				dependencyHash: 'd',
				paths: Object.fromEntries(Object.entries(paths).map(([p, k]) => [p, { cacheKey: k, outputFile: `${p.slice(1)}index.html` }])),
			},
		},
	});
	const withCache = (test: (cacheDir: string, read: () => unknown) => void) => {
		const cacheDir = mkdtempSync(join(tmpdir(), 'page-record-'));
		try {
			test(cacheDir, () => JSON.parse(readFileSync(join(cacheDir, 'incremental-build.json'), 'utf8')));
		} finally {
			rmSync(cacheDir, { recursive: true, force: true });
		}
	};

	/** Writes a whole build’s record and its cached pages as Astro does: the pages, then the record (at `time`). */
	const writeCached = (cacheDir: string, whole: ReturnType<typeof record>, time: Date) => {
		for (const { paths } of Object.values(whole.routes))
			for (const { outputFile } of Object.values(paths)) {
				const file = join(cacheDir, 'dist', outputFile);
				mkdirSync(join(file, '..'), { recursive: true });
				writeFileSync(file, outputFile);
				utimesSync(file, new Date(time.getTime() - 1000), new Date(time.getTime() - 1000));
			}
		writeFileSync(join(cacheDir, 'incremental-build.json'), JSON.stringify(whole));
		utimesSync(join(cacheDir, 'incremental-build.json'), time, time);
	};

	it('is put back without the pages the build of changes rendered', () =>
		withCache((cacheDir, read) => {
			writeFileSync(join(cacheDir, 'incremental-build.json'), JSON.stringify(record({ '/a/': 'A', '/b/': 'B', '/c/': 'C' })));
			expect(setWholeBuildRecordAside(cacheDir)).toBe(true);
			expect(existsSync(join(cacheDir, 'incremental-build.json'))).toBe(false);
			// What Astro records for the build of changes: the pages it rendered.
			writeFileSync(join(cacheDir, 'incremental-build.json'), JSON.stringify(record({ '/b/': 'B2', '/new/': 'N' })));
			putWholeBuildRecordBack(cacheDir);
			expect(read()).toEqual(record({ '/a/': 'A', '/c/': 'C' }));
			expect(existsSync(join(cacheDir, 'incremental-build.whole.json'))).toBe(false);
		}));

	it('is put back as it was when the build of changes ended before rendering (refused for a content error), and missing means none', () =>
		withCache((cacheDir, read) => {
			expect(setWholeBuildRecordAside(cacheDir)).toBe(false);
			const whole = record({ '/a/': 'A', '/b/': 'B' });
			writeCached(cacheDir, whole, new Date('2026-01-01T00:00:00Z'));
			expect(setWholeBuildRecordAside(cacheDir)).toBe(true);
			putWholeBuildRecordBack(cacheDir);
			expect(read()).toEqual(whole);
			expect(existsSync(join(cacheDir, 'incremental-build.whole.json'))).toBe(false);
			// And the next build of changes finds it to set aside again.
			expect(setWholeBuildRecordAside(cacheDir)).toBe(true);
		}));

	it('is put back without the pages whose cached copies the build of changes replaced before it ended unrecorded', () =>
		withCache((cacheDir, read) => {
			writeCached(cacheDir, record({ '/a/': 'A', '/b/': 'B', '/c/': 'C' }), new Date('2026-01-01T00:00:00Z'));
			expect(setWholeBuildRecordAside(cacheDir)).toBe(true);
			// The killed build of changes had rendered /b/ again; /c/'s copy is gone.
			writeFileSync(join(cacheDir, 'dist', 'b/index.html'), 'B2');
			rmSync(join(cacheDir, 'dist', 'c/index.html'));
			putWholeBuildRecordBack(cacheDir);
			expect(read()).toEqual(record({ '/a/': 'A' }));
		}));
});
