/** Astro's cache folder, relative to the project: the content store, the pages and keys of the last whole build, our caches. */
export const CACHE_FOLDER = '.cache/astro';

/**
 * Vite's cache folder (its pre-bundled dependencies), relative to the project. Vite's default is node_modules/.vite,
 * which every project linked to one node_modules shares: two builds at once rewrote it under each other (ENOTEMPTY on
 * its rename, stop 47), and a project's own root changes its key anyway, so sharing saved nothing.
 */
export const VITE_CACHE_FOLDER = '.cache/vite';

/**
 * Where a build of changes sets Astro's record of the last whole build's pages (its incremental-build.json) aside while
 * it runs, inside CACHE_FOLDER: the page keys it compares with come from there (src/publish/page-cache.ts).
 */
export const WHOLE_BUILD_PAGES = 'incremental-build.whole.json';
