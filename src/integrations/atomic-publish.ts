import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ContentError, logProblems } from '../content-model/problems.ts';
import { dropIncompleteCachedPages } from '../publish/page-cache.ts';
import { publishPaths, publishStaged } from '../publish/swap.ts';
import { claimPublishFolder } from '../publish/publish-folder.ts';
import { checkBuiltSite, type CheckMemory } from '../publish/verify-site.ts';
import { contentCache } from './content-cache.ts';
import { editorMessage } from '../content-model/editor-messages.ts';
import { headersFile } from '../publish/http-headers.ts';
import { displayPath } from '../content-model/paths.ts';
import { buildSitePart, shardFolder } from '../core/site-parts.ts';
import { codeFingerprint, recordPublishedBuild } from '../publish/published-build.ts';
import { siteVersion } from '../view/cache-key.ts';

// What the final check remembers between builds (src/publish/verify-site.ts); a new format starts from nothing. So
// must a new rule of the scan (src/publish/page-scan.ts), or a page an older scan passed stays passed: 4 is the
// parser's reading of MathML and SVG and animations of links (trial-39).
const MEMORY_FORMAT = 'final-check-memory 4';

/**
 * Publishes a build all at once or not at all. Astro lets an integration move the output folder (`updateConfig({
 * outDir })` in astro:config:setup), so `npm run build` stays `astro build`: the site is written into a hidden staging
 * folder beside dist/, checked (pages, links, script, compressed copies, XML, JSON), and only then swapped in for
 * dist/. A build that fails or is killed at any step leaves the published dist/ as it was. A lock keeps two builds in
 * one project from writing the same staging folder. It also writes the `_headers` file for the configured base.
 * Must be the last integration, so everything else has written its files when the check runs.
 */
export function atomicPublish(): AstroIntegration {
	let target = '';
	let release = () => {};
	let check = { base: '/', origin: '', links: true };
	let memoryFolder = '';
	let root = '';
	let cacheDir = '';
	return {
		name: 'bulletin-atomic-publish',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				if (command !== 'build') return;
				const part = buildSitePart();
				// A shard is published into its own folder for the assembly, never into dist/.
				target = part.kind === 'shard' ? fileURLToPath(new URL(shardFolder(part.number), config.root)) : fileURLToPath(config.outDir).replace(/\/$/, '');
				mkdirSync(dirname(target), { recursive: true });
				const paths = publishPaths(target);
				release = claimPublishFolder(target);
				// Whatever a killed build left here is incomplete by definition.
				rmSync(paths.staging, { recursive: true, force: true });
				updateConfig({ outDir: pathToFileURL(`${paths.staging}/`) });
			},
			'astro:config:done': ({ config, logger }) => {
				if (!target) return;
				root = fileURLToPath(config.root);
				cacheDir = fileURLToPath(config.cacheDir);
				memoryFolder = join(cacheDir, 'final-check');
				// A build of changes does not use Astro's page cache (astro.config.mjs), so it need not read it through.
				const dropped = buildSitePart().kind === 'changes' ? [] : dropIncompleteCachedPages(cacheDir);
				if (dropped.length > 0) {
					logger.warn(
						editorMessage(
							{
								zh: '有 {count} 個快取的頁面上次被截斷了，這次重新產生：{pages}',
								en: 'rendering again {count} cached page(s) that were cut off: {pages}',
							},
							{ count: dropped.length, pages: dropped.slice(0, 5).join(', ') },
						),
					);
				}
				check = {
					base: config.base.endsWith('/') ? config.base : `${config.base}/`,
					origin: config.site ? new URL(config.site).origin : 'http://localhost',
					// A shard's pages link to pages other jobs make; the assembly checks every link of the whole site.
					links: buildSitePart().kind !== 'shard',
				};
			},
			'astro:build:done': ({ dir, logger }) => {
				const started = performance.now();
				const site = fileURLToPath(dir);
				// Generated, not copied from public/, so its paths follow the configured base.
				writeFileSync(join(site, '_headers'), headersFile(check.base));
				const memory = contentCache(memoryFolder);
				const memoryKey = memory.key(MEMORY_FORMAT);
				const remembered = memory.read(memoryKey, 'v8');
				const { problems, learnt } = checkBuiltSite(
					{ dir: site, displayDir: `${displayPath(target)}/`, ...check },
					remembered ? (deserialize(remembered) as CheckMemory) : undefined,
				);
				if (problems.length > 0) {
					logProblems(logger, problems.slice(0, 50));
					if (problems.length > 50) logger.error(editorMessage({ zh: '……還有 {count} 個', en: '… and {count} more' }, { count: problems.length - 50 }));
					throw new ContentError(
						editorMessage(
							{
								zh: '建成的網站沒有通過最後檢查，{target}/ 保持原樣；問題列在上面，每行一個',
								en: 'The built site failed its final check; {target}/ was left as it was. The problems are listed above, one a line',
							},
							{ target: displayPath(target) },
						),
						editorMessage({
							zh: '路徑是檔案發佈後的位置。改正產生它的內容或程式，再建置一次。',
							en: 'Paths name the file as it would have been published. Fix the content or code that made it, then build again.',
						}),
					);
				}
				memory.write(memoryKey, 'v8', serialize(learnt));
				memory.prune();
				// An urgent bulletin is live once the site is swapped in; the old copy need not hold it up.
				publishStaged(site, target, { removeOld: buildSitePart().kind === 'changes' ? 'background' : 'now' });
				// What a build of changes checks before it keeps this build's pages (src/integrations/changes.ts).
				if (buildSitePart().kind === 'whole') recordPublishedBuild(cacheDir, { code: codeFingerprint(root), site: siteVersion() });
				release();
				logger.info(
					editorMessage(
						{ zh: '已檢查建成的網站並發佈到 {target}/，用了 {seconds} 秒', en: 'checked the built site and published it to {target}/ in {seconds} s' },
						{ target: displayPath(target), seconds: ((performance.now() - started) / 1000).toFixed(1) },
					),
				);
			},
		},
	};
}
