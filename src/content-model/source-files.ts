import { readFileSync, statSync } from 'node:fs';

/** One content file as last read: its version on disk, its bytes, and what has been computed from them. */
interface Source {
	version: string;
	bytes: Buffer;
	derived: Map<string, unknown>;
}

// Astro loads our modules more than once in one process (astro.config.mjs through Node, the content config and the
// pages through Vite, each with its own copy of every module), so the memo lives in one global slot all copies share.
const SLOT = Symbol.for('bulletin.source-files');
const sources: Map<string, Source> = ((globalThis as { [SLOT]?: Map<string, Source> })[SLOT] ??= new Map());

/** What identifies one version of a file without reading it: a save replaces the inode or changes the size or times. */
function versionOf(path: string): string {
	const stat = statSync(path, { bigint: true });
	return `${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
}

/** The current version of a file, read from disk only when it is new or changed since the last read in this process. */
function source(path: string): Source {
	const version = versionOf(path);
	let known = sources.get(path);
	if (known?.version !== version) sources.set(path, (known = { version, bytes: readFileSync(path), derived: new Map() }));
	return known;
}

/**
 * The bytes of a content file (by absolute path), read once per process and again only after it changes on disk, so
 * the build, its pre-check and `npm run dev` share one read; throws as readFileSync does when it cannot be read.
 */
export function readSource(path: string): Buffer {
	return source(path).bytes;
}

/**
 * A value computed from a content file's bytes once per version of the file: `purpose` names the computation, which
 * must give the same value for the same bytes wherever it is asked for. A computation that throws is not kept.
 */
export function fromSource<T>(path: string, purpose: string, compute: (bytes: Buffer) => T): T {
	const { bytes, derived } = source(path);
	if (derived.has(purpose)) return derived.get(purpose) as T;
	const value = compute(bytes);
	derived.set(purpose, value);
	return value;
}
