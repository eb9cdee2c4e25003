// A listing cut into pages from its oldest article, so that a new bulletin changes the top page and, when it completes a
// block, two more; every older page keeps its URL, articles and links. Astro's paginate() counts pages from the newest
// article with a fixed page size, which shifts every page by one per new article, so this is written by hand.

/** Articles on each older page: a block of the listing counted from its oldest article. */
export const BLOCK_SIZE = 20;

/** Which page of a listing: its top page (the bare URL) or an older page by block number (1 is the oldest). */
export type PageKey = 'top' | number;

export interface StablePage<A> {
	key: PageKey;
	/** What the page lists, newest first; on the top page the pinned articles come first. */
	articles: A[];
	/** The page of the next newer articles, undefined on the top page. */
	newer?: PageKey;
	/** The page of the next older articles, undefined on the oldest page. */
	older?: number;
}

/** How many full blocks a listing of `count` articles has; the newest of them is shown on the top page. */
const fullBlocks = (count: number): number => Math.floor(count / BLOCK_SIZE);

/** The articles of block `block` (1-based from the oldest) of a newest-first list, newest first. */
function blockOf<A>(newestFirst: readonly A[], block: number): A[] {
	return newestFirst.slice(newestFirst.length - block * BLOCK_SIZE, newestFirst.length - (block - 1) * BLOCK_SIZE);
}

/**
 * The pages of a newest-first listing: the top page (the pinned articles, then the newest full block and the newer
 * articles left over, none twice), then older pages F-1 … 1 of exactly one block each.
 */
export function stablePages<A>(newestFirst: readonly A[], isPinned: (article: A) => boolean): StablePage<A>[] {
	const older = Math.max(fullBlocks(newestFirst.length) - 1, 0);
	const pinned = newestFirst.filter(isPinned);
	const newest = newestFirst.slice(0, newestFirst.length - older * BLOCK_SIZE).filter((article) => !isPinned(article));
	const top: StablePage<A> = { key: 'top', articles: [...pinned, ...newest], ...(older > 0 && { older }) };
	const blocks = Array.from({ length: older }, (_, i): StablePage<A> => {
		const block = older - i;
		return { key: block, articles: blockOf(newestFirst, block), newer: block === older ? 'top' : block + 1, ...(block > 1 && { older: block - 1 }) };
	});
	return [top, ...blocks];
}
