import OpenCC from 'opencc-js';
import { PhraseTrie } from './phrase-trie.ts';
import type { TraditionalVariant } from '../core/scripts.ts';

// The dictionaries of OpenCC's own configurations (s2tw, hk2t, tw2s …), as opencc-js ships them, built once per process.
const { configs } = OpenCC.Locale;

function trieOf(dictionaries: readonly unknown[]): PhraseTrie {
	const trie = new PhraseTrie();
	for (const dictionary of dictionaries) trie.addOpenccDictionary(dictionary as string);
	return trie;
}

/** A value computed on first use and kept for the process (the dictionaries take a moment to build). */
export function once<T>(make: () => T): () => T {
	let value: T | undefined;
	return () => (value ??= make());
}

/** Simplified → Traditional (OpenCC standard): the phrase dictionaries (OpenCC format, in OpenCC's order) and the one-character defaults. */
export const simplifiedTables = once(() => {
	const [phrases, generated, characters] = configs.s2t!.conversionChain[0]! as unknown as string[];
	const defaults = new Map<string, string>();
	for (const entry of characters!.split('|')) {
		const [simplified, traditional] = entry.split(' ');
		if (simplified && traditional) defaults.set(simplified, traditional);
	}
	return { phraseDictionaries: [phrases!, generated!], defaults };
});

/** OpenCC standard Traditional → the regional standard of the edition (裏 → 裡 for tw); undefined for OpenCC's own `t`. */
export const regionalForms = (variant: TraditionalVariant): PhraseTrie | undefined => (variant === 't' ? undefined : regionalTables()[variant]);

const regionalTables = once(() => ({
	tw: trieOf(regionalDictionaries('tw')),
	hk: trieOf(regionalDictionaries('hk')),
}));

/** OpenCC standard Traditional → a regional standard's dictionaries (t2tw, t2hk), in OpenCC's format. */
export const regionalDictionaries = (variant: 'tw' | 'hk'): string[] =>
	configs[variant === 'tw' ? 't2tw' : 't2hk']!.conversionChain.flat() as unknown as string[];

/**
 * Reads Traditional text written in any regional standard as OpenCC standard Traditional: Hong Kong forms first
 * (衞 → 衛, 綫 → 線), then Taiwan forms (著 → 着 where it is the particle, 裡 → 裏). Either reader leaves the other's forms alone.
 */
export const variantReaders = once(() => [trieOf(configs.hk2t!.conversionChain.flat()), trieOf(configs.tw2t!.conversionChain.flat())]);

/** The dictionaries that read Hong Kong and Taiwan forms as OpenCC's standard Traditional, in OpenCC's format. */
export const variantDictionaries = (): string[] => [...configs.hk2t!.conversionChain.flat(), ...configs.tw2t!.conversionChain.flat()] as unknown as string[];

/** Whether an OpenCC entry ("餸 𩠌") writes a character outside the Basic Multilingual Plane that its source does not have. */
const writesSupplementary = (entry: string): boolean => {
	const [source = '', target = ''] = entry.split(' ');
	return /[\u{20000}-\u{3FFFF}]/u.test(target.replace(/[\u{20000}-\u{3FFFF}]/gu, (char) => (source.includes(char) ? '' : char)));
};

/**
 * OpenCC standard Traditional → Simplified dictionaries (phrases, then characters), in OpenCC's format, without the
 * entries that write a character of the CJK extensions beyond the Basic Multilingual Plane (餸 → 𩠌, 嗰 → 𠮶, 勣 → 𪟝):
 * phones and the Noto CJK fonts lack most of them, so the Simplified edition showed a missing-glyph box where the
 * Traditional character (餸菜, written so by mainland Cantonese writers too) reads (trial-42).
 */
export const traditionalDictionaries = once((): string[] =>
	(configs.t2s!.conversionChain.flat() as unknown as string[]).map((dictionary) =>
		dictionary
			.split('|')
			.filter((entry) => !writesSupplementary(entry))
			.join('|'),
	),
);

/** OpenCC standard Traditional → Simplified: phrases and characters in one dictionary, as OpenCC's t2s uses them. */
export const traditionalTable = once(() => trieOf(traditionalDictionaries()));

/**
 * Simplified characters that OpenCC writes as different Traditional characters depending on the phrase (发 → 發/髮,
 * 后 → 後/后, 只 → 隻/只), with those forms, the one-character default first. Read from OpenCC's own phrase dictionary,
 * so the list follows the dictionary rather than a hand-kept copy.
 */
export const traditionalForms = once(() => {
	const { defaults } = simplifiedTables();
	const forms = new Map<string, Set<string>>();
	const [phrases] = configs.s2t!.conversionChain[0]! as unknown as string[];
	for (const entry of phrases!.split('|')) {
		const [simplified, traditional] = entry.split(' ');
		if (!simplified || !traditional || simplified.length !== traditional.length) continue;
		for (let i = 0; i < simplified.length; i++) {
			const set = forms.get(simplified[i]!) ?? new Set([defaults.get(simplified[i]!) ?? simplified[i]!]);
			set.add(traditional[i]!);
			forms.set(simplified[i]!, set);
		}
	}
	return new Map([...forms].filter(([, set]) => set.size > 1).map(([char, set]) => [char, [...set]]));
});
