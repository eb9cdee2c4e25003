/** A headline printed in both languages: the Chinese part, then the English, or the English first. */
const CHINESE_THEN_ENGLISH = /^([^A-Za-z]*[\u3400-\u9fff][^A-Za-z]*?)\s+([A-Za-z][A-Za-z0-9 ,.:;'’&()/-]*[A-Za-z0-9).])$/;
const ENGLISH_THEN_CHINESE = /^([A-Za-z][A-Za-z0-9 ,.:;'’&()/-]*[A-Za-z0-9).])\s+([^A-Za-z]*[\u3400-\u9fff][^A-Za-z]*)$/;

/**
 * The Chinese part of a bilingual headline (深水埗發現本地登革熱個案 Local Dengue Fever Case in Sham Shui Po → 深水埗發現本地登革熱個案);
 * the headline itself when it is not one, an English label of one word (COVID-19：…) included.
 */
export function chineseHeadline(headline: string): string {
	const match = CHINESE_THEN_ENGLISH.exec(headline) ?? ENGLISH_THEN_CHINESE.exec(headline);
	if (!match) return headline;
	const [chinese, english] = CHINESE_THEN_ENGLISH.test(headline) ? [match[1]!, match[2]!] : [match[2]!, match[1]!];
	// A translation is words; one Latin word (COVID-19, SARS) beside Chinese is part of the headline.
	return english.trim().split(/\s+/).length >= 2 ? chinese.trim() : headline;
}
