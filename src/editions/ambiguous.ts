import OpenCC from 'opencc-js';

let cached: Map<string, Set<string>> | undefined;

/**
 * Simplified characters that OpenCC writes as different Traditional characters depending on the phrase
 * (发 → 發/髮, 后 → 後/后, 只 → 隻/只), with those Traditional forms. Read from OpenCC's own Simplified→Traditional
 * phrase dictionary, so the list follows the dictionary rather than a hand-kept copy.
 */
export function ambiguousCharacters(): Map<string, Set<string>> {
	if (cached) return cached;
	const forms = new Map<string, Set<string>>();
	for (const dictionary of (OpenCC.Locale.from.cn ?? []).flat() as unknown as string[]) {
		for (const entry of dictionary.split('|')) {
			const [simplified, traditional] = entry.split(' ');
			if (!simplified || !traditional || simplified.length !== traditional.length) continue;
			for (let i = 0; i < simplified.length; i++) {
				const set = forms.get(simplified[i]!) ?? new Set<string>();
				set.add(traditional[i]!);
				forms.set(simplified[i]!, set);
			}
		}
	}
	cached = new Map([...forms].filter(([, set]) => set.size > 1));
	return cached;
}
