import { createGlossary, type Glossary, type GlossaryPair } from './glossary.ts';
import { splitMarkers } from './markers.ts';
import { openccConverter, type Convert } from './opencc.ts';
import type { Script, TraditionalVariant } from './scripts.ts';

export interface ConversionOptions {
	from: Script;
	to: Script;
	variant: TraditionalVariant;
	glossary: readonly GlossaryPair[];
}

/** Time spent converting text in this process, reported at the end of a build (shared through globalThis because pages run in a bundle of their own). */
export const conversionTime: { ms: number } = ((globalThis as { __bulletinConversion?: { ms: number } }).__bulletinConversion ??= { ms: 0 });

const formOf = (script: Script) => (script === 'zh-Hans' ? 'hans' : 'hant');

/**
 * A converter from one script to another: `-{…}-` spans come out as marked, URLs untouched, glossary terms as the
 * glossary writes them (also when the source spells them in a variant that OpenCC reads the same), the rest through OpenCC.
 * Results are memoised, since county names and UI labels repeat on every page.
 */
export function createConverter({ from, to, variant, glossary: pairs }: ConversionOptions): Convert {
	const glossary = createGlossary(pairs);
	const opencc = openccConverter(from, to, variant);
	// Traditional→Simplified even for Simplified sources, so a stray Traditional spelling in them still matches its term.
	const normalForm = openccConverter('zh-Hant', 'zh-Hans', variant);
	const memo = new Map<string, string>();
	const convertRun = (text: string) => runThroughGlossary(text, { glossary, opencc, normalForm, from, to });
	return (text) => {
		let result = memo.get(text);
		if (result === undefined) {
			const started = performance.now();
			result = splitMarkers(text)
				.map((segment) => (segment.kind === 'fixed' ? segment.text : segment.kind === 'pair' ? segment.text[to] : convertRun(segment.text)))
				.join('');
			if (text.length < 200) memo.set(text, result);
			conversionTime.ms += performance.now() - started;
		}
		return result;
	};
}

interface RunContext {
	glossary: Glossary;
	opencc: Convert;
	normalForm: Convert;
	from: Script;
	to: Script;
}

function runThroughGlossary(text: string, { glossary, opencc, normalForm, from, to }: RunContext): string {
	// Terms are looked up in the Simplified normal form, where 葉其發 and its misspelling 葉其髮 are both 叶其发.
	// OpenCC keeps lengths for CJK text; if it ever did not, positions could not be mapped back, so match the source form instead.
	const normal = normalForm(text);
	const matches = normal.length === text.length ? glossary.find(normal, 'hans') : glossary.find(text, formOf(from));
	if (matches.length === 0) return opencc(text);
	let out = '';
	let last = 0;
	for (const { start, end, pair } of matches) {
		out += opencc(text.slice(last, start)) + pair[formOf(to)];
		last = end;
	}
	return out + opencc(text.slice(last));
}
