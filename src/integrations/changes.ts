import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { XMLParser } from 'fast-xml-parser';
import { editorMessage, type Message } from '../content-model/editor-messages.ts';
import { editions, searchBundlePath } from '../core/editions.ts';
import { buildSitePart } from '../core/site-parts.ts';
import { articleId, listArticleFiles, publishedArticles } from '../content-model/articles-folder.ts';
import { contentPath } from '../content-model/paths.ts';
import { currentTaxonomyId } from '../content-model/taxonomies.ts';
import { SERVICE_WORKER_FILE } from '../offline/files.ts';
import { putWholeBuildRecordBack, setWholeBuildRecordAside } from '../publish/page-cache.ts';
import { codeFingerprint, publishedBuild } from '../publish/published-build.ts';
import { claimPublishFolder } from '../publish/publish-folder.ts';
import { siteVersion } from '../view/cache-key.ts';
import { siteExamples } from '../content-model/site-examples.ts';
import { filesUnder } from '../content-model/files-under.ts';

// A build of changes (BULLETIN_PART=changes, `npm run build:changes`) is the fast way to publish an urgent bulletin or a
// correction into a large site: it renders only the pages whose cacheKey the last whole build did not publish
// (src/view/static-paths.ts), takes every other page from the published dist/, and then search, service workers,
// compression and the final check run over the whole site as in any build. So its output is the whole build's, as
// long as nothing made a published page go away: a removed, unpublished or moved article does, and is refused here
// (a renamed one whose old id is in its formerIds does not: its old address gets a page that leads to it).

/**
 * The exit status of a refused build of changes. The publish workflow answers it with a whole build; any other failure
 * (a content error, status 1) a whole build would only print again.
 */
export const CHANGES_REFUSED = 3;

/**
 * Says why the build of changes cannot publish and what to run instead, and ends the process with CHANGES_REFUSED.
 * Not thrown: Astro reports an error thrown from a hook as a crash ("An unhandled error occurred…", a stack trace) with
 * the status of every other failure. Written synchronously, so exiting right after loses none of it.
 */
function refuse(message: Message, values: Record<string, string | number> = {}): never {
	const why = editorMessage({ zh: `快速發佈：${message.zh}`, en: `Publishing changes: ${message.en}` }, values);
	const instead = editorMessage({
		zh: '快速發佈沒有執行，什麼都沒有發佈，dist/ 照舊。改用 npm run build 完整建置一次；之後新增或改正文章才能再用 npm run build:changes 快速發佈（見 docs/operators/publishing.md）。',
		en: 'Publishing changes did not run: nothing was published and dist/ is as it was. Run a whole build with npm run build instead; after it, new and corrected articles can be published fast again with npm run build:changes (see docs/operators/publishing.md).',
	});
	writeSync(process.stderr.fd, `${why}\n${instead}\n`);
	process.exit(CHANGES_REFUSED);
}

/** Where an article sits in the site, as the published `articles.json` gives it. */
interface ExportedPlacement {
	id: string;
	date: string;
	county: { id: string };
	topics: Array<{ id: string }>;
	series: { id: string } | null;
}

/** An article's listings (county, topics, series) and archive month. */
export interface Placement {
	county: string;
	topics: string;
	series: string | null;
	month: string;
}

/** An article's placement, its topics in one order so that only a change of them counts. */
const placement = (county: string, topics: readonly string[], series: string | null, date: string): Placement => ({
	county,
	topics: [...topics].sort().join(' '),
	series,
	month: date.slice(0, 7),
});

/** Each article's placement in the published site, from its first edition's JSON export (articles.json). */
function publishedPlacements(site: string): Map<string, Placement> {
	const { articles } = JSON.parse(readFileSync(join(site, editions[0]!.path, 'articles.json'), 'utf8')) as { articles: ExportedPlacement[] };
	return new Map(
		articles.map((a) => [
			a.id,
			placement(
				a.county.id,
				a.topics.map((topic) => topic.id),
				a.series?.id ?? null,
				a.date,
			),
		]),
	);
}

/**
 * Each article's placement as the content now has it, under its id and under the ids it had before it was renamed
 * (formerIds): a renamed article that stays in its listings and month takes no page away, since its old address
 * answers with a page of its own that leads to it.
 */
const contentPlacements = () => {
	// Ids as articles.json has them: a former id written (formerIds of a county that became a city) is its entry's id.
	const [county, topic, series] = [currentTaxonomyId('counties'), currentTaxonomyId('topics'), currentTaxonomyId('series')];
	return new Map<string, Placement>(
		publishedArticles(contentPath('articles')).flatMap((a) => {
			const place = placement(county(a.county), a.topics.map(topic), a.series === null ? null : series(a.series), a.date);
			return [a.id, ...a.formerIds].map((id) => [id, place] as const);
		}),
	);
};

/** A published article whose page or place in a listing this content takes away, and how. */
export interface Displaced {
	id: string;
	/** Its file is gone (deleted, or renamed without formerIds), made a draft, or it moved to other listings or months. */
	how: 'removed' | 'draft' | 'moved';
	/** What of its placement changed, when it moved. */
	changed?: Array<keyof Placement>;
}

/** The ids of the article files that are drafts (every file the build does not publish: one without a date stops it). */
function draftIds(): Set<string> {
	const dir = contentPath('articles');
	const published = new Set(publishedArticles(dir).map((article) => article.id));
	return new Set(
		listArticleFiles(dir)
			.map(articleId)
			.filter((id) => !published.has(id)),
	);
}

/**
 * The published articles that this content removes, makes drafts (`drafts`: the ids of draft files) or moves to
 * other listings or another month: pages of the published site would go away, which only a whole build notices.
 */
export function displacedArticles(
	published: ReadonlyMap<string, Placement>,
	now: ReadonlyMap<string, Placement>,
	drafts: ReadonlySet<string> = new Set(),
): Displaced[] {
	return [...published].flatMap(([id, before]): Displaced[] => {
		const after = now.get(id);
		if (!after) return [{ id, how: drafts.has(id) ? 'draft' : 'removed' }];
		const changed = (Object.keys(before) as Array<keyof Placement>).filter((key) => before[key] !== after[key]);
		return changed.length > 0 ? [{ id, how: 'moved', changed }] : [];
	});
}

/** Each displaced article's id with what happened to it (已刪除或改了檔名, 改為草稿, 改了縣區和月份), for the refusal. */
export function displacedList(displaced: readonly Displaced[], jurisdiction: string): string {
	const names: Record<keyof Placement, Message> = {
		county: { zh: jurisdiction, en: 'jurisdiction' },
		topics: { zh: '專題', en: 'topics' },
		series: { zh: '系列報道', en: 'series' },
		month: { zh: '月份', en: 'month' },
	};
	const and = (parts: string[]) => parts.join(editorMessage({ zh: '和', en: ' and ' }));
	const shown = displaced.slice(0, 10).map(({ id, how, changed = [] }) => {
		const what =
			how === 'removed'
				? editorMessage({ zh: '已刪除或改了檔名', en: 'deleted or renamed' })
				: how === 'draft'
					? editorMessage({ zh: '改為草稿', en: 'made a draft' })
					: editorMessage({ zh: '改了{what}', en: 'moved to another {what}' }, { what: and(changed.map((key) => editorMessage(names[key]))) });
		return editorMessage({ zh: '{id}（{what}）', en: '{id} ({what})' }, { id, what });
	});
	return shown.join(editorMessage({ zh: '、', en: ', ' })) + (displaced.length > 10 ? '…' : '');
}

/** Every page URL of the published site's sitemap (dist/sitemap-N.xml), for the sitemap of a build of changes. */
export function publishedPageUrls(published = resolve(process.cwd(), 'dist')): string[] {
	if (!existsSync(published)) return [];
	const parser = new XMLParser({ isArray: (name) => name === 'url' });
	return readdirSync(published)
		.filter((name) => /^sitemap-\d+\.xml$/.test(name))
		.flatMap((name) =>
			(parser.parse(readFileSync(join(published, name), 'utf8')) as { urlset: { url: Array<{ loc: string }> } }).urlset.url.map((url) => url.loc),
		);
}

/**
 * The published files a build of changes takes as they are: every file of the editions' folders and of _astro/ that
 * this build did not write, without the compressed copies of files it did write. Left out are the files the steps
 * after the pages write again (each edition's search bundles and service worker): those steps make them for the whole
 * site, and they must never write into a file shared with the published site.
 */
export function publishedFilesToKeep(publishedFiles: readonly string[], written: ReadonlySet<string>): string[] {
	const remade = editions.flatMap((edition) => [searchBundlePath(edition), `${edition.path}/${SERVICE_WORKER_FILE}`]);
	return publishedFiles.filter((file) => {
		if (written.has(file) || remade.some((prefix) => file.startsWith(prefix))) return false;
		const compressedOf = /^(.*)\.(br|gz)$/.exec(file)?.[1];
		return compressedOf === undefined || !written.has(compressedOf);
	});
}

/** The `_astro/` files a text file names (pages, feeds, stylesheets), under any base path: `/_astro/a.b1c2.jpg` → `_astro/a.b1c2.jpg`. */
export function assetsNamedIn(text: string): string[] {
	return [...text.matchAll(/\b_astro\/[^"'()\s,?#<>]+/g)].map((match) => match[0]);
}

/**
 * The `_astro/` files a build of changes wrote that the published site lacks and no file it wrote names: the originals
 * of pictures in the bodies of pages it did not render. Astro emits every picture's original and deletes it when a page
 * it renders asked only for resized copies; a page left out of a build of changes asks for none, so its pictures'
 * originals stay, where a whole build publishes none of them.
 */
export function unclaimedAssets(written: Iterable<string>, published: ReadonlySet<string>, named: ReadonlySet<string>): string[] {
	return [...written].filter((file) => file.startsWith('_astro/') && !published.has(file) && !named.has(file));
}

/** Every `_astro/` file named by the text files (pages, feeds, JSON, stylesheets, scripts) among `files`, under `site`. */
function assetsNamedBy(site: string, files: Iterable<string>): Set<string> {
	const named = new Set<string>();
	for (const file of files) {
		if (!/\.(html|xml|json|css|js|mjs|webmanifest|txt)$/.test(file)) continue;
		for (const asset of assetsNamedIn(readFileSync(join(site, file), 'utf8'))) named.add(asset);
	}
	return named;
}

/**
 * Lets `npm run build:changes` publish new and corrected articles without rendering the whole site (see above): checks
 * at startup that the last whole build left what it needs and that the content takes no published page away, and once
 * the changed pages are written fills the rest of the site in from dist/ (hard links: the published files are never
 * written to). Must come before search, service workers, compression and the final check, which then run
 * over the whole site.
 */
export function changes(): AstroIntegration {
	let published = '';
	let cacheDir = '';
	const noWholeBuild = () =>
		refuse({ zh: '找不到上次完整建置發佈的網站（dist/ 和 .cache/）', en: 'no published whole build (dist/ and .cache/) to build changes on' });
	return {
		name: 'bulletin-changes',
		hooks: {
			'astro:config:setup': ({ command, config, logger }) => {
				if (command !== 'build') return;
				cacheDir = fileURLToPath(config.cacheDir);
				// Whatever build comes after a build of changes that was killed finds Astro's record as a whole build left it.
				putWholeBuildRecordBack(cacheDir);
				if (buildSitePart().kind !== 'changes') return;
				// Read before the atomic publish moves the output to its staging folder.
				published = fileURLToPath(config.outDir).replace(/\/$/, '');
				// A whole build killed between the two renames of its swap left dist/ aside: it is put back first, as the
				// whole build does, under the lock the atomic publish then holds.
				claimPublishFolder(published);
				if (!existsSync(join(published, editions[0]!.path, 'articles.json'))) noWholeBuild();
				const last = publishedBuild(cacheDir);
				if (last?.code !== codeFingerprint(fileURLToPath(config.root)))
					refuse({
						zh: '程式、設定或相依套件和上次完整建置時不同，已發佈的頁面不能沿用',
						en: 'the code, config or dependencies differ from the last whole build, so its pages cannot be kept',
					});
				if (last.site !== siteVersion())
					refuse(
						{
							zh: '網站的資料檔（site.yaml、{jurisdictions}、專題、系列報道、詞表、通告）和上次完整建置時不同，可能讓已發佈的頁面消失',
							en: 'the site’s data files (site.yaml, {file}, topics, series, glossary, alerts) differ from the last whole build, which may take published pages away',
						},
						{ jurisdictions: siteExamples().jurisdiction, file: siteExamples().countiesFile },
					);
				const displaced = displacedArticles(publishedPlacements(published), contentPlacements(), draftIds());
				if (displaced.length > 0)
					refuse(
						{
							zh: '這些已發佈的文章會讓已發佈的頁面消失：{articles}。只是改了檔名的文章，在新檔案加上 formerIds: [舊 id]，就能快速發佈',
							en: 'these published articles would take published pages away: {articles}. An article whose file was only renamed can be published fast with formerIds: [old id] in the new file',
						},
						{ articles: displacedList(displaced, siteExamples().jurisdiction) },
					);
				// Last, so a build refused above leaves the record where the next whole build reads it.
				if (!setWholeBuildRecordAside(cacheDir)) noWholeBuild();
				logger.info(
					editorMessage({
						zh: '快速發佈：只產生有改動的頁面，其餘沿用 dist/',
						en: 'publishing changes: only changed pages are rendered, the rest kept from dist/',
					}),
				);
			},
			'astro:build:done': ({ dir, pages, logger }) => {
				if (!published) return;
				const started = performance.now();
				putWholeBuildRecordBack(cacheDir);
				const site = fileURLToPath(dir);
				const written = new Set(filesUnder(site));
				const publishedFiles = ['_astro', ...editions.map((edition) => edition.path)].flatMap((folder) =>
					filesUnder(join(published, folder)).map((file) => `${folder}/${file}`),
				);
				// What a whole build of the same content publishes, no more: not the originals of pictures in pages not rendered.
				for (const file of unclaimedAssets(written, new Set(publishedFiles), assetsNamedBy(site, written))) {
					rmSync(join(site, file));
					written.delete(file);
				}
				const keep = publishedFilesToKeep(publishedFiles, written);
				// 72,000 files at 10,000 articles in about 24,000 folders: each folder is made once, not once per file.
				const made = new Set<string>();
				for (const file of keep) {
					const to = join(site, file);
					const folder = dirname(to);
					if (!made.has(folder)) mkdirSync(folder, { recursive: true });
					made.add(folder);
					try {
						linkSync(join(published, file), to);
					} catch {
						// Another file system (or one without hard links) between dist/ and the staging folder.
						copyFileSync(join(published, file), to);
					}
				}
				logger.info(
					editorMessage(
						{
							zh: '快速發佈：產生了 {pages} 個頁面，沿用已發佈的 {kept} 個檔案，用了 {seconds} 秒',
							en: 'publishing changes: {pages} pages rendered, {kept} published files kept, in {seconds} s',
						},
						{ pages: pages.length, kept: keep.length, seconds: ((performance.now() - started) / 1000).toFixed(1) },
					),
				);
			},
		},
	};
}
