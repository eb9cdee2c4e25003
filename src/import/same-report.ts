import { toSimplified } from '../convert/to-simplified.ts';

/** Characters of a body's start by which reports that may be the same are found; the whole texts then decide. */
const KEY_LENGTH = 100;
/** A shorter text is too little to tell one report from another. */
const MIN_KEY_LENGTH = 30;
/** Share of two texts' character pairs in common above which they are one report (an editor's later fixes leave it above; a notice's next number, with other items under the same preamble, falls below). */
const SAME_TEXT = 0.9;

/** A report's letters and digits in Simplified, pictures, Markdown, punctuation and spaces left out: what it is compared by. */
function reportText(body: string): string {
	const text = body
		.split('\n')
		.filter((line) => !/^\s*!\[/.test(line))
		.join('')
		.replace(/[^\p{L}\p{N}]/gu, '');
	return toSimplified(text);
}

/**
 * The start of a report's text, whatever its date or title (a re-import after the dates were fixed finds it again):
 * reports sharing it may be the same one, which `sameReport` decides. Undefined for a body too short to tell.
 */
export function bodyKey(body: string): string | undefined {
	const key = reportText(body).slice(0, KEY_LENGTH);
	return [...key].length >= MIN_KEY_LENGTH ? key : undefined;
}

/** The number a title gives its notice (通告（第3号）, 〔2020〕5号, [2020]5號), digits only; undefined when it gives none. */
export function reportNumber(title: string): string | undefined {
	const simplified = toSimplified(title).replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
	const numbered =
		/第\s*([0-9零〇一二三四五六七八九十百]+)\s*[号期]/.exec(simplified) ?? /[〔［[（(【]\s*(\d{4})\s*[〕］\]）)】]\s*(\d+)\s*号/.exec(simplified);
	return numbered ? numbered.slice(1).join('-') : undefined;
}

/** Counts of a text's pairs of neighbouring characters. */
function pairs(text: string): Map<string, number> {
	const chars = [...text];
	const counts = new Map<string, number>();
	for (let i = 0; i + 1 < chars.length; i++) {
		const pair = chars[i]! + chars[i + 1]!;
		counts.set(pair, (counts.get(pair) ?? 0) + 1);
	}
	return counts;
}

/** How alike two texts are, 0 to 1: the share of their character pairs in common (Sørensen–Dice), which a few edits barely move. */
function likeness(a: string, b: string): number {
	if (a === b) return 1;
	const [pa, pb] = [pairs(a), pairs(b)];
	let common = 0;
	for (const [pair, n] of pa) common += Math.min(n, pb.get(pair) ?? 0);
	const total = Math.max(0, [...a].length - 1) + Math.max(0, [...b].length - 1);
	return total ? (2 * common) / total : 0;
}

/**
 * Whether two reports are one: their whole texts (nearly) the same, not only their openings (numbered notices repeat a
 * preamble), and no different numbers in their titles (通告（第1号） and （第3号） are two notices, however alike).
 */
export function sameReport(a: { title: string; body: string }, b: { title: string; body: string }): boolean {
	const [na, nb] = [reportNumber(a.title), reportNumber(b.title)];
	if (na && nb && na !== nb) return false;
	const [ta, tb] = [reportText(a.body), reportText(b.body)];
	if ([...ta].length < MIN_KEY_LENGTH || [...tb].length < MIN_KEY_LENGTH) return false;
	return likeness(ta, tb) >= SAME_TEXT;
}

/** The reports of a folder, found again by their text: those sharing an opening are compared whole. */
export class KnownReports {
	readonly #byKey = new Map<string, Array<{ file: string; title: string; body: string }>>();

	/** Records a report written to `file`. */
	add(file: string, title: string, body: string): void {
		const key = bodyKey(body);
		if (key) this.#byKey.set(key, [...(this.#byKey.get(key) ?? []), { file, title, body }]);
	}

	/** The file of a known report that is this one, if any. */
	find(title: string, body: string): string | undefined {
		const key = bodyKey(body);
		return key ? this.#byKey.get(key)?.find((known) => sameReport(known, { title, body }))?.file : undefined;
	}
}
