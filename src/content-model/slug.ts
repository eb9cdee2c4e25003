import { pinyin } from 'pinyin-pro';
import { dayOf } from '../core/dates.ts';

const MAX_WORDS = 6;
/** The most syllables a name takes to tell titles apart that share their beginning; past it a number does. */
const MAX_DISTINCT_WORDS = 24;
// A short place prefix such as "福安:" repeats the county, which the file name already carries.
const PLACE_PREFIX = /^[^:：]{1,6}[:：]/;

/** The ASCII words of a Chinese title: the pinyin of each syllable, and letters and digits as written. */
function titleWords(title: string): string[] {
	return pinyin(title.replace(PLACE_PREFIX, ''), { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }).flatMap(
		(token) => token.toLowerCase().match(/[a-z0-9]+/g) ?? [],
	);
}

/** An ASCII slug for a Chinese title: the pinyin of its first syllables, e.g. 葉其發調研口罩生產線 → ye-qi-fa-diao-yan-kou. */
export function titleSlug(title: string, words = MAX_WORDS): string {
	const slug = titleWords(title).slice(0, words);
	return slug.length > 0 ? slug.join('-') : 'bulletin';
}

/** Where an article lives under content/articles/: YYYY/MM/DD-county-slug.md, which is also its id and URL (a time of issue is not part of it). */
export function articleFile(date: string, county: string, title: string, extension = 'md', words = MAX_WORDS): string {
	const [year, month, day] = dayOf(date).split('-');
	return `${year}/${month}/${day}-${county}-${titleSlug(title, words)}.${extension}`;
}

/**
 * The file for a new article that no other article holds. Numbered notices share their beginning
 * (新丰县发布登革热防控通告（第二号）), so when another title holds the name, the name takes the title's syllables up to
 * the first one that differs from that title's; a number (-2, -3…) when none does within MAX_DISTINCT_WORDS. `titleAt`
 * gives the title of the article at a name, undefined when the name is free; `exists` says the name already holds this
 * very title, which is never overwritten.
 */
export function freeArticleFile(date: string, county: string, title: string, titleAt: (file: string) => string | undefined): { file: string; exists: boolean } {
	const words = titleWords(title);
	const longest = Math.min(words.length, MAX_DISTINCT_WORDS);
	let file = articleFile(date, county, title);
	for (let count = MAX_WORDS; ;) {
		file = articleFile(date, county, title, 'md', count);
		const held = titleAt(file);
		if (held === undefined) return { file, exists: false };
		if (held.trim() === title.trim()) return { file, exists: true };
		const other = titleWords(held);
		const shared = words.findIndex((word, i) => word !== other[i]);
		count = Math.max(count + 1, (shared < 0 ? words.length : shared) + 1);
		if (count > longest) break;
	}
	for (let n = 2; ; n++) {
		const numbered = file.replace(/\.md$/, `-${n}.md`);
		const held = titleAt(numbered);
		if (held === undefined) return { file: numbered, exists: false };
		if (held.trim() === title.trim()) return { file: numbered, exists: true };
	}
}

/** The words an editor may give a file name instead of the title's pinyin (npm run new --name): lowercase ASCII words joined by "-". */
export const NAME_WORDS = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The file for a new article named by the editor: YYYY/MM/DD-county-words.md; `exists` says any article holds it already. */
export function namedArticleFile(
	date: string,
	county: string,
	words: string,
	titleAt: (file: string) => string | undefined,
): { file: string; exists: boolean } {
	const [year, month, day] = dayOf(date).split('-');
	const file = `${year}/${month}/${day}-${county}-${words}.md`;
	return { file, exists: titleAt(file) !== undefined };
}
