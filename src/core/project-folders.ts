/** Astro's cache folder, relative to the project: the content store, the pages and keys of the last whole build, our caches. */
export const CACHE_FOLDER = '.cache/astro';
