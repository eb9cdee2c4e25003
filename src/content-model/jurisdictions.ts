// Jurisdictions in levels: an entry of the jurisdictions file may name its `parent` (a district its city, a city its
// province), so a city's page, feed and search filter cover its districts and counties too. A file without `parent`
// is a flat list of top-level entries and everything behaves as before.

/** What the tree needs of a jurisdiction: its id, its parent's id when it has one, and its place in listings. */
export interface TreeEntry {
	id: string;
	parent?: string;
	order: number;
}

/** The jurisdictions as a tree; every list is in `order`. */
export interface JurisdictionTree<E extends TreeEntry> {
	/** The entries with no parent. */
	roots: E[];
	/** The entries whose parent is `id`. */
	children(id: string): E[];
	/** The parent, the parent's parent… of `id`, from the top level down, without `id` itself. */
	ancestors(id: string): E[];
	/** `id` and every entry below it, at any depth. */
	withDescendants(id: string): Set<string>;
}

/** The tree of a validated list of jurisdictions (parents exist, no cycle: see parentProblems). */
export function jurisdictionTree<E extends TreeEntry>(entries: readonly E[]): JurisdictionTree<E> {
	const ordered = [...entries].sort((a, b) => a.order - b.order);
	const byId = new Map(ordered.map((entry) => [entry.id, entry]));
	const childrenOf = new Map<string, E[]>();
	for (const entry of ordered) if (entry.parent !== undefined) childrenOf.set(entry.parent, [...(childrenOf.get(entry.parent) ?? []), entry]);
	const children = (id: string) => childrenOf.get(id) ?? [];
	return {
		roots: ordered.filter((entry) => entry.parent === undefined || !byId.has(entry.parent)),
		children,
		ancestors(id) {
			const chain: E[] = [];
			// The length bound keeps a cycle (which validation refuses) from looping forever.
			for (let parent = byId.get(id)?.parent; parent !== undefined && chain.length < ordered.length; parent = byId.get(parent)?.parent) {
				const entry = byId.get(parent);
				if (!entry) break;
				chain.unshift(entry);
			}
			return chain;
		},
		withDescendants(id) {
			const found = new Set([id]);
			for (const current of found) for (const child of children(current)) found.add(child.id);
			return found;
		},
	};
}

/** A `parent` that cannot be: `index` is the entry's place in the file. */
export type ParentProblem =
	| { kind: 'unknown'; index: number; id: string; parent: string }
	| { kind: 'self'; index: number; id: string }
	| { kind: 'cycle'; index: number; id: string; cycle: string[] };

/**
 * Every parent that does not name another entry of the file, and each cycle of parents once (at its first entry in
 * the file, with the ids round the cycle back to that entry).
 */
export function parentProblems(entries: ReadonlyArray<{ id: string; parent?: string }>): ParentProblem[] {
	const parentOf = new Map(entries.map((entry) => [entry.id, entry.parent]));
	const problems: ParentProblem[] = [];
	const inReportedCycle = new Set<string>();
	entries.forEach(({ id, parent }, index) => {
		if (parent === undefined) return;
		if (parent === id) problems.push({ kind: 'self', index, id });
		else if (!parentOf.has(parent)) problems.push({ kind: 'unknown', index, id, parent });
		else if (!inReportedCycle.has(id)) {
			// Walk up from the entry; coming back to it is a cycle (running into another cycle is reported at that one).
			const path = [id];
			for (let up = parent; up !== undefined && up !== id && !path.includes(up); up = parentOf.get(up)!) path.push(up);
			const last = parentOf.get(path.at(-1)!);
			if (last === id) {
				for (const member of path) inReportedCycle.add(member);
				problems.push({ kind: 'cycle', index, id, cycle: [...path, id] });
			}
		}
	});
	return problems;
}
