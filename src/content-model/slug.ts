import { pinyin } from 'pinyin-pro';
import { dayOf } from '../core/dates.ts';

const MAX_WORDS = 6;
// A short place prefix such as "福安:" repeats the county, which the file name already carries.
const PLACE_PREFIX = /^[^:：]{1,6}[:：]/;

/** An ASCII slug for a Chinese title: the pinyin of its first syllables, e.g. 葉其發調研口罩生產線 → ye-qi-fa-diao-yan-kou. */
export function titleSlug(title: string): string {
	const words = pinyin(title.replace(PLACE_PREFIX, ''), { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
		.flatMap((token) => token.toLowerCase().match(/[a-z0-9]+/g) ?? [])
		.slice(0, MAX_WORDS);
	return words.length > 0 ? words.join('-') : 'bulletin';
}

/** Where an article lives under content/articles/: YYYY/MM/DD-county-slug.md, which is also its id and URL (a time of issue is not part of it). */
export function articleFile(date: string, county: string, title: string, extension = 'md'): string {
	const [year, month, day] = dayOf(date).split('-');
	return `${year}/${month}/${day}-${county}-${titleSlug(title)}.${extension}`;
}
