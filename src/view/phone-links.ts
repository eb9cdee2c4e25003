// Bulletins give numbers to call (咨詢電話0796-8227120, 撥打12345, 急救電話120); residents read them on phones, where a
// number that is a link is called with one tap. Only numbers that can be nothing else become links: a number with an
// area code (0796-8227120, （0796）8227120), a mobile number (13907961234), a 400 or 800 line, and a short number (120,
// 12345) or a local one (8227120) only right after a word that says it is a number to call. Dates, ids, counts, postcodes
// and years stay text.

// Elements whose text is never linked: a link already, code, and what is not text.
const SKIPPED = /^(a|code|pre|script|style|kbd|samp)$/i;
const TAG = /(<[^>]*>)/;

// A word saying the number after it is one to call (電話, 熱線, 撥打 … in either script, with 號碼 after it or not), then
// what may stand between: a colon, 是, 為, a space.
const CALL_WORDS = [
	'電話',
	'电话',
	'熱線',
	'热线',
	'專線',
	'专线',
	'撥打',
	'拨打',
	'致電',
	'致电',
	'呼叫',
	'聯繫',
	'联系',
	'諮詢',
	'咨询',
	'舉報',
	'举报',
	'投訴',
	'投诉',
];
const CALL_WORD = `(?:${CALL_WORDS.join('|')})(?:${['號碼', '号码'].join('|')})?[${['：', '\\x3a', '是', '為', '为', '\\s'].join('')}]{0,2}`;
const DASH = '[-－‐–—]';
// Characters that must not touch a number: another digit, a Latin letter, or a dash or dot that continues it (an id, a
// date, a version); a unit or counter after it (120人, 12345次) makes it a count.
const BEFORE = '(?<![\\d０-９A-Za-z.．\\-－/])';
const AFTER = '(?![\\d０-９A-Za-z.．\\-－/:：]|\\s?[人次例個个元歲岁年月日號号%％件名位天戶户間间所家輛辆條条頁页米公千萬万])';

const PHONE = new RegExp(
	[
		// Area code and number: 0796-8227120, 0796－8227120, （0796）8227120, 010-12345678.
		`${BEFORE}(?:0\\d{2,3}${DASH}\\d{7,8}|[（(]0\\d{2,3}[）)]\\s?\\d{7,8})${AFTER}`,
		// A mobile number, written whole or in groups: 13907961234, 139-0796-1234.
		`${BEFORE}1[3-9]\\d(?:\\d{8}|${DASH}\\d{4}${DASH}\\d{4})${AFTER}`,
		// Nationwide lines: 400-123-4567, 4001234567, 800-820-1234.
		`${BEFORE}[48]00(?:\\d{7}|${DASH}\\d{3}${DASH}\\d{4})${AFTER}`,
		// After a word saying so: a short service number (120, 12345, 12320) or a local number without area code.
		`(?<=${CALL_WORD})(?:1\\d{2}|1\\d{4}|9\\d{4}|[2-8]\\d{6,7})${AFTER}`,
	].join('|'),
	'gu',
);

/** The `tel:` address of a number as written: its digits, which every phone dials. */
const telHref = (number: string) => `tel:${number.replace(/\D/g, '')}`;

/** Every number to call in a run of text (already escaped HTML, with no tags), made a `tel:` link. */
export function linkPhoneNumbersInText(text: string): string {
	return text.replace(PHONE, (number) => `<a href="${telHref(number)}">${number}</a>`);
}

/** An article's HTML with the numbers to call in its text made `tel:` links; text inside links, code and scripts is left as it is. */
export function linkPhoneNumbers(html: string): string {
	const parts = html.split(TAG);
	const open: string[] = [];
	for (let i = 0; i < parts.length; i++) {
		const part = parts[i]!;
		if (i % 2 === 1) {
			const tag = /^<(\/?)(\w+)/.exec(part);
			if (tag && SKIPPED.test(tag[2]!) && !part.endsWith('/>')) {
				const name = tag[2]!.toLowerCase();
				if (!tag[1]) open.push(name);
				else if (open.includes(name)) open.splice(open.lastIndexOf(name), 1);
			}
		} else if (open.length === 0 && part) parts[i] = linkPhoneNumbersInText(part);
	}
	return parts.join('');
}
