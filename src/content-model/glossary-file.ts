import { z } from 'astro/zod';
import type { GlossaryPair } from '../convert/glossary.ts';
import { contentPath } from './paths.ts';
import { editorMessage } from './editor-messages.ts';
import { glossaryPairSchema } from './schema.ts';
import { readYamlFile } from './yaml-file.ts';

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
