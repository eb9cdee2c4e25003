import { createGlossary, type Glossary, type GlossaryPair } from './glossary.ts';
import { splitMarkers } from './markers.ts';
import type { Script, TraditionalVariant } from '../core/scripts.ts';
import { fixStrayCharacters, strayCharacters } from './stray.ts';
import { toSimplified } from './to-simplified.ts';
import { toTraditional, type Choice } from './to-traditional.ts';
import { inVariant } from './variant.ts';
import { curlyQuotes, quotesInScript } from './quote-marks.ts';

export interface ConversionOptions {
	from: Script;
	to: Script;
	variant: TraditionalVariant;
	glossary: readonly GlossaryPair[];
	/** Names of people found in the whole document being converted (namesIn), for a Simplified source converted to Traditional. */
	names?: ReadonlySet<string>;
	/** Quotation marks enclosing Chinese text written in the edition's marks (“…” or 「…」, quote-marks.ts); off by default. */
	quotes?: boolean;
}

/**
 * Converts text into an edition; given `choices`, also lists how each Simplified character with several Traditional
 * forms was settled, at its offset in `text` (outside glossary terms and `-{…}-` spans, which settle themselves).
 */
export type TracedConvert = (text: string, choices?: Choice[]) => string;

/** Time spent converting text in this process, reported at the end of a build (shared through globalThis because pages run in a bundle of their own). */
export const conversionTime: { ms: number } = ((globalThis as { __bulletinConversion?: { ms: number } }).__bulletinConversion ??= { ms: 0 });

/**
 * The conversion of plain text (no glossary, no markers) from one script into an edition: Simplified → Traditional by the
 * project's converter, Traditional in any regional standard → Simplified, and within one script only the stray
 * characters of the other script (请 in a Traditional article) are converted.
 */
function scriptConverter(from: Script, to: Script, variant: TraditionalVariant, names?: ReadonlySet<string>): (text: string, choices?: Choice[]) => string {
	if (to === 'zh-Hans') return from === 'zh-Hans' ? (text) => fixStrayCharacters(text, 'zh-Hans', variant) : toSimplified;
	if (from !== 'zh-Hans') return (text) => inVariant(fixStrayCharacters(text, 'zh-Hant', variant), variant);
	const convert = toTraditional(variant);
	// Even without names, namesIn's reading of each paragraph spares the converter reading it again.
	return (text, choices) => strayInVariant(text, convert(text, choices, names), variant);
}

/**
 * The Traditional edition of Simplified text, with the Traditional characters the source already had (a stray 裡 or 衞)
 * written in the edition's regional standard: the converter keeps characters it has no Simplified entry for as they are.
 */
function strayInVariant(source: string, converted: string, variant: TraditionalVariant): string {
	const stray = strayCharacters(source, 'zh-Hans');
	if (stray.length === 0 || converted.length !== source.length) return converted;
	const written = inVariant(converted, variant);
	const chars = converted.split('');
	for (const i of stray) chars[i] = written[i]!;
	return chars.join('');
}

/**
 * A converter from one script to another: `-{…}-` spans come out as marked, URLs untouched, glossary terms as the
 * glossary writes them (also when the source spells them in a variant that reads the same in Simplified), the rest through
 * scriptConverter(). Results are memoised, since county names and UI labels repeat on every page.
 */
export function createConverter({ from, to, variant, glossary: pairs, names, quotes = false }: ConversionOptions): TracedConvert {
	const glossary = glossaryFor(pairs, from);
	const convertText = scriptConverter(from, to, variant, names);
	const memo = new Map<string, string>();
	const convert = (text: string, choices?: Choice[]) => {
		let offset = 0;
		const segments = splitMarkers(text);
		// Paired across markers (「-{葉其髮}-」), changed only outside them: a marker's text comes out as marked.
		// A title or a summary typed with straight quotes ("三下乡") is written as the body is (trial-41).
		const quoted = quotes
			? quotesInScript(
					segments.map((segment) => ({ text: segment.kind === 'convert' ? curlyQuotes(segment.source) : segment.source, fixed: segment.kind !== 'convert' })),
					to,
				)
			: undefined;
		return segments
			.map((segment, i) => {
				const start = offset;
				offset += segment.source.length;
				if (segment.kind === 'fixed') return segment.text;
				if (segment.kind === 'pair') return segment.text[to];
				return throughGlossary(quoted?.[i] ?? segment.text, start, { glossary, convertText, from, to, choices });
			})
			.join('');
	};
	return (text, choices) => {
		if (choices) return convert(text, choices);
		let result = memo.get(text);
		if (result === undefined) {
			const started = performance.now();
			result = convert(text);
			if (text.length < 200) memo.set(text, result);
			conversionTime.ms += performance.now() - started;
		}
		return result;
	};
}

// Each Simplified article that names people gets a converter of its own (its names), but all of them share the site's
// glossary: indexing it once per list of pairs, not once per article, keeps a large glossary from costing every article.
const glossaries = new WeakMap<readonly GlossaryPair[], Map<Script, Glossary>>();

/** The glossary of `pairs` for text written in `from`, indexed once per list of pairs (by identity) and script. */
function glossaryFor(pairs: readonly GlossaryPair[], from: Script): Glossary {
	let byScript = glossaries.get(pairs);
	if (!byScript) glossaries.set(pairs, (byScript = new Map()));
	let glossary = byScript.get(from);
	// Simplified text without a Traditional character needs no normal form to find its terms.
	if (!glossary)
		byScript.set(from, (glossary = createGlossary(pairs, toSimplified, (text) => from === 'zh-Hans' && strayCharacters(text, 'zh-Hans').length === 0)));
	return glossary;
}

interface RunContext {
	from: Script;
	glossary: Glossary;
	convertText: (text: string, choices?: Choice[]) => string;
	to: Script;
	choices: Choice[] | undefined;
}

function throughGlossary(text: string, offset: number, { glossary, convertText, from, to, choices }: RunContext): string {
	if (from === 'zh-Hant' && to === 'zh-Hans') {
		// The Simplified text is the glossary's normal form already: find the terms in it and put their Simplified forms in.
		const simplified = convertText(text);
		if (simplified.length === text.length) {
			let out = '';
			let last = 0;
			for (const { start, end, pair } of glossary.find(text, simplified)) {
				out += simplified.slice(last, start) + pair.hans;
				last = end;
			}
			return out + simplified.slice(last);
		}
	}
	const convertPart = (start: number, end: number) => {
		if (!choices) return convertText(text.slice(start, end));
		const own: Choice[] = [];
		const result = convertText(text.slice(start, end), own);
		// The phrase's offsets too (trial-40: after a glossary term the item quoted 「时服」 for 设台).
		const shift = offset + start;
		for (const choice of own)
			choices.push({
				...choice,
				index: choice.index + shift,
				...(choice.phrase && { phrase: { start: choice.phrase.start + shift, end: choice.phrase.end + shift } }),
			});
		return result;
	};
	let out = '';
	let last = 0;
	for (const { start, end, pair } of glossary.find(text)) {
		out += convertPart(last, start) + (to === 'zh-Hans' ? pair.hans : pair.hant[0]);
		last = end;
	}
	return out + convertPart(last, text.length);
}
