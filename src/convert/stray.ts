import type { Script, TraditionalVariant } from '../core/scripts.ts';
import { otherScriptCodes, simplifiedAsWellCodes } from './script-chars.ts';
import { toSimplified } from './to-simplified.ts';
import { toTraditional } from './to-traditional.ts';

// A clause: what lies between punctuation or spaces. Stray characters are converted with their clause as context.
const CLAUSE = /[^\s，。、；：！？,.;:!?（）()「」『』“”‘’"'《》〈〉【】\-—…]+/g;

/**
 * The characters of `text` that belong to the other script than `script`: 發 in Simplified text, 请 in Traditional text,
 * and in Traditional text (of the regional standard `variant`) a character Traditional also writes in a few words where
 * its word calls for the other form (根据 → 根據, 这个 → 這個; not 拮据, nor the surname 于).
 */
export function strayCharacters(text: string, script: Script, variant: TraditionalVariant = 't'): number[] {
	const foreign = otherScriptCodes(script);
	const found: number[] = [];
	for (let i = 0; i < text.length; i++) if (foreign.has(text.charCodeAt(i))) found.push(i);
	return script === 'zh-Hant' ? [...found, ...strayInWords(text, variant)].sort((a, b) => a - b) : found;
}

/**
 * The characters of Traditional `text` that Traditional writes only in a few words (据, 于, 这) and that stand where their
 * word writes another form: the clause read as Simplified and converted back to Traditional gives that word's form, so
 * 拮据 and 于先生 come back as written and 根据 comes back 根據.
 */
function strayInWords(text: string, variant: TraditionalVariant): number[] {
	const candidates = simplifiedAsWellCodes();
	let any = false;
	for (let i = 0; i < text.length && !any; i++) any = candidates.has(text.charCodeAt(i));
	if (!any) return [];
	const found: number[] = [];
	for (const match of text.matchAll(CLAUSE)) {
		const clause = match[0];
		const at: number[] = [];
		for (let i = 0; i < clause.length; i++) if (candidates.has(clause.charCodeAt(i))) at.push(i);
		if (at.length === 0) continue;
		const back = toTraditional(variant)(toSimplified(clause));
		if (back.length !== clause.length) continue;
		for (const i of at) if (back[i] !== clause[i]) found.push(match.index + i);
	}
	return found;
}

/**
 * Text written in `script` with any stray characters of the other script converted into it (请居民錯峰前往 in a Traditional
 * article → 請居民錯峰前往); every other character is kept exactly as written. Each stray character is converted with its
 * clause as context, so a one-to-many character still gets the phrase's form.
 */
export function fixStrayCharacters(text: string, script: Script, variant: TraditionalVariant): string {
	if (strayCharacters(text, script, variant).length === 0) return text;
	// Traditional text is read as Simplified first, so its own words (干擾, 拮据) are whole phrases for the way back.
	const convert = script === 'zh-Hans' ? toSimplified : (clause: string) => toTraditional(variant)(toSimplified(clause));
	return text.replace(CLAUSE, (clause) => {
		const stray = strayCharacters(clause, script, variant);
		if (stray.length === 0) return clause;
		const converted = convert(clause);
		if (converted.length !== clause.length) return clause;
		const chars = clause.split('');
		for (const i of stray) chars[i] = converted[i]!;
		return chars.join('');
	});
}
