import { siteConfig, type RegionText } from '../content-model/config.ts';
import { createConverter } from '../convert/convert.ts';
import { namesIn } from '../convert/to-traditional.ts';
import { type GlossaryPair } from '../convert/glossary.ts';
import { siteGlossary } from '../content-model/site-glossary.ts';
import type { Convert } from '../convert/opencc.ts';
import { editionVariant, firstEditionIn, type Edition } from '../core/editions.ts';
import { inEditorScript } from '../content-model/editor-messages.ts';
import { regionalForms } from '../convert/opencc-tables.ts';
import { standardTraditional } from '../convert/variant.ts';
import type { Script } from '../core/scripts.ts';

const siteConverters = new Map<string, Convert>();

/**
 * The converter from text written in `from` to the edition `to`, with the site's glossary (and its places' names) and the edition's Traditional
 * variant, plus an article's own pairs and, for a Simplified article in a Traditional edition, the names of people its
 * whole body settles (so a name is written the same way in every paragraph).
 */
export function editionConverter(from: Script, to: Edition, articlePairs: readonly GlossaryPair[] = [], body?: string): Convert {
	const names = body !== undefined && from === 'zh-Hans' && to.script === 'zh-Hant' ? namesIn(body) : undefined;
	const make = () =>
		createConverter({
			from,
			to: to.script,
			variant: editionVariant(to, siteConfig().traditionalVariant),
			// The site's own list when the article adds none, so its index is shared (createConverter).
			glossary: articlePairs.length > 0 ? [...siteGlossary(), ...articlePairs] : siteGlossary(),
			names,
			quotes: editionQuotes(to) !== undefined,
		});
	if (articlePairs.length > 0 || (names && names.size > 0)) return make();
	const key = `${from}>${to.path}`;
	let converter = siteConverters.get(key);
	if (!converter) siteConverters.set(key, (converter = make()));
	return converter;
}

/** The script whose quotation marks the edition writes around Chinese text, or undefined when site.yaml keeps them as written. */
export function editionQuotes(edition: Edition): Script | undefined {
	return siteConfig().quotationMarks === 'edition' ? edition.script : undefined;
}

/** Site data text (county, topic and series names, UI labels), written in the site's default script, as the edition `to` shows it. */
export function toEdition(text: string, to: Edition): string {
	return editionConverter(siteConfig().defaultScript, to)(text);
}

/**
 * The site's own words (labels, the root and 404 pages), written once in Traditional, as the edition `to` shows them: in
 * a Traditional edition every character in the edition's regional standard, as text converted from Simplified is
 * (啟用 → 啓用 in a Hong Kong edition, trial-42). Articles and site.yaml keep the glyphs their office wrote (inVariant
 * changes only another region's forms); these words are nobody's but the site's, so they follow the edition.
 */
export function siteText(text: string, to: Edition): string {
	const convert = editionConverter('zh-Hant', to);
	if (to.script !== 'zh-Hant') return convert(text);
	const regional = regionalForms(editionVariant(to, siteConfig().traditionalVariant));
	const standard = standardTraditional(text);
	const written = regional ? regional.convert(standard) : standard;
	// The tables map character to character; a phrase that changed the length is left as written.
	return convert(written.length === text.length ? written : text);
}

/** Text a region sets in site.yaml (one string in the default script, or both spellings) as the edition `to` shows it. */
export function regionText(text: RegionText, to: Edition): string {
	return typeof text === 'string' ? toEdition(text, to) : text[to.script];
}

/**
 * The region's word for its jurisdictions in the editors' script: a build log line about either edition reads in one
 * script (可按乡镇、专题…, not the Traditional edition's 鄉鎮 in a Simplified line).
 */
export function jurisdictionWordForEditors(): string {
	return inEditorScript(regionText(siteConfig().jurisdictions.name, firstEditionIn('zh-Hant')));
}
