import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../content-model/files-under.ts';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { editorMessage } from '../content-model/editor-messages.ts';
import { contentCache, type ContentCache } from './content-cache.ts';
import { buildSitePart } from '../core/site-parts.ts';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text formats worth compressing; Pagefind's index files and images are compressed already. */
const TEXT = /\.(html|css|js|mjs|json|xml|xsl|txt|svg|webmanifest)$/;
/** Below this size compression saves nothing a request's headers would not eat. */
const MIN_BYTES = 512;
const ENCODINGS = ['br', 'gz'] as const;

/**
 * The text files under a folder that are worth compressing and have no compressed copy yet: a sharded build's assembly
 * receives the shards' pages already compressed (the final check decodes every copy against its file).
 */
export function compressibleFiles(dir: string): string[] {
	const files = filesUnder(dir);
	const present = new Set(files);
	return files
		.filter((file) => TEXT.test(file) && !ENCODINGS.some((encoding) => present.has(`${file}.${encoding}`)))
		.map((file) => join(dir, file))
		.filter((path) => statSync(path).size >= MIN_BYTES);
}

/** Brotli and gzip copies of some bytes. */
async function compress(raw: Buffer): Promise<Record<(typeof ENCODINGS)[number], Buffer>> {
	const [br, gz] = await Promise.all([
		// Quality 6 and level 6: within a few per cent of the maximum for HTML, at a fraction of the time on large sites.
		brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
		gzipAsync(raw, { level: 6 }),
	]);
	return { br, gz };
}

/**
 * Writes path.br and path.gz next to a file (each only if smaller than the file), taking them from `cache` when a
 * file with the same bytes was compressed before and the cached copies are intact; returns the bytes before and after brotli.
 */
export async function precompress(path: string, cache: ContentCache): Promise<{ raw: number; br: number }> {
	const raw = readFileSync(path);
	const key = cache.key(raw);
	let copies = ENCODINGS.map((encoding) => cache.read(key, encoding));
	if (copies.some((copy) => copy === undefined)) {
		const compressed = await compress(raw);
		for (const encoding of ENCODINGS) cache.write(key, encoding, compressed[encoding]);
		copies = ENCODINGS.map((encoding) => compressed[encoding]);
	}
	let br = raw.length;
	ENCODINGS.forEach((encoding, i) => {
		const copy = copies[i]!;
		if (copy.length >= raw.length) return;
		writeFileSync(`${path}.${encoding}`, copy);
		if (encoding === 'br') br = copy.length;
	});
	return { raw: raw.length, br };
}

/**
 * Writes Brotli and gzip copies of every text file of the built site, so a static server (nginx's gzip_static and
 * brotli_static, or a CDN) sends compressed bytes without compressing on each request. Runs after the search index.
 * Compressed copies are kept in Astro's cache folder by content hash, so a rebuild compresses only what changed.
 */
export function precompressSite(): AstroIntegration {
	let cacheFolder = '';
	return {
		name: 'bulletin-precompress',
		hooks: {
			'astro:config:done': ({ config }) => {
				cacheFolder = join(fileURLToPath(config.cacheDir), 'precompressed');
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const cache = contentCache(cacheFolder);
				const files = compressibleFiles(fileURLToPath(dir));
				let raw = 0;
				let br = 0;
				// zlib works on libuv's thread pool; a few files at a time keep both cores busy without holding the site in memory.
				for (let i = 0; i < files.length; i += 8) {
					for (const size of await Promise.all(files.slice(i, i + 8).map((file) => precompress(file, cache)))) {
						raw += size.raw;
						br += size.br;
					}
				}
				// Only a whole build asked for every file's copies; any other would drop the copies of the files it did not make.
				if (buildSitePart().kind === 'whole') cache.prune();
				const seconds = ((performance.now() - started) / 1000).toFixed(1);
				logger.info(
					editorMessage(
						{
							zh: '已壓縮 {files} 個檔案：{raw} MB → brotli {br} MB（另有 gzip 副本），用了 {seconds} 秒',
							en: 'compressed {files} files: {raw} MB → {br} MB brotli (+ gzip copies), {seconds} s',
						},
						{ files: files.length, raw: (raw / 1e6).toFixed(1), br: (br / 1e6).toFixed(1), seconds },
					),
				);
			},
		},
	};
}
