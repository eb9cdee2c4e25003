import { z } from 'astro/zod';
import { glossaryPairSchema } from '../content-model/schema.ts';
import { contentPath } from '../site/paths.ts';
import { readYamlFile } from '../site/yaml-file.ts';

export type GlossaryPair = z.output<typeof glossaryPairSchema>;

/** Finds glossary terms in text, longest first; also used on the Simplified normal form so that variant spellings match. */
export interface Glossary {
	readonly pairs: readonly GlossaryPair[];
	/** Non-overlapping matches of the pairs' `key` form in `text`, left to right, longest match first. */
	find(text: string, key: 'hans' | 'hant'): Array<{ start: number; end: number; pair: GlossaryPair }>;
}

/** Builds a glossary from pairs; a later pair with the same form overrides an earlier one (per-article rules override the site's). */
export function createGlossary(pairs: readonly GlossaryPair[]): Glossary {
	const index = { hans: new Map<string, GlossaryPair[]>(), hant: new Map<string, GlossaryPair[]>() };
	const byForm = { hans: new Map<string, GlossaryPair>(), hant: new Map<string, GlossaryPair>() };
	for (const pair of pairs) {
		byForm.hans.set(pair.hans, pair);
		byForm.hant.set(pair.hant, pair);
	}
	for (const key of ['hans', 'hant'] as const) {
		for (const [form, pair] of byForm[key]) {
			const first = form[0]!;
			const list = index[key].get(first) ?? [];
			list.push(pair);
			list.sort((a, b) => b[key].length - a[key].length);
			index[key].set(first, list);
		}
	}
	return {
		pairs,
		find(text, key) {
			const matches: Array<{ start: number; end: number; pair: GlossaryPair }> = [];
			for (let i = 0; i < text.length;) {
				const pair = index[key].get(text[i]!)?.find((p) => text.startsWith(p[key], i));
				if (pair) {
					matches.push({ start: i, end: i + pair[key].length, pair });
					i += pair[key].length;
				} else i++;
			}
			return matches;
		},
	};
}

const glossaryFileSchema = z
	.record(z.string(), z.array(glossaryPairSchema).nullable())
	.transform((groups) => Object.values(groups).flatMap((pairs) => pairs ?? []))
	.superRefine((pairs, ctx) => {
		const seen = new Map<string, string>();
		for (const pair of pairs) {
			const other = seen.get(pair.hans);
			if (other !== undefined && other !== pair.hant) {
				ctx.addIssue({ code: 'custom', message: `${pair.hans} is paired with both ${other} and ${pair.hant}; keep one pair` });
			}
			seen.set(pair.hans, pair.hant);
			if (pair.hans.length !== pair.hant.length) {
				ctx.addIssue({ code: 'custom', message: `${pair.hant} / ${pair.hans}: both forms must have the same number of characters` });
			}
		}
	});

let sitePairs: readonly GlossaryPair[] | undefined;

/** The site's glossary pairs from `content/glossary.yaml` (groups of {hant, hans} pairs), read once per process. */
export function readSiteGlossary(): readonly GlossaryPair[] {
	sitePairs ??= readYamlFile(
		contentPath('glossary.yaml'),
		glossaryFileSchema,
		'content/glossary.yaml holds groups (people, places, organisations…) of { hant: 葉其發, hans: 叶其发 } pairs.',
	);
	return sitePairs;
}
