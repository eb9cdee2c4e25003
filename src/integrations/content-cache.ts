import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { filesUnder } from '../content-model/files-under.ts';
import { deserialize, serialize } from 'node:v8';
import { openEntry, sealEntry } from '../view/sealed-entry.ts';

/** A folder of files named by the hash of what they were made from, kept between builds in Astro's cache folder. */
export interface ContentCache {
	/** The key of some bytes (their SHA-256); the build keeps the files of every key it asked for. */
	key(input: string | Buffer): string;
	/** A key an earlier build gave, asked for again without its input (so the build keeps its files); returns it. */
	reuse(key: string): string;
	/** The bytes made from the input with this key, if an intact entry exists; a torn or altered entry counts as none. */
	read(key: string, suffix: string): Buffer | undefined;
	/** Stores the bytes made from the input with this key, all at once: a reader sees the old entry, none, or this one. */
	write(key: string, suffix: string, bytes: Buffer | string): void;
	/** Replaces `folder` with the files stored under this key and returns true, or returns false (and leaves it) when no intact entry exists. */
	readFolder(key: string, suffix: string, folder: string): boolean;
	/** Stores every file of `folder` under this key as one entry, so it is checked and replaced as a whole like any other. */
	writeFolder(key: string, suffix: string, folder: string): void;
	/** Removes the files of keys this build did not ask for, so the cache does not outgrow the site. */
	prune(): void;
}

/** A content cache in a folder (created if missing). */
export function contentCache(folder: string): ContentCache {
	mkdirSync(folder, { recursive: true });
	const used = new Set<string>();
	const file = (key: string, suffix: string) => join(folder, `${key}.${suffix}`);
	const read = (key: string, suffix: string) => {
		try {
			return openEntry(readFileSync(file(key, suffix)));
		} catch {
			return undefined;
		}
	};
	const write = (key: string, suffix: string, bytes: Buffer | string) => {
		// Written beside the entry and renamed over it: rename is atomic, so no reader ever sees half an entry.
		const temporary = `${file(key, suffix)}.${process.pid}.tmp`;
		writeFileSync(temporary, sealEntry(Buffer.from(bytes)));
		renameSync(temporary, file(key, suffix));
	};
	return {
		key(input) {
			const key = createHash('sha256').update(input).digest('base64url');
			used.add(key);
			return key;
		},
		reuse(key) {
			used.add(key);
			return key;
		},
		read,
		write,
		readFolder(key, suffix, target) {
			const entry = read(key, suffix);
			if (!entry) return false;
			rmSync(target, { recursive: true, force: true });
			for (const [path, bytes] of deserialize(entry) as Array<[string, Buffer]>) {
				mkdirSync(dirname(join(target, path)), { recursive: true });
				writeFileSync(join(target, path), bytes);
			}
			return true;
		},
		writeFolder(key, suffix, source) {
			const paths = filesUnder(source).sort();
			// Node's own serializer (the structured clone format) keeps the paths and bytes apart without a format of ours.
			write(key, suffix, serialize(paths.map((path) => [path, readFileSync(join(source, path))])));
		},
		prune() {
			for (const name of readdirSync(folder)) if (!used.has(name.slice(0, name.indexOf('.'))) || name.endsWith('.tmp')) rmSync(join(folder, name));
		},
	};
}
