import { traditionalTable, variantReaders } from './opencc-tables.ts';

/**
 * Traditional → Simplified for text in any regional standard: Hong Kong and Taiwan forms are read as OpenCC's standard
 * Traditional first (衞 → 衛, 綫 → 線, 著 → 着 where it is the particle), then OpenCC's phrases and characters apply.
 * OpenCC's own tw2s and hk2s each read only their own region's forms, so 衞 survived tw2s and 隨著 survived hk2s.
 */
export function toSimplified(text: string): string {
	let standard = text;
	for (const reader of variantReaders()) standard = reader.convert(standard);
	return traditionalTable().convert(standard);
}
