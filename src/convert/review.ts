import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { once } from './opencc-tables.ts';
import type { Choice } from './to-traditional.ts';

/** Path of the characters the review list looks at, each with its competing senses. */
const REVIEW_FILE = 'src/convert/data/review.yaml';

/** The characters the review list looks at: each form (OpenCC standard Traditional) with what it means, from src/convert/data/review.yaml. */
export const reviewCharacters = once(
	(): Map<string, Map<string, string>> =>
		new Map(
			Object.entries(parse(readFileSync(resolve(process.cwd(), REVIEW_FILE), 'utf8')) as Record<string, Record<string, string>>).map(([char, senses]) => [
				char,
				new Map(Object.entries(senses)),
			]),
		),
);

/**
 * The choices an editor should review: a surname where names stand that a word took instead (老于是), and characters of
 * the review list with several forms in the edition whose form nothing settled for sure: only the one-character default
 * or a two-character phrase that ICU reads as two words (又干).
 */
export function choicesToReview(choices: readonly Choice[]): Choice[] {
	const characters = reviewCharacters();
	return choices.filter((choice) => {
		if (choice.forms.length < 2) return false;
		if (choice.doubt === 'context') return true;
		return characters.has(choice.source) && (choice.settledBy === 'default' || choice.doubt !== undefined);
	});
}
