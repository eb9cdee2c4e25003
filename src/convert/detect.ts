import type { Script } from '../core/scripts.ts';
import { isSimplifiedOnly, isTraditionalOnly } from './script-chars.ts';

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
	let traditional = 0;
	let simplified = 0;
	for (const char of text) {
		if (isTraditionalOnly(char)) traditional++;
		else if (isSimplifiedOnly(char)) simplified++;
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
