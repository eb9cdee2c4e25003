import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { publishedArticles } from '../content-model/articles-folder.ts';
import { editorMessage, type Message } from '../content-model/editor-messages.ts';
import { contentPath } from '../content-model/paths.ts';
import { editions, searchBundlePath } from '../core/editions.ts';
import { parseSitePart, SHARD_MANIFEST, PART_VARIABLE, shardFolder, shardYears, type SitePart } from '../core/site-parts.ts';
import { filesUnder } from '../content-model/files-under.ts';

/** What a shard writes beside its pages for the assembly: which shard of how many, and the years it rendered. */
export interface ShardManifest {
	number: number;
	count: number;
	years: string[];
}

/** The years each of `count` shards renders, from the articles a production build publishes; undefined if there are fewer years than shards. */
function plannedYears(count: number): string[][] | undefined {
	const perYear = new Map<string, number>();
	for (const { date } of publishedArticles(contentPath('articles'))) perYear.set(date.slice(0, 4), (perYear.get(date.slice(0, 4)) ?? 0) + 1);
	return shardYears(perYear, count);
}

const shardError = (message: Message, values: Record<string, string | number> = {}) =>
	new AstroError(
		editorMessage({ zh: `分片建置：${message.zh}`, en: `Sharded build: ${message.en}` }, values),
		editorMessage({
			zh: '每個分片用 BULLETIN_PART=編號/總數 npm run build 建置到 shards/編號/，全部完成後用 BULLETIN_PART=assemble npm run build 組合（見 docs/operators/publishing.md）。',
			en: 'Build each shard with BULLETIN_PART=number/count npm run build into shards/number/, then assemble with BULLETIN_PART=assemble npm run build (see docs/operators/publishing.md).',
		}),
	);

/**
 * The files a shard brings to the site, relative to its output: every edition's article pages (with their compressed
 * copies), its search bundles (the folders inside each edition's search folder; the manifest and query map beside them
 * are the assembly's) and the built assets its pages use.
 */
function shardFiles(shard: string): string[] {
	return [
		...editions.flatMap((edition) => filesUnder(join(shard, edition.path, 'articles')).map((file) => `${edition.path}/articles/${file}`)),
		...editions.flatMap((edition) => {
			const search = searchBundlePath(edition);
			return filesUnder(join(shard, search))
				.filter((file) => file.includes('/'))
				.map((file) => `${search}${file}`);
		}),
		...filesUnder(join(shard, '_astro')).map((file) => `_astro/${file}`),
	];
}

/** The shards' output folders in shard order, checked against each other and against the years this content cuts into. */
export function shardOutputs(root: string): string[] {
	const shardsDir = join(root, dirname(shardFolder(1)));
	const found = existsSync(shardsDir)
		? readdirSync(shardsDir)
				.filter((name) => existsSync(join(shardsDir, name, SHARD_MANIFEST)))
				.map((name) => ({ folder: join(shardsDir, name), manifest: JSON.parse(readFileSync(join(shardsDir, name, SHARD_MANIFEST), 'utf8')) as ShardManifest }))
				.sort((a, b) => a.manifest.number - b.manifest.number)
		: [];
	if (found.length === 0) throw shardError({ zh: '{folder}/ 裡沒有分片的輸出', en: 'no shard output in {folder}/' }, { folder: dirname(shardFolder(1)) });
	const count = found[0]!.manifest.count;
	const planned = plannedYears(count);
	found.forEach(({ folder, manifest }, i) => {
		const expected = planned?.[i];
		if (manifest.count !== count || manifest.number !== i + 1 || !expected || expected.join() !== manifest.years.join()) {
			throw shardError(
				{
					zh: '{folder}/ 是第 {number}/{count} 片（{years} 年），和現在的內容應有的第 {expected}/{total} 片（{planned} 年）不符',
					en: '{folder}/ is shard {number}/{count} ({years}), but this content makes shard {expected}/{total} of {planned}',
				},
				{
					folder: relative(root, folder),
					number: manifest.number,
					count: manifest.count,
					years: manifest.years.join('、'),
					expected: i + 1,
					total: count,
					planned: expected?.join('、') ?? '—',
				},
			);
		}
	});
	if (found.length !== count)
		throw shardError({ zh: '找到 {found} 個分片，應有 {count} 個', en: 'found {found} shards of {count}' }, { found: found.length, count });
	return found.map((shard) => shard.folder);
}

/**
 * Lets a site be built in shards (src/core/site-parts.ts): BULLETIN_PART=2/3 makes the article pages and search bundles of
 * the second of three runs of years and publishes them into shards/2/ with a manifest; BULLETIN_PART=assemble renders
 * the rest of the site and copies every shard's files into it before search, service workers, compression and the
 * final check run over the whole. Without the variable nothing changes. Must come before those integrations.
 */
export function shards(): AstroIntegration {
	let part: SitePart = { kind: 'whole' };
	let root = '';
	let years: string[] = [];
	return {
		name: 'bulletin-shards',
		hooks: {
			'astro:config:setup': ({ command, config, logger }) => {
				if (command !== 'build') return;
				const value = process.env[PART_VARIABLE];
				const parsed = parseSitePart(value);
				if (!parsed)
					throw shardError(
						{
							zh: '{variable}={value} 看不懂：要寫成「編號/總數」（如 2/3）、assemble 或 changes',
							en: '{variable}={value} means nothing: write number/count (2/3), assemble or changes',
						},
						{ variable: PART_VARIABLE, value: value ?? '' },
					);
				part = parsed;
				root = fileURLToPath(config.root);
				if (part.kind !== 'shard') {
					if (part.kind !== 'assembly') return;
					// Checked before anything is rendered, so a missing or foreign shard costs seconds, not a whole build.
					const found = shardOutputs(root);
					logger.info(editorMessage({ zh: '組合 {count} 個分片的輸出', en: 'assembling {count} shards' }, { count: found.length }));
					return;
				}
				const planned = plannedYears(part.count);
				if (!planned)
					throw shardError(
						{ zh: '文章只跨 {years} 個年份，不能分成 {count} 片', en: 'the articles span {years} years, too few for {count} shards' },
						{ years: new Set(publishedArticles(contentPath('articles')).map((a) => a.date.slice(0, 4))).size, count: part.count },
					);
				years = planned[part.number - 1]!;
				logger.info(
					editorMessage(
						{
							zh: '第 {number}/{count} 片：只建置 {years} 年的文章頁和搜尋分冊',
							en: 'shard {number}/{count}: article pages and search bundles of {years} only',
						},
						{ number: part.number, count: part.count, years: years.join(editorMessage({ zh: '、', en: ', ' })) },
					),
				);
			},
			'astro:build:done': ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				if (part.kind === 'shard') {
					writeFileSync(join(site, SHARD_MANIFEST), JSON.stringify({ number: part.number, count: part.count, years } satisfies ShardManifest));
					return;
				}
				if (part.kind !== 'assembly') return;
				const started = performance.now();
				let copied = 0;
				for (const folder of shardOutputs(root)) {
					for (const file of shardFiles(folder)) {
						const from = join(folder, file);
						const to = join(site, file);
						if (existsSync(to)) {
							// Built assets are named by their content; the same name with other bytes means the jobs ran different code.
							if (!readFileSync(to).equals(readFileSync(from))) {
								throw shardError(
									{
										zh: '{file} 在 {folder}/ 和組合建置裡內容不同：各分片和組合要用同一版程式和內容建置',
										en: '{file} differs between {folder}/ and the assembly: build the shards and the assembly from the same commit',
									},
									{ file, folder: relative(root, folder) },
								);
							}
							continue;
						}
						mkdirSync(dirname(to), { recursive: true });
						copyFileSync(from, to);
						copied++;
					}
				}
				logger.info(
					editorMessage(
						{ zh: '已從各分片複製 {files} 個檔案，用了 {seconds} 秒', en: 'copied {files} files from the shards in {seconds} s' },
						{ files: copied, seconds: ((performance.now() - started) / 1000).toFixed(1) },
					),
				);
			},
		},
	};
}
