import type { Script, TraditionalVariant } from '../core/scripts.ts';
import { otherScriptCodes } from './script-chars.ts';
import { toSimplified } from './to-simplified.ts';
import { toTraditional } from './to-traditional.ts';

// A clause: what lies between punctuation or spaces. Stray characters are converted with their clause as context.
const CLAUSE = /[^\s，。、；：！？,.;:!?（）()「」『』“”‘’"'《》〈〉【】\-—…]+/g;

/** The characters of `text` that belong to the other script than `script`: 發 in Simplified text, 请 in Traditional text. */
export function strayCharacters(text: string, script: Script): number[] {
	const foreign = otherScriptCodes(script);
	const found: number[] = [];
	for (let i = 0; i < text.length; i++) if (foreign.has(text.charCodeAt(i))) found.push(i);
	return found;
}

/**
 * Text written in `script` with any stray characters of the other script converted into it (请居民錯峰前往 in a Traditional
 * article → 請居民錯峰前往); every other character is kept exactly as written. Each stray character is converted with its
 * clause as context, so a one-to-many character still gets the phrase's form.
 */
export function fixStrayCharacters(text: string, script: Script, variant: TraditionalVariant): string {
	if (strayCharacters(text, script).length === 0) return text;
	const convert = script === 'zh-Hans' ? toSimplified : toTraditional(variant);
	return text.replace(CLAUSE, (clause) => {
		const stray = strayCharacters(clause, script);
		if (stray.length === 0) return clause;
		const converted = convert(clause);
		if (converted.length !== clause.length) return clause;
		const chars = clause.split('');
		for (const i of stray) chars[i] = converted[i]!;
		return chars.join('');
	});
}
