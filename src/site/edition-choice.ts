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

/** The edition for a browser's language list: zh-TW/zh-HK/zh-MO/zh-Hant mean Traditional, anything else Simplified. */
export function editionForLanguages(languages: readonly string[]): 'zh-hant' | 'zh-hans' {
	return languages.some((lang) => /^zh-(hant|tw|hk|mo)\b/i.test(lang)) ? 'zh-hant' : 'zh-hans';
}
