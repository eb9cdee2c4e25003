import OpenCC from 'opencc-js';
import type { Script, TraditionalVariant } from './scripts.ts';

export type Convert = (text: string) => string;

/** The OpenCC locale of a script: Simplified is always mainland standard (cn); Traditional follows the site's variant. */
function locale(script: Script, variant: TraditionalVariant): string {
	return script === 'zh-Hans' ? 'cn' : variant;
}

const converters = new Map<string, Convert>();

/**
 * The OpenCC converter between two scripts; identity when both are the same script and variant.
 * Taiwan-standard input (著, 麻痺, 裡) is read with the `tw` locale rather than the generic `t`, so that
 * its regional variants are recognised before conversion to Simplified.
 */
export function openccConverter(from: Script, to: Script, variant: TraditionalVariant): Convert {
	const key = `${from}>${to}:${variant}`;
	let converter = converters.get(key);
	if (!converter) {
		converter = from === to ? (text) => text : OpenCC.Converter({ from: locale(from, variant), to: locale(to, variant) } as never);
		converters.set(key, converter);
	}
	return converter;
}

/** Traditional → Simplified with Taiwan-standard input: the normal form in which spellings are compared. */
export const toSimplified: Convert = (text) => openccConverter('zh-Hant', 'zh-Hans', 'tw')(text);

/** Simplified → Traditional (Taiwan standard). */
export const toTraditional: Convert = (text) => openccConverter('zh-Hans', 'zh-Hant', 'tw')(text);
