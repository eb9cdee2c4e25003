/** The candidate within two edits of `word` (case-insensitive), for "did you mean" hints; undefined when none is that close. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
	let best: string | undefined;
	let bestDistance = 3;
	for (const candidate of candidates) {
		const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
		if (d < bestDistance) [best, bestDistance] = [candidate, d];
	}
	return best;
}

/** Shortest start an id and a word must share before one is taken for the other renamed (luling, lulingxinqu). */
const MIN_SHARED_START = 4;

/**
 * The id meant by a word that is none: the closest within two edits, else the one id that begins with the word or
 * that the word begins with, as when an id is renamed longer or shorter (luling → lulingxinqu); undefined otherwise.
 */
export function closestId(word: string, ids: readonly string[]): string | undefined {
	const near = closest(word, ids);
	if (near) return near;
	const lower = word.toLowerCase();
	const renamed = ids.filter((id) => {
		const [short, long] = id.length < lower.length ? [id.toLowerCase(), lower] : [lower, id.toLowerCase()];
		return short.length >= MIN_SHARED_START && long.startsWith(short);
	});
	return renamed.length === 1 ? renamed[0] : undefined;
}

/** An id an article may refer to, with the names an editor might type instead of it (a topic's keywords among them). */
export interface KnownId {
	id: string;
	names: string[];
	/** The ids the entry had before it was renamed or took another in (its formerIds): an article naming one is filed under this one. */
	formerIds?: readonly string[];
}

/** Shortest text taken for part of a name (流感 of 流感防控): one character is in too many names to tell which. */
const MIN_NAME_PART = 2;

/**
 * The id a value that is none stands for: the one entry it names (福安 → fuan; a topic's keyword, 流感 → influenza), else
 * the one entry whose name holds it or that it holds (流感防控措施 → influenza), else the closest id; undefined when
 * none or more than one fits.
 */
export function idMeant(value: string, known: readonly KnownId[]): string | undefined {
	const named = known.filter((k) => k.names.includes(value));
	if (named.length > 0) return named.length === 1 ? named[0]!.id : undefined;
	const part = (name: string) => [...value].length >= MIN_NAME_PART && [...name].length >= MIN_NAME_PART && (name.includes(value) || value.includes(name));
	const holding = known.filter((k) => k.names.some(part));
	if (holding.length > 0) return holding.length === 1 ? holding[0]!.id : undefined;
	return closestId(
		value,
		known.map((k) => k.id),
	);
}

// Plain Levenshtein distance: a dozen lines for "did you mean" hints did not justify a dependency.
function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		previous = current;
	}
	return previous[b.length]!;
}
