import { createConverter } from '../convert/convert.ts';
import type { GlossaryPair } from '../convert/glossary.ts';
import { otherScript } from '../core/scripts.ts';
import { siteConfig } from './config.ts';
import { readSiteGlossary } from './glossary-file.ts';
import { readTaxonomy } from './taxonomies.ts';

let last: { listed: readonly GlossaryPair[]; counties: unknown; pairs: readonly GlossaryPair[] } | undefined;

/**
 * The site's glossary (content/glossary.yaml) with a pair for each jurisdiction's name and short name that it does not
 * list, written as the name alone converts: a place is then written the same in an article's text as in its label
 * (岳麓区 is 岳麓區 in both, where OpenCC's phrase 岳麓 would write 嶽麓 inside a sentence). A short name that starts
 * the full name takes the full name's spelling of it. Made again only when either file changes; `listed` replaces the
 * file's pairs (the valid ones of a glossary with an error, for the review list).
 */
export function siteGlossary(listed: readonly GlossaryPair[] = readSiteGlossary()): readonly GlossaryPair[] {
	const counties = readTaxonomy('counties');
	if (last?.listed === listed && last.counties === counties) return last.pairs;
	const { defaultScript, traditionalVariant } = siteConfig();
	const convert = createConverter({ from: defaultScript, to: otherScript(defaultScript), variant: traditionalVariant, glossary: listed });
	const known = new Set(listed.flatMap((pair) => [pair.hans, ...pair.hant]));
	const pair = (written: string, other: string): GlossaryPair =>
		defaultScript === 'zh-Hans' ? { hans: written, hant: [other] } : { hans: other, hant: [written] };
	const places: GlossaryPair[] = [];
	for (const { name, short } of counties) {
		const full = convert(name);
		if (!known.has(name)) places.push(pair(name, full));
		if (short.length > 1 && short !== name && !known.has(short))
			places.push(pair(short, name.startsWith(short) ? full.slice(0, short.length) : convert(short)));
	}
	last = { listed, counties, pairs: [...places, ...listed] };
	return last.pairs;
}
