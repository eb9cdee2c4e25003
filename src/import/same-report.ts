import { toSimplified } from '../convert/to-simplified.ts';

/** Characters of a body's start that identify a report: enough that two reports rarely share them, few enough to survive an editor's later fix near the end. */
const KEY_LENGTH = 100;
/** A shorter text is too little to tell one report from another. */
const MIN_KEY_LENGTH = 30;

/**
 * What identifies a report by its text, whatever its date or title (a re-import after the dates were fixed finds it
 * again): the first letters and digits of its body in Simplified, pictures, Markdown, punctuation and spaces left out.
 * Undefined for a body too short to tell.
 */
export function bodyKey(body: string): string | undefined {
	const text = body
		.split('\n')
		.filter((line) => !/^\s*!\[/.test(line))
		.join('')
		.replace(/[^\p{L}\p{N}]/gu, '');
	const key = toSimplified(text).slice(0, KEY_LENGTH);
	return [...key].length >= MIN_KEY_LENGTH ? key : undefined;
}
