// An article naming a jurisdiction, topic or series by an id its entry had before (formerIds: a county that became a
// city, a township merged into its neighbour) is filed under the entry's current id, so that renaming an entry does
// not stop every article written before it. The check still says so, with the line to write.
import { editorMessage } from './editor-messages.ts';
import type { Problem } from './problems.ts';

/** The fields as written and as the schema made them (each id a reference whose id is the entry's current one). */
interface Fields {
	county?: unknown;
	topics?: unknown;
	series?: unknown;
}

/** The id of a reference the schema made, if it is one. */
const referenceId = (value: unknown): string | undefined =>
	typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string' ? (value as { id: string }).id : undefined;

/**
 * A warning for each id written (`written`, the frontmatter as parsed) that the schema filed under another (`parsed`):
 * an entry's former id, with the current id to write; `lineOf` gives the line of a field or of an item of a list.
 */
export function oldTaxonomyIdWarnings(file: string, written: Fields, parsed: Fields, lineOf: (path: readonly PropertyKey[]) => number): Problem[] {
	const pairs: Array<{ path: readonly PropertyKey[]; field: string; old: unknown; now: unknown }> = [
		{ path: ['county'], field: 'county', old: written.county, now: parsed.county },
		{ path: ['series'], field: 'series', old: written.series, now: parsed.series },
		...(Array.isArray(written.topics) && Array.isArray(parsed.topics)
			? written.topics.map((old, index) => ({ path: ['topics', index] as const, field: 'topics', old, now: (parsed.topics as unknown[])[index] }))
			: []),
	];
	return pairs.flatMap(({ path, field, old, now }) => {
		const id = referenceId(now);
		if (typeof old !== 'string' || id === undefined || old.trim() === id) return [];
		return [
			{
				file,
				line: lineOf(path),
				severity: 'warning' as const,
				message: editorMessage(
					{
						zh: '{field} 寫的「{old}」是舊的 id，現在是「{id}」（寫在「{id}」那一項的 formerIds 裡）；這篇照樣歸到「{id}」',
						en: '{field} says "{old}", an old id that is now "{id}" (it is in the formerIds of "{id}"); the article is filed under "{id}" all the same',
					},
					{ field, old: old.trim(), id },
				),
				hint: editorMessage({ zh: '把「{old}」改成「{id}」', en: 'change "{old}" to "{id}"' }, { old: old.trim(), id }),
			},
		];
	});
}
