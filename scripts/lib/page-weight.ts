import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
	page: string;
	/** gzip-compressed bytes of the HTML, its stylesheets, and its scripts with everything they import statically. */
	html: number;
	css: number;
	js: number;
	total: number;
	files: string[];
}

const gzipped = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

/** The compressed weight a first visit to a page downloads, images excluded (and the search index, which loads on demand). */
export function pageWeight(dist: string, page: string, base = '/'): PageWeight {
	const html = readFileSync(join(dist, page), 'utf8');
	const local = (url: string) => join(dist, url.slice(base.length));
	const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => local(m[1]!));
	const js = new Set<string>();
	const visit = (file: string) => {
		if (js.has(file) || !existsSync(file)) return;
		js.add(file);
		// Vite's chunks import each other with relative static imports; dynamic import() loads on demand and is not counted.
		for (const m of readFileSync(file, 'utf8').matchAll(/(?:^|[;\s}])import\s*(?:[\w{},\s*]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g))
			visit(join(dirname(file), m[1]!));
	};
	for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) visit(local(m[1]!));
	const weight = { html: gzipped(join(dist, page)), css: css.reduce((sum, f) => sum + gzipped(f), 0), js: [...js].reduce((sum, f) => sum + gzipped(f), 0) };
	return { page, ...weight, total: weight.html + weight.css + weight.js, files: [...css, ...js].map((f) => posix.relative(dist, f)) };
}
