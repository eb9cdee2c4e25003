import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text formats worth compressing; Pagefind's index files and images are compressed already. */
const TEXT = /\.(html|css|js|mjs|json|xml|txt|svg|webmanifest)$/;
/** Below this size compression saves nothing a request's headers would not eat. */
const MIN_BYTES = 512;

/** The text files under a folder that are worth compressing. */
export function compressibleFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => TEXT.test(file))
		.map((file) => join(dir, file))
		.filter((path) => statSync(path).size >= MIN_BYTES);
}

/** Writes path.br and path.gz next to a file (each only if smaller than the file); returns bytes before and after brotli. */
export async function precompress(path: string): Promise<{ raw: number; br: number }> {
	const raw = readFileSync(path);
	const [br, gz] = await Promise.all([
		// Quality 6 and level 6: within a few per cent of the maximum for HTML, at a fraction of the time on large sites.
		brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
		gzipAsync(raw, { level: 6 }),
	]);
	if (br.length < raw.length) writeFileSync(`${path}.br`, br);
	if (gz.length < raw.length) writeFileSync(`${path}.gz`, gz);
	return { raw: raw.length, br: Math.min(br.length, raw.length) };
}

/**
 * Writes Brotli and gzip copies of every text file of the built site, so a static server (nginx's gzip_static and
 * brotli_static, or a CDN) sends compressed bytes without compressing on each request. Runs after the search index.
 */
export function precompressSite(): AstroIntegration {
	return {
		name: 'bulletin-precompress',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const files = compressibleFiles(fileURLToPath(dir));
				let raw = 0;
				let br = 0;
				// zlib works on libuv's thread pool; a few files at a time keep both cores busy without holding the site in memory.
				for (let i = 0; i < files.length; i += 8) {
					for (const size of await Promise.all(files.slice(i, i + 8).map(precompress))) {
						raw += size.raw;
						br += size.br;
					}
				}
				const seconds = ((performance.now() - started) / 1000).toFixed(1);
				logger.info(`compressed ${files.length} files: ${(raw / 1e6).toFixed(1)} MB → ${(br / 1e6).toFixed(1)} MB brotli (+ gzip copies), ${seconds} s`);
			},
		},
	};
}
