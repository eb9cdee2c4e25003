import OpenCC from 'opencc-js';
import { ambiguousCharacters } from '../../src/editions/ambiguous.ts';
import { toSimplified, toTraditional } from '../../src/editions/opencc.ts';

/** Every character written on one side (keys or values) of a set of OpenCC dictionaries. */
function charactersOf(dictionaries: unknown, side: 0 | 1): Set<string> {
	const chars = new Set<string>();
	for (const dictionary of (dictionaries as string[][]).flat()) {
		for (const entry of dictionary.split('|')) for (const c of entry.split(' ')[side] ?? '') chars.add(c);
	}
	return chars;
}

const simplifiedWritten = charactersOf(OpenCC.Locale.from.cn, 0);
const traditionalWritten = charactersOf(OpenCC.Locale.to.cn, 0);

/** A character only Traditional text uses (發, 葉): OpenCC simplifies it, and no Simplified phrase writes it. */
export const isTraditionalOnly = (c: string) => toSimplified(c) !== c && !simplifiedWritten.has(c);

/** A character only Simplified text uses (发, 叶): OpenCC changes it to Traditional, and no Traditional phrase keeps it (公里 keeps 里). */
export const isSimplifiedOnly = (c: string) => toTraditional(c) !== c && !traditionalWritten.has(c) && !ambiguousCharacters().get(c)?.has(c);

/** The reader-visible text of a page in its own edition: tags, scripts, styles and elements marked as the other script removed. */
export function editionText(html: string, otherLang: string): string {
	return html
		.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
		.replace(new RegExp(`<(\\w+)[^>]*\\blang="${otherLang}"[^>]*>[\\s\\S]*?</\\1>`, 'g'), '')
		.replace(/<link[^>]*>/g, '')
		.replace(/<[^>]+>/g, ' ');
}
