// Runs in the reader's browser: the only client code needed for editions. It never converts text.
import { editionForLanguage, editions } from '../core/editions.ts';

const KEY = 'bulletin-edition';
const isEdition = (path: string) => editions.some((edition) => edition.path === path);

/** Stores the edition (its URL segment) a reader switched to; storage may be unavailable (private mode), which only loses the memory. */
export function rememberEdition(edition: string | undefined): void {
	if (!edition || !isEdition(edition)) return;
	try {
		localStorage.setItem(KEY, edition);
	} catch {
		/* storage disabled: the links still work */
	}
}

/** The edition (its URL segment) remembered from an earlier visit, if any. */
export function rememberedEdition(): string | undefined {
	try {
		const value = localStorage.getItem(KEY);
		return value && isEdition(value) ? value : undefined;
	} catch {
		return undefined;
	}
}

/**
 * The URL segment of the edition for a browser's language list, in the reader's order of preference: the first Chinese
 * language decides, by the editions' languages (src/core/editions.ts), so [zh-CN, zh-TW] reads Simplified; a list
 * without Chinese (a phone set to English, as many in Hong Kong are; trial-46) gets `fallback`, the site's
 * `defaultEdition`.
 */
export function editionForLanguages(languages: readonly string[], fallback: string): string {
	const chinese = languages.find((lang) => /^zh(-|$)/i.test(lang));
	return chinese ? (editionForLanguage(chinese) ?? editions[0]!).path : fallback;
}
