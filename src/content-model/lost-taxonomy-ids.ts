// A jurisdiction, topic or series the last build published and the data files no longer have: its listing pages (and a
// jurisdiction's feed), shared, bookmarked and subscribed to, would answer 404. Usually it was renamed (撤縣設市:
// longnanxian → longnanshi) or merged into another, which `formerIds` on the entry that took it over repairs; the
// build refuses nothing, so `npm run check` warns, as it does of a published article gone (lost-articles.ts).
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { editorMessage } from './editor-messages.ts';
import type { Problem } from './problems.ts';

/** One kind of listing: its data file as shown, the ids the last build published pages for, and its entries now. */
export interface TaxonomyListings {
	kind: 'counties' | 'topics' | 'series';
	/** The data file as shown (content/counties.yaml). */
	file: string;
	/** Its text, for the line of an entry. */
	text: string;
	/** The ids of the listing folders the last build published (dist/<edition>/counties/<id>/). */
	published: readonly string[];
	/** Its entries now. */
	current: ReadonlyArray<{ id: string; formerIds: readonly string[] }>;
}

/** The line of the entry whose id is `id` in a data file's list, or undefined. */
function entryLine(text: string, id: string): number | undefined {
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines });
	if (!isSeq(doc.contents)) return undefined;
	for (const item of doc.contents.items) {
		if (!isMap(item)) continue;
		const pair = item.items.find((p) => isScalar(p.key) && p.key.value === 'id');
		if (pair && isScalar(pair.value) && String(pair.value.value) === id && pair.key && isScalar(pair.key) && pair.key.range) {
			return lines.linePos(pair.key.range[0]).line;
		}
	}
	return undefined;
}

/**
 * A warning for each id the last build published a listing for and the data file has neither as an entry's id nor
 * among the formerIds: on the one new entry when there is exactly one (then it is most likely the renamed one), with the
 * line to add, else on the file. `what` is the region's word for the kind (縣區 for jurisdictions, 專題 for topics, 系列報道 for series).
 */
export function lostTaxonomyIds(listings: TaxonomyListings, what: string): Problem[] {
	const answering = new Set(listings.current.flatMap((entry) => [entry.id, ...entry.formerIds]));
	const published = new Set(listings.published);
	const lost = [...published].filter((id) => !answering.has(id)).sort();
	const added = listings.current.filter((entry) => !published.has(entry.id));
	const heir = lost.length === 1 && added.length === 1 ? added[0] : undefined;
	const feed = listings.kind === 'counties' ? editorMessage({ zh: '和訂閱源', en: ' and its feed' }) : '';
	return lost.map((id): Problem => {
		const message = editorMessage(
			{
				zh: '上次建置發佈的{what}「{id}」已不在 {file} 裡：發佈後它的頁面{feed}會變成 404，分享出去的連結、書籤和訂閱都會失效',
				en: 'the {what} "{id}", published by the last build, is no longer in {file}: once published, its pages{feed} answer 404 and shared links, bookmarks and subscriptions break',
			},
			{ what, id, file: listings.file, feed },
		);
		if (heir) {
			const line = `formerIds: [${[...heir.formerIds, id].join(', ')}]`;
			return {
				file: listings.file,
				line: entryLine(listings.text, heir.id),
				severity: 'warning',
				message,
				hint: editorMessage(
					{
						zh: '如果「{heir}」就是「{id}」改名或合併後的那一項，在它下面加一行「{line}」，舊網址就會轉到新的；否則見 docs/editors/guide.md「改名或合併縣區和專題」',
						en: 'if "{heir}" is "{id}" renamed or merged, add the line "{line}" under it, and the old addresses lead to the new ones; otherwise see "Renaming or merging a jurisdiction or topic" in docs/editors/reference.en.md',
					},
					{ heir: heir.id, id, line, what },
				),
			};
		}
		return {
			file: listings.file,
			severity: 'warning',
			message,
			hint: editorMessage(
				{
					zh: '如果它改了 id 或併入了另一項，在接手的那一項加一行「formerIds: [{id}]」，舊網址就會轉到新的；見 docs/editors/guide.md「改名或合併縣區和專題」',
					en: 'if it was renamed or merged into another entry, add "formerIds: [{id}]" to the entry that took it over, and the old addresses lead to the new ones; see "Renaming or merging a jurisdiction or topic" in docs/editors/reference.en.md',
				},
				{ id, what },
			),
		};
	});
}
