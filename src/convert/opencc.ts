import OpenCC from 'opencc-js';
import type { Script, TraditionalVariant } from '../core/scripts.ts';

export type Convert = (text: string) => string;

/** The OpenCC locale of a script: Simplified is always mainland standard (cn); Traditional follows the site's variant. */
function locale(script: Script, variant: TraditionalVariant): string {
	return script === 'zh-Hans' ? 'cn' : variant;
}

const converters = new Map<string, Convert>();

/**
 * Plain OpenCC between two scripts (identity within one script): what the site converted with before the project's own
 * converter (convert.ts), kept as the baseline that `npm run measure:conversion` and the tests compare it with.
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
