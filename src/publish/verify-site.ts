import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { filesUnder } from '../content-model/files-under.ts';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Problem } from '../content-model/problems.ts';
import { editorMessage } from '../content-model/editor-messages.ts';
import { contentPath, EDITOR_FOLDER } from '../content-model/paths.ts';
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

/**
 * What the final check found of files by their bytes in earlier builds. Reading pages through an HTML tokenizer and
 * decoding compressed copies is most of its time; a publish that changes a few pages of a large site would otherwise
 * pay it for every page. Only findings that hold whatever else changes are kept: a page's link targets when it is
 * whole and has no script (whether those targets exist is checked again every time), that a feed or data file is
 * whole, and that a copy decodes to a file's bytes. A build of changes takes most files from the published site as
 * they are (hard links: the same file, unchanged since), so the hash of a file's bytes is also kept by its identity.
 */
export interface CheckMemory {
	/** Link targets of whole pages free of script, by the hash of the base and the page's bytes: positions in `targets`. */
	pages: Map<string, Uint32Array>;
	/**
	 * Every link target of those pages, once. Pages share most of their links (the header, the listings), so a list per
	 * page repeated them: 28 MB to read and write back on every build at 3,000 articles, against 3 MB this way.
	 */
	targets: string[];
	/** Feeds, sitemaps and JSON files found whole, by the hash of their bytes. */
	whole: Set<string>;
	/** Compressed copies that decode to their file, by the hash of the encoding, the copy's bytes and the file's. */
	copies: Set<string>;
	/** The hash of a file's bytes by its identity: its path, inode, size and time of last change, none of which a write leaves as it was. */
	hashes: Map<string, string>;
}

/** A memory with nothing in it: the check reads everything. */
export const emptyCheckMemory = (): CheckMemory => ({ pages: new Map(), targets: [], whole: new Set(), copies: new Set(), hashes: new Map() });

const hashOf = (...parts: Array<string | Buffer>) => {
	const hash = createHash('sha256');
	for (const part of parts) hash.update(part).update('\0');
	return hash.digest('base64url');
};

/** One run of the check: the options, what earlier runs found, and what this run finds (the next run's memory). */
interface CheckRun {
	options: SiteCheckOptions;
	/** The site's files, each with its identity (see CheckMemory.hashes). */
	files: ReadonlyMap<string, string>;
	remembered: CheckMemory;
	learnt: CheckMemory;
	/** The position of each target in `learnt.targets`. */
	targetPositions: Map<string, number>;
	/** Where each link leads, by what it is resolved against and the target (see linkPath). */
	resolved: Map<string, string | undefined | Error>;
}

/** Whether a path under the base names a file of the built site (its list of files) the way a static host serves it. */
function servesFile(files: ReadonlyMap<string, string>, path: string): boolean {
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

/** The site path a link target of a page leads to (as sitePath(), decoded), an Error for a malformed one; each found once a run. */
function linkPath(target: string, page: string, run: CheckRun): string | undefined | Error {
	// Where a link leads depends on the page's folder, or on nothing for one from the root; a bare query keeps the page.
	const key = target.startsWith('/') ? target : `${target.startsWith('?') ? page : page.slice(0, page.lastIndexOf('/') + 1)}\0${target}`;
	let path = run.resolved.get(key);
	if (path !== undefined || run.resolved.has(key)) return path;
	try {
		path = sitePath(target, page, run.options);
		if (path !== undefined) path = decodeURI(path);
	} catch (error) {
		path = error as Error;
	}
	run.resolved.set(key, path);
	return path;
}

/** A page's link targets as positions in the memory this run writes. */
function targetPositions(targets: readonly string[], run: CheckRun): Uint32Array {
	return Uint32Array.from(targets, (target) => {
		let position = run.targetPositions.get(target);
		if (position === undefined) {
			position = run.learnt.targets.push(target) - 1;
			run.targetPositions.set(target, position);
		}
		return position;
	});
}

/** A link as a message shows it: decoded (an editor wrote 通知.pdf, not %E9%80%9A…), cut at 80 characters, never inside an escape. */
function shownLink(target: string): string {
	let text = target;
	try {
		text = decodeURI(target);
	} catch {
		// A malformed escape is shown as written, cut by characters below all the same.
	}
	const characters = Array.from(text);
	return characters.length > 80 ? `${characters.slice(0, 80).join('')}…` : text;
}

/** The article file a built page of an article comes from (content/articles/2022/03/04-x.md), if there is one. */
function articleSource(page: string): string | undefined {
	const id = /^[^/]+\/articles\/(.+)\/index\.html$/.exec(page)?.[1];
	if (id === undefined) return undefined;
	const source = ['md', 'mdx'].map((extension) => contentPath('articles', `${id}.${extension}`)).find((path) => existsSync(path));
	return source && relative(process.cwd(), source).split(sep).join('/');
}

/** Problems of one HTML page: cut off, script that would run without the CSP, links to nothing. */
function pageProblems(page: string, run: CheckRun): string[] {
	const { options } = run;
	const key = hashOf(options.base, fileHash(page, run));
	const positions = run.remembered.pages.get(key);
	let targets = positions && Array.from(positions, (position) => run.remembered.targets[position]!);
	let executable: string[] = [];
	if (!targets) {
		const html = readSiteFile(page, run).toString('utf8');
		const incomplete = incompleteOutput(page, html);
		if (incomplete) return [incomplete];
		({ executable, targets } = scanPage(html, `${options.base}_astro/`, options.base));
	}
	if (executable.length === 0) run.learnt.pages.set(key, targetPositions(targets, run));
	// The web editor's page (/admin/) is the project's own code that runs Decap CMS by design, under its own policy
	// (src/publish/http-headers.ts); no content reaches it, so its script is not a finding.
	const problems = page.startsWith(EDITOR_FOLDER)
		? []
		: executable.map((what) => editorMessage({ zh: '頁面會執行程式：{what}', en: 'the page would run script: {what}' }, { what }));
	for (const target of options.links === false ? [] : targets) {
		const path = linkPath(target, page, run);
		if (path instanceof Error) {
			problems.push(editorMessage({ zh: '連結 {link} 不是有效的網址', en: 'link {link} is not a valid URL' }, { link: shownLink(target) }));
		} else if (path !== undefined && (!path.startsWith(options.base) || !servesFile(run.files, path.slice(options.base.length)))) {
			problems.push(editorMessage({ zh: '連結 {link} 指向的檔案不在網站裡', en: 'link {link} points to no file of the site' }, { link: shownLink(target) }));
		}
	}
	return problems;
}

/** The bytes of a file of the site, noting their hash by the file's identity. */
function readSiteFile(file: string, run: CheckRun): Buffer {
	const bytes = readFileSync(join(run.options.dir, file));
	run.learnt.hashes.set(run.files.get(file)!, hashOf(bytes));
	return bytes;
}

/** The hash of a file's bytes: known by its identity from this run or an earlier one, or read now. */
function fileHash(file: string, run: CheckRun): string {
	const identity = run.files.get(file)!;
	const known = run.learnt.hashes.get(identity) ?? run.remembered.hashes.get(identity);
	if (known === undefined) readSiteFile(file, run);
	else run.learnt.hashes.set(identity, known);
	return run.learnt.hashes.get(identity)!;
}

/** Problems of a compressed copy: it must belong to a file of the site and decode to that file's bytes. */
function copyProblems(file: string, encoding: string, run: CheckRun): string[] {
	const original = file.slice(0, -encoding.length - 1);
	if (!run.files.has(original)) return [editorMessage({ zh: '壓縮副本對應的檔案不存在', en: 'compressed copy of a file that does not exist' })];
	const key = hashOf(encoding, fileHash(file, run), fileHash(original, run));
	if (run.remembered.copies.has(key)) {
		run.learnt.copies.add(key);
		return [];
	}
	try {
		if (!DECODERS[encoding]!(readFileSync(join(run.options.dir, file))).equals(readFileSync(join(run.options.dir, original)))) {
			return [editorMessage({ zh: '壓縮副本和原檔案的內容不同', en: 'compressed copy differs from its file' })];
		}
	} catch (error) {
		return [editorMessage({ zh: '壓縮副本無法解壓：{reason}', en: 'compressed copy cannot be decoded: {reason}' }, { reason: (error as Error).message })];
	}
	run.learnt.copies.add(key);
	return [];
}

/** Problems of one file of the built site, by its kind. */
function fileProblems(file: string, run: CheckRun): string[] {
	if (file.split('/').some((segment) => segment.startsWith('.') && segment !== '.well-known')) {
		return [editorMessage({ zh: '隱藏檔案不能發佈（是建置工具留下的）', en: 'hidden files are never published (a build tool left it behind)' })];
	}
	const encoding = /\.(br|gz)$/.exec(file)?.[1];
	if (encoding) return copyProblems(file, encoding, run);
	if (file.endsWith('.html')) return pageProblems(file, run);
	if (!/\.(xml|json)$/.test(file)) return [];
	const hash = fileHash(file, run);
	if (!run.remembered.whole.has(hash)) {
		const incomplete = incompleteOutput(file, readSiteFile(file, run).toString('utf8'));
		if (incomplete) return [incomplete];
	}
	run.learnt.whole.add(hash);
	return [];
}

/**
 * The final check of a built site before it is published: every page complete, free of script that could run
 * without the Content-Security-Policy, and linking only to files that exist; every compressed copy decoding to its
 * file; feeds and sitemaps well-formed XML; JSON parseable; no hidden files. What an earlier run found of the same
 * bytes (`remembered`) is not found again; `learnt` is what this run found, for the next.
 */
export function checkBuiltSite(options: SiteCheckOptions, remembered: CheckMemory = emptyCheckMemory()): { problems: Problem[]; learnt: CheckMemory } {
	const files = new Map<string, string>();
	for (const file of filesUnder(options.dir).sort()) {
		const stats = statSync(join(options.dir, file), { bigint: true });
		files.set(file, `${file}\0${stats.ino}\0${stats.size}\0${stats.mtimeNs}`);
	}
	const run: CheckRun = { options, files, remembered, learnt: emptyCheckMemory(), targetPositions: new Map(), resolved: new Map() };
	const problems = [...files.keys()].flatMap((file) => {
		// A problem of an article's page is the article's to fix: it is named first, with the page it was found in.
		const source = file.endsWith('.html') ? articleSource(file) : undefined;
		const built = `${options.displayDir}${file}`;
		return fileProblems(file, run).map((message): Problem =>
			source === undefined
				? { file: built, severity: 'error', message }
				: {
						file: source,
						severity: 'error',
						message: editorMessage({ zh: '{message}（在建置出的 {built}）', en: '{message} (in the built {built})' }, { message, built }),
					},
		);
	});
	return { problems, learnt: run.learnt };
}
