// Runs in the reader's browser: the only client code needed for editions. It never converts text.
const KEY = 'bulletin-edition';
const EDITIONS = ['zh-hant', 'zh-hans'];

/** Stores the edition a reader switched to; storage may be unavailable (private mode), which only loses the memory. */
export function rememberEdition(edition: string | undefined): void {
	if (!edition || !EDITIONS.includes(edition)) return;
	try {
		localStorage.setItem(KEY, edition);
	} catch {
		/* storage disabled: the links still work */
	}
}

/** The edition remembered from an earlier visit, if any. */
export function rememberedEdition(): string | undefined {
	try {
		const value = localStorage.getItem(KEY);
		return value && EDITIONS.includes(value) ? value : undefined;
	} catch {
		return undefined;
	}
}

/**
 * The edition for a browser's language list, in the reader's order of preference: the first Chinese language decides
 * (zh-TW, zh-HK, zh-MO and zh-Hant mean Traditional; zh, zh-CN, zh-SG and zh-Hans Simplified), so [zh-CN, zh-TW] reads
 * Simplified; a list without Chinese gets Simplified.
 */
export function editionForLanguages(languages: readonly string[]): 'zh-hant' | 'zh-hans' {
	const chinese = languages.find((lang) => /^zh(-|$)/i.test(lang));
	return chinese && /^zh-(hant|tw|hk|mo)\b/i.test(chinese) ? 'zh-hant' : 'zh-hans';
}
