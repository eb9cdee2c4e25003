/** Astro's cache folder, relative to the project: the content store, the pages and keys of the last whole build, our caches. */
export const CACHE_FOLDER = '.cache/astro';

/**
 * Where a build of changes sets Astro's record of the last whole build's pages (its incremental-build.json) aside while
 * it runs, inside CACHE_FOLDER: the page keys it compares with come from there (src/publish/page-cache.ts).
 */
export const WHOLE_BUILD_PAGES = 'incremental-build.whole.json';
