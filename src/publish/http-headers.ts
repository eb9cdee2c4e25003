import { editions, searchBundlePath } from '../core/editions.ts';

/** Only the site's own files may run or style pages; Pagefind's search needs WebAssembly and starts its worker from a blob. */
export const CONTENT_SECURITY_POLICY =
	"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/** Headers every response carries (scripts/deploy/nginx.conf sends the same). */
const SECURITY_HEADERS: ReadonlyArray<[string, string]> = [
	['Content-Security-Policy', CONTENT_SECURITY_POLICY],
	['X-Content-Type-Options', 'nosniff'],
	['Referrer-Policy', 'strict-origin-when-cross-origin'],
	['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()'],
	['X-Frame-Options', 'DENY'],
];

/** The web editor's policy, also in scripts/deploy/nginx.conf's /admin/ location. */
const ADMIN_CSP =
	"default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https://avatars.githubusercontent.com; connect-src 'self' blob: https://api.github.com; font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/**
 * Folders, under the base path, whose files carry a content hash in their names and never change. Each edition's
 * search has a folder per bundle (docs/developers/search.md), matched by the `:bundle` placeholder.
 */
export const IMMUTABLE_FOLDERS = [
	'_astro/',
	...editions.flatMap((edition) => ['fragment', 'index', 'filter'].map((part) => `${searchBundlePath(edition)}:bundle/${part}/`)),
];

/**
 * The `_headers` file of Netlify and Cloudflare Pages for a site under `base`. Those hosts join the headers of every
 * rule that matches a path, so each header is set by one rule only: the security headers for everything, a year's
 * Cache-Control for hashed files; other files keep the host's default (revalidated on each visit).
 */
export function headersFile(base: string): string {
	const rule = (path: string, headers: ReadonlyArray<[string, string]>) => [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
	return [
		`# Written by the build for base ${base} (src/publish/http-headers.ts); the same rules as scripts/deploy/nginx.conf.`,
		rule(`${base}*`, SECURITY_HEADERS),
		...IMMUTABLE_FOLDERS.map((folder) => rule(`${base}${folder}*`, [['Cache-Control', 'public, max-age=31536000, immutable']])),
		// The web editor (/admin/, Decap CMS) gets its own, wider policy: its bundle compiles its configuration schema with
		// eval and styles itself inline; it calls the Git host's API and reads pictures being uploaded from blob: URLs.
		// "! Content-Security-Policy" first removes the site-wide policy (Cloudflare Pages); a host that combines the
		// policies of all matching rules, as Netlify does, enforces both and the editor cannot start there.
		[`${base}admin/*`, '  ! Content-Security-Policy', `  Content-Security-Policy: ${ADMIN_CSP}`].join('\n'),
		'',
	].join('\n');
}
