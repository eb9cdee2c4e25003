import { z } from 'astro/zod';
import { glossaryPairSchema } from '../content-model/schema.ts';
import { contentPath } from '../site/paths.ts';
import { readYamlFile } from '../site/yaml-file.ts';
import { editorMessage } from '../site/editor-messages.ts';

/** A glossary entry: the Simplified form and the Traditional spellings of one term, the first being the one published. */
export type GlossaryPair = z.output<typeof glossaryPairSchema>;

/** A glossary term found in a text. */
export interface GlossaryMatch {
	start: number;
	end: number;
	pair: GlossaryPair;
}

/** Finds glossary terms in text, longest first, in whatever script or spelling the text writes them. */
export interface Glossary {
	readonly pairs: readonly GlossaryPair[];
	/** Non-overlapping matches in `text`, left to right, longest match first; `normal` is the text's normal form if the caller has it already. */
	find(text: string, normal?: string): GlossaryMatch[];
}

/** Terms by their first character, longest first, each with its pair. */
function termIndex(pairs: readonly GlossaryPair[], keysOf: (pair: GlossaryPair) => string[]): Map<string, Array<[string, GlossaryPair]>> {
	const byKey = new Map<string, GlossaryPair>();
	for (const pair of pairs) for (const key of keysOf(pair)) byKey.set(key, pair);
	const byFirst = new Map<string, Array<[string, GlossaryPair]>>();
	for (const [key, pair] of byKey) byFirst.set(key[0]!, [...(byFirst.get(key[0]!) ?? []), [key, pair] as [string, GlossaryPair]]);
	for (const terms of byFirst.values()) terms.sort((a, b) => b[0].length - a[0].length);
	return byFirst;
}

/**
 * Builds a glossary from pairs; a later pair with the same form overrides an earlier one (per-article pairs override the
 * site's). Terms are looked up in the Simplified normal form (`normalize`), where 葉其發, its misspelling 葉其髮 and 叶其发
 * are all 叶其发 and 衞生 and 衛生 are both 卫生; every spelling an entry lists is a key as well. Text that `asWritten`
 * says needs no normalising (Simplified with no Traditional character) is matched as it is, which spares most of the time.
 */
export function createGlossary(
	pairs: readonly GlossaryPair[],
	normalize: (text: string) => string,
	asWritten: (text: string) => boolean = () => false,
): Glossary {
	const normalTerms = termIndex(pairs, (pair) => [...new Set([pair.hans, ...pair.hant].map(normalize))]);
	const writtenTerms = termIndex(pairs, (pair) => [pair.hans, ...pair.hant]);
	return {
		pairs,
		find(text, known) {
			if (pairs.length === 0) return [];
			// Normalising keeps lengths for Chinese text; if it ever did not, positions could not be mapped back, so match the text as written.
			const normal = known ?? (asWritten(text) ? undefined : normalize(text));
			const [haystack, terms] = normal !== undefined && normal.length === text.length ? [normal, normalTerms] : [text, writtenTerms];
			const matches: GlossaryMatch[] = [];
			for (let i = 0; i < haystack.length;) {
				const term = terms.get(haystack[i]!)?.find(([key]) => haystack.startsWith(key, i));
				if (term) {
					matches.push({ start: i, end: i + term[0].length, pair: term[1] });
					i += term[0].length;
				} else i++;
			}
			return matches;
		},
	};
}

const glossaryFileSchema = z
	.record(z.string(), z.array(glossaryPairSchema).nullable())
	.superRefine((groups, ctx) => {
		const seen = new Map<string, string>();
		for (const [group, pairs] of Object.entries(groups)) {
			(pairs ?? []).forEach((pair, index) => {
				const other = seen.get(pair.hans);
				if (other !== undefined && other !== pair.hant[0]) {
					ctx.addIssue({
						code: 'custom',
						path: [group, index],
						message: editorMessage(
							{
								zh: '{hans} 同時對應 {other} 和 {hant}；只保留一條，或把兩種繁體寫法列在同一條的 hant 裡',
								en: "{hans} maps to both {other} and {hant}; keep one entry, or list both Traditional spellings in one entry's hant",
							},
							{
								hans: pair.hans,
								other,
								hant: pair.hant[0]!,
							},
						),
					});
				}
				seen.set(pair.hans, pair.hant[0]!);
			});
		}
	})
	.transform((groups) => Object.values(groups).flatMap((pairs) => pairs ?? []));

let sitePairs: readonly GlossaryPair[] | undefined;

/** The site's glossary pairs from `content/glossary.yaml` (groups of {hant, hans} pairs), read once per process. */
export function readSiteGlossary(): readonly GlossaryPair[] {
	sitePairs ??= readYamlFile(
		contentPath('glossary.yaml'),
		glossaryFileSchema,
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
	return sitePairs;
}
