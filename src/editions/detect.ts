import { toSimplified, toTraditional } from './opencc.ts';
import type { Script } from './scripts.ts';

export interface DetectOptions {
	/** Fewest script-specific characters needed to decide. */
	minEvidence?: number;
	/** Share of the evidence one script must have. */
	dominance?: number;
}

/**
 * The script a text is written in, judged by the characters that exist in only one script
 * (發 is Traditional-only, 发 Simplified-only); undefined when the text is too short or mixed to tell.
 */
export function detectScript(text: string, { minEvidence = 4, dominance = 0.8 }: DetectOptions = {}): Script | undefined {
	const asSimplified = toSimplified(text);
	const asTraditional = toTraditional(text);
	let traditional = 0;
	let simplified = 0;
	if (asSimplified.length === text.length && asTraditional.length === text.length) {
		for (let i = 0; i < text.length; i++) {
			if (asSimplified[i] !== text[i]) traditional++;
			else if (asTraditional[i] !== text[i]) simplified++;
		}
	}
	const evidence = traditional + simplified;
	if (evidence < minEvidence) return undefined;
	if (traditional / evidence >= dominance) return 'zh-Hant';
	if (simplified / evidence >= dominance) return 'zh-Hans';
	return undefined;
}

/** The script an article is written in: its `lang` field, else detected from its title and body, else the site's fallback. */
export function articleScript(lang: Script | undefined, text: string, fallback: Script): Script {
	return lang ?? detectScript(text) ?? fallback;
}
