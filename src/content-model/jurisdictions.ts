// Jurisdictions in levels: an entry of the jurisdictions file may name its `parent` (a district its city, a city its
// province). A file without `parent` is a flat list of top-level entries.

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
