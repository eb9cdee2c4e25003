import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every href, src and srcset target in an HTML page. */
export function pageTargets(html: string): string[] {
	const targets: string[] = [];
	for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) targets.push(m[1]!);
	for (const m of html.matchAll(/\ssrcset="([^"]*)"/g)) targets.push(...m[1]!.split(',').map((part) => part.trim().split(/\s+/)[0]!));
	return targets.map((t) => t.replace(/&amp;/g, '&'));
}

/** Whether a site-relative URL (under `base`) names a file in dist/, the way a static host would serve it. */
function resolvesInDist(dist: string, url: string, base = '/'): boolean {
	const path = decodeURI(url.split(/[?#]/)[0]!);
	if (!path.startsWith(base)) return false;
	const file = join(dist, path.slice(base.length));
	if (existsSync(file) && statSync(file).isFile()) return true;
	return existsSync(join(file, 'index.html'));
}

/** The internal links and images of a page that point at nothing in dist/. */
export function brokenTargets(dist: string, page: string, origin: string, base = '/'): string[] {
	const html = readFileSync(join(dist, page), 'utf8');
	return pageTargets(html)
		.filter((target) => target !== '' && !target.startsWith('#') && !/^(mailto|tel|javascript|data):/.test(target))
		.map((target) => (target.startsWith(origin) ? target.slice(origin.length) : target))
		.filter((target) => !/^[a-z]+:\/\//i.test(target))
		.map((target) => (target.startsWith('/') ? target : new URL(target, `${origin}${base}${page}`).pathname))
		.filter((target) => !resolvesInDist(dist, target, base));
}
