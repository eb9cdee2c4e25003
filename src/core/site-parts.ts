// A build makes the whole site unless told to make a part of it (docs/operators/publishing.md):
// - Shards, for an archive too large for one machine: each shard job renders the article pages of a run of years and
//   their search bundles, and an assembling job renders everything else (home, listings, feeds, search page, sitemap)
//   and takes the shards' files into one dist/. Years, because search bundles are calendar periods planned year by
//   year (src/search/bundles.ts), so a shard's bundles are exactly the single build's bundles of its years.
// - Changes, for an urgent bulletin or a correction: only the pages whose content differs from the last whole build,
//   laid over the published dist/ (src/integrations/changes.ts).

/** The environment variable that tells a build which part of the site it makes: `2/3` (shard 2 of 3), `assemble` or `changes`. */
export const PART_VARIABLE = 'BULLETIN_PART';

/** The folder, relative to the project, where shard `number` publishes its output and the assembly looks for it. */
export const shardFolder = (number: number) => `shards/${number}`;

/** What the assembly reads of each shard besides its pages: which shard it was and which years it rendered. */
export const SHARD_MANIFEST = 'shard.json';

/**
 * The part of the site one build makes: all of it, one shard's article pages, the rest around the shards' output, or
 * the pages that changed since the last whole build, over the published site.
 */
export type SitePart = { kind: 'whole' } | { kind: 'shard'; number: number; count: number } | { kind: 'assembly' } | { kind: 'changes' };

/** The part named by BULLETIN_PART's value (unset or empty: the whole site); undefined when the value means nothing. */
export function parseSitePart(value: string | undefined): SitePart | undefined {
	const text = value?.trim() ?? '';
	if (text === '') return { kind: 'whole' };
	if (text === 'assemble') return { kind: 'assembly' };
	if (text === 'changes') return { kind: 'changes' };
	const match = /^(\d+)\/(\d+)$/.exec(text);
	if (!match) return undefined;
	const [number, count] = [Number(match[1]), Number(match[2])];
	return number >= 1 && number <= count ? { kind: 'shard', number, count } : undefined;
}

/** This build's part, from its environment (already validated by the atomic-publish integration at startup). */
export const buildSitePart = (): SitePart => parseSitePart(process.env[PART_VARIABLE]) ?? { kind: 'whole' };

/**
 * The years of each of `count` shards, oldest first: consecutive runs of the years that have articles, cut so that the
 * largest shard holds as few articles as possible (ties go to the earliest cut). Every job computes it from the same
 * content, so every job agrees on it. Undefined when there are fewer years than shards.
 */
export function shardYears(articlesPerYear: ReadonlyMap<string, number>, count: number): string[][] | undefined {
	const years = [...articlesPerYear.keys()].sort();
	if (years.length < count) return undefined;
	const sizes = years.map((year) => articlesPerYear.get(year)!);
	const prefix = [0];
	for (const size of sizes) prefix.push(prefix.at(-1)! + size);
	// best[k][i]: the smallest possible largest shard when the first i years go into k shards; cut[k][i] where the last shard starts.
	// A linear partition by dynamic programming: a few dozen years, so its cost is nothing.
	const best = Array.from({ length: count + 1 }, () => new Array<number>(years.length + 1).fill(Infinity));
	const cut = Array.from({ length: count + 1 }, () => new Array<number>(years.length + 1).fill(0));
	best[0]![0] = 0;
	for (let k = 1; k <= count; k++) {
		for (let i = k; i <= years.length; i++) {
			for (let start = k - 1; start < i; start++) {
				const largest = Math.max(best[k - 1]![start]!, prefix[i]! - prefix[start]!);
				if (largest < best[k]![i]!) {
					best[k]![i] = largest;
					cut[k]![i] = start;
				}
			}
		}
	}
	const shards: string[][] = [];
	for (let k = count, end = years.length; k >= 1; k--) {
		const start = cut[k]![end]!;
		shards.unshift(years.slice(start, end));
		end = start;
	}
	return shards;
}

/**
 * Whether a build of `part` may render the pages of articles published in a year, given the year of every article it
 * publishes: all of them in a whole build (and in a build of changes, which then keeps only the changed pages), none in
 * the assembly, the years shardYears gives a shard.
 */
export function rendersYear(part: SitePart, articleYears: Iterable<string>): (year: string) => boolean {
	if (part.kind === 'whole' || part.kind === 'changes') return () => true;
	if (part.kind === 'assembly') return () => false;
	const perYear = new Map<string, number>();
	for (const year of articleYears) perYear.set(year, (perYear.get(year) ?? 0) + 1);
	const years = new Set(shardYears(perYear, part.count)?.[part.number - 1]);
	return (year) => years.has(year);
}
