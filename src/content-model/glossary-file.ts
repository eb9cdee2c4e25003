import { z } from 'astro/zod';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { GlossaryPair } from '../convert/glossary.ts';
import { traditionalForms } from '../convert/opencc-tables.ts';
import { contentPath, displayPath } from './paths.ts';
import { editorMessage } from './editor-messages.ts';
import type { Problem } from './problems.ts';
import { glossaryPairSchema, withoutQuotationMarks } from './schema.ts';
import { readSource } from './source-files.ts';
import { DataFileError, readYamlFile } from './yaml-file.ts';

/** An entry of the glossary file as written (before validation): its group, its position in it, its line and its spellings. */
interface WrittenEntry {
	group: string;
	index: number;
	line: number;
	hans: string;
	hant: string[];
}

/** The entries of a glossary file's text with their lines; none where the text is no YAML (that error is the reader's). */
function writtenEntries(text: string): WrittenEntry[] {
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
	if (doc.errors.length > 0 || !isMap(doc.contents)) return [];
	return doc.contents.items.flatMap((group) => {
		if (!isScalar(group.key) || !isSeq(group.value)) return [];
		const name = String(group.key.value);
		return group.value.items.flatMap((item, index): WrittenEntry[] => {
			if (!isMap(item) || !item.range) return [];
			const hans = item.get('hans');
			const hant = item.toJSON().hant as unknown;
			const spellings = typeof hant === 'string' ? [hant] : Array.isArray(hant) ? hant.filter((s): s is string => typeof s === 'string') : [];
			if (typeof hans !== 'string' || spellings.length === 0) return [];
			return [{ group: name, index, line: lines.linePos(item.range[0]).line, hans, hant: spellings }];
		});
	});
}

/** The earlier entry a pair repeats (the same Simplified form), if any: entries are compared in the file's order. */
function earlierEntry(entries: readonly WrittenEntry[], entry: WrittenEntry): WrittenEntry | undefined {
	return entries.find((other) => other.hans === entry.hans && other.line < entry.line);
}

/**
 * The glossary file's schema for its text: a Simplified form listed twice with another published Traditional form is an
 * error naming the first entry's line (the later entry wins, so which one is printed depends on the order), with the
 * fix that fits: drop the later entry where the first already lists its spelling, or list it in the first.
 */
function glossaryFileSchema(text: string) {
	const entries = writtenEntries(text);
	return z
		.record(z.string(), z.array(glossaryPairSchema).nullable())
		.superRefine((groups, ctx) => {
			for (const [group, pairs] of Object.entries(groups)) {
				(pairs ?? []).forEach((pair, index) => {
					const entry = entries.find((e) => e.group === group && e.index === index);
					const first = entry && earlierEntry(entries, entry);
					if (!first || first.hant[0] === pair.hant[0]) return;
					const listed = first.hant.includes(pair.hant[0]!);
					ctx.addIssue({
						code: 'custom',
						path: [group, index],
						message: editorMessage(
							listed
								? {
										zh: '{hans} 在第 {line} 行已有一條，印「{other}」，也認得「{hant}」；這一條會讓兩個版本改印「{hant}」。刪掉這一條（若要印「{hant}」，把它移到第 {line} 行那條 hant 的最前面）',
										en: '{hans} already has an entry on line {line}, printing "{other}" and reading "{hant}" too; this entry would make both editions print "{hant}". Delete it (to print "{hant}", move it to the front of the hant of line {line})',
									}
								: {
										zh: '{hans} 在第 {line} 行已對應「{other}」，這一條又對應「{hant}」，後一條會蓋過前一條。只保留一條，或把「{hant}」加到第 {line} 行那條的 hant 裡（{both}）再刪掉這一條',
										en: '{hans} maps to "{other}" on line {line} and to "{hant}" here, and the later entry wins. Keep one entry, or add "{hant}" to the hant of line {line} ({both}) and delete this one',
									},
							{ hans: pair.hans, other: first.hant[0]!, hant: pair.hant[0]!, line: first.line, both: `hant: [${[...first.hant, pair.hant[0]!].join(', ')}]` },
						),
					});
				});
			}
		})
		.transform((groups) => Object.values(groups).flatMap((pairs) => pairs ?? []));
}

/** The site's glossary pairs from `content/glossary.yaml` (groups of {hant, hans} pairs), read once per process (again after it changes). */
export function readSiteGlossary(): readonly GlossaryPair[] {
	return readYamlFile(contentPath('glossary.yaml'), glossaryFileSchema, () =>
		editorMessage(
			{
				zh: 'content/glossary.yaml 按類別（人名、地名、機構……）列出 {pair}；同一詞有幾種繁體寫法時寫 {spellings}',
				en: 'content/glossary.yaml lists {pair} in groups (people, places, organisations…); a term with several Traditional spellings is written {spellings}',
			},
			{
				pair: '{ hant: 葉其發, hans: 叶其发 }',
				spellings: '{ hant: [衞生防護中心, 衛生防護中心], hans: 卫生防护中心 }',
			},
		),
	);
}

/**
 * Warnings on the glossary for `npm run check`, on their lines: a pair of one character (trial-40: { hant: 臺, hans: 台 }
 * wrote every 颱風 as 臺風, the title's too), and an entry that repeats an earlier one exactly.
 */
export function glossaryWarnings(): Problem[] {
	const path = contentPath('glossary.yaml');
	let text: string;
	try {
		text = readSource(path).toString('utf8');
	} catch {
		return [];
	}
	const file = displayPath(path);
	const entries = writtenEntries(text);
	return entries.flatMap((entry): Problem[] => {
		const problems: Problem[] = [];
		if ([...entry.hans].length === 1) {
			const others = (traditionalForms().get(entry.hans) ?? []).filter((form) => !entry.hant.includes(form));
			problems.push({
				file,
				line: entry.line,
				severity: 'warning',
				message: editorMessage(
					others.length > 0
						? {
								zh: '這一條只有一個字：全站每個「{hans}」都會印成「{hant}」，連標題和應寫作{others}的詞也是',
								en: 'this entry is one character: every "{hans}" on the site prints as "{hant}", in titles and in words that write it {others} too',
							}
						: {
								zh: '這一條只有一個字：全站每個「{hans}」都會印成「{hant}」，連標題和別的詞裡的也是',
								en: 'this entry is one character: every "{hans}" on the site prints as "{hant}", in titles and other words too',
							},
					{ hans: entry.hans, hant: entry.hant[0]!, others: others.map((form) => `「${form}」`).join('、') },
				),
				hint: editorMessage(
					{
						zh: '改成含這個字的整個詞或人名，例如 {word}、{name}；只改一處就在文章裡寫 -{zh-hans:…;zh-hant:…}-',
						en: 'name the whole word or name instead, e.g. {word}, {name}; for one place only, write -{zh-hans:…;zh-hant:…}- in the article',
					},
					{ word: '{ hant: 手術臺, hans: 手术台 }', name: '{ hant: 余乾明, hans: 余干明 }' },
				),
			});
		}
		if ([entry.hans, ...entry.hant].some((spelling) => withoutQuotationMarks(spelling) !== spelling)) {
			problems.push({
				file,
				line: entry.line,
				severity: 'warning',
				message: editorMessage(
					{
						zh: '詞表的寫法不必帶引號，每一版由網站寫上自己的引號；這一條按 {hant} 和 {hans} 對照',
						en: 'a glossary entry need not have quotation marks: each edition writes its own (「」 in Traditional, “” in Simplified); this entry is read as {hant} and {hans}',
					},
					{ hant: withoutQuotationMarks(entry.hant[0]!), hans: withoutQuotationMarks(entry.hans) },
				),
				hint: editorMessage(
					{ zh: '刪去引號：{ hant: {hant}, hans: {hans} }', en: 'leave the marks out: { hant: {hant}, hans: {hans} }' },
					{ hant: withoutQuotationMarks(entry.hant[0]!), hans: withoutQuotationMarks(entry.hans) },
				),
			});
		}
		const first = earlierEntry(entries, entry);
		if (first && first.hant[0] === entry.hant[0] && entry.hant.every((spelling) => first.hant.includes(spelling))) {
			problems.push({
				file,
				line: entry.line,
				severity: 'warning',
				message: editorMessage(
					{ zh: '{hans} 在第 {line} 行已有同樣的一條', en: '{hans} already has the same entry on line {line}' },
					{ hans: entry.hans, line: first.line },
				),
				hint: editorMessage({ zh: '刪掉這一條', en: 'delete this entry' }),
			});
		}
		return problems;
	});
}

/**
 * The site's glossary, or where the file has an error, the pairs of its entries that are valid on their own: the review
 * list of `npm run check` still shows with the glossary's errors above it (trial-40: it disappeared while they stood).
 */
export function usableSiteGlossary(): readonly GlossaryPair[] {
	try {
		return readSiteGlossary();
	} catch (error) {
		if (!(error instanceof DataFileError)) throw error;
		let text: string;
		try {
			text = readSource(contentPath('glossary.yaml')).toString('utf8');
		} catch {
			return [];
		}
		return writtenEntries(text).flatMap(({ hans, hant }) => {
			const pair = glossaryPairSchema.safeParse({ hans, hant });
			return pair.success ? [pair.data] : [];
		});
	}
}
