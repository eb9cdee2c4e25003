import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Problem } from '../content-model/problems.ts';
import { editorMessage } from '../content-model/editor-messages.ts';
import { EDITOR_FOLDER } from '../content-model/paths.ts';
import { incompleteOutput } from './output-integrity.ts';
import { scanPage } from './page-scan.ts';

export interface SiteCheckOptions {
	/** The built folder to check. */
	dir: string;
	/** How the folder is named in messages (dist/). */
	displayDir: string;
	/** The site's base path (/ or /bulletins/), under which its own links start. */
	base: string;
	/** The site's origin (https://example.gov.cn), against which relative links are resolved. */
	origin: string;
	/** Whether links must lead to files of the folder (unless false: a shard's pages link to other jobs' pages). */
	links?: boolean;
}

const DECODERS: Record<string, (bytes: Buffer) => Buffer> = { br: brotliDecompressSync, gz: gunzipSync };

/** Whether a path under the base names a file of the built site (its list of files) the way a static host serves it. */
function servesFile(files: ReadonlySet<string>, path: string): boolean {
	return files.has(path) || files.has(`${path}${path === '' || path.endsWith('/') ? '' : '/'}index.html`);
}

/**
 * The path of a link target written on `page` (relative or from the root, as the site writes its own links), or
 * undefined for absolute URLs: one on the site's own host may lead to another application served there.
 */
function sitePath(target: string, page: string, { base, origin }: SiteCheckOptions): string | undefined {
	if (target === '' || target.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) return undefined;
	return new URL(target, `${origin}${base}${page}`).pathname;
}

/** Problems of one HTML page: incomplete, script that would run without the CSP, links to nothing. */
function pageProblems(page: string, html: string, files: ReadonlySet<string>, options: SiteCheckOptions): string[] {
	const { executable, targets } = scanPage(html, `${options.base}_astro/`);
	// The web editor's page (/admin/) is the project's own code that runs Decap CMS by design, under its own policy
	// (src/publish/http-headers.ts); no content reaches it, so its script is not a finding.
	const problems = page.startsWith(EDITOR_FOLDER)
		? []
		: executable.map((what) => editorMessage({ zh: '頁面會執行程式：{what}', en: 'the page would run script: {what}' }, { what }));
	for (const target of options.links === false ? [] : targets) {
		let path: string | undefined;
		try {
			path = sitePath(target, page, options);
			if (path !== undefined) path = decodeURI(path);
		} catch {
			problems.push(editorMessage({ zh: '連結 {link} 不是有效的網址', en: 'link {link} is not a valid URL' }, { link: target.slice(0, 80) }));
			continue;
		}
		if (path === undefined) continue;
		if (!path.startsWith(options.base) || !servesFile(files, path.slice(options.base.length))) {
			problems.push(editorMessage({ zh: '連結 {link} 指向的檔案不在網站裡', en: 'link {link} points to no file of the site' }, { link: target.slice(0, 80) }));
		}
	}
	return problems;
}

/** Problems of one file of the built site, by its kind. */
function fileProblems(file: string, files: ReadonlySet<string>, options: SiteCheckOptions): string[] {
	if (file.split('/').some((segment) => segment.startsWith('.') && segment !== '.well-known')) {
		return [editorMessage({ zh: '隱藏檔案不能發佈（是建置工具留下的）', en: 'hidden files are never published (a build tool left it behind)' })];
	}
	const path = join(options.dir, file);
	const encoding = /\.(br|gz)$/.exec(file)?.[1];
	if (encoding) {
		const source = path.slice(0, -encoding.length - 1);
		if (!files.has(file.slice(0, -encoding.length - 1))) {
			return [editorMessage({ zh: '壓縮副本對應的檔案不存在', en: 'compressed copy of a file that does not exist' })];
		}
		try {
			return DECODERS[encoding]!(readFileSync(path)).equals(readFileSync(source))
				? []
				: [editorMessage({ zh: '壓縮副本和原檔案的內容不同', en: 'compressed copy differs from its file' })];
		} catch (error) {
			return [editorMessage({ zh: '壓縮副本無法解壓：{reason}', en: 'compressed copy cannot be decoded: {reason}' }, { reason: (error as Error).message })];
		}
	}
	if (!/\.(html|xml|json)$/.test(file)) return [];
	const text = readFileSync(path, 'utf8');
	const incomplete = incompleteOutput(file, text);
	if (incomplete) return [incomplete];
	return file.endsWith('.html') ? pageProblems(file, text, files, options) : [];
}

/**
 * The final check of a built site before it is published: every page complete, free of script that could run
 * without the Content-Security-Policy, and linking only to files that exist; every compressed copy decoding to its
 * file; feeds and sitemaps well-formed XML; JSON parseable; no hidden files.
 */
export function checkBuiltSite(options: SiteCheckOptions): Problem[] {
	const files = readdirSync(options.dir, { recursive: true, encoding: 'utf8' })
		.map((file) => file.split('\\').join('/'))
		.filter((file) => statSync(join(options.dir, file)).isFile())
		.sort();
	const known = new Set(files);
	return files.flatMap((file) =>
		fileProblems(file, known, options).map((message): Problem => ({ file: `${options.displayDir}${file}`, severity: 'error', message })),
	);
}
