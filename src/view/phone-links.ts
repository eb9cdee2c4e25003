// Bulletins give numbers to call (咨詢電話0796-8227120, 撥打12345, 急救電話120, 熱綫 2835 1234, 專線（07）552-6311);
// residents read them on phones, where a number that is a link is called with one tap. Only numbers that can be nothing
// else become links: a number with an area code (0796-8227120, （0796）8227120, 0756-2213 478, Taiwan's （07）552-6311
// and 02-2690-1234), a mobile number (13907961234), a 400, 800 or Taiwan 0800 line, a Hong Kong or Macau number in two
// groups of four (2835 1234), and a short number (120, 1823, 12345) or a local one (8227120) only right after a word
// that says it is a number to call. Dates, ids, counts, postcodes and years stay text.

// Elements whose text is never linked: a link already, code, what is not text, and a heading (a link in it would
// make the heading's text a link too, and its anchor's).
const SKIPPED = /^(a|code|pre|script|style|kbd|samp|h[1-6])$/i;
// A comment, or a tag whose quoted attribute values may hold ">" (<abbr title="電話>0593-6321234">): text is never split inside one.
const TAG = /(<!--[\s\S]*?-->|<[a-zA-Z/!?](?:[^>"']|"[^"]*"|'[^']*')*>)/;

// A word saying the number after it is one to call (電話, 熱線, 撥打 … in either script, with 號碼 after it or not), then
// what may stand between: a colon, 是, 為, a space, an opening quotation mark (撥打「12345」熱線).
const CALL_WORDS = [
	'電話',
	'电话',
	'熱線',
	'熱綫',
	'热线',
	'專線',
	'專綫',
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
	// A landline, and the emergency services named by their word (急救120, 報警110、火警119).
	'座機',
	'座机',
	'固話',
	'固话',
	'急救',
	'救護',
	'救护',
	'報警',
	'报警',
	'火警',
	'匪警',
];
const CALL_WORD = `(?:${CALL_WORDS.join('|')})(?:${['號碼', '号码'].join('|')})?[${['：', '\\x3a', '是', '為', '为', '\\s', '「', '“', '『', '"'].join('')}]{0,2}`;
const DASH = '[-－‐–—]';
// Groups of a number: a dash, or a space (138 0000 0000, 0593 6321234).
const SEP = `(?:${DASH}| )`;
// Between two numbers of one line (0593-6321234、6321235).
const AND = '[、，,/／或]\\s?';
// Characters that must not touch a number: another digit, a Latin letter, or a dash or dot that continues it (an id, a
// date, a version); a unit or counter after it (120人, 12345次) makes it a count.
const BEFORE = '(?<![\\d０-９A-Za-z.．\\-－/])';
// Counters after a number (30人, 2500份): a count. 分 too (30分), but not in 分機, the extension after a number to call.
const COUNTERS = '人次例起宗個个元歲岁年月日號号%％件名位天戶户間间所家輛辆條条頁页米公千萬万份張张劑剂針针盒箱噸吨隻週周秒';
const MINUTES = ['分', '(?![機机])'].join('');
const AFTER = `(?![\\d０-９A-Za-z.．\\-－/:：]|\\s?(?:[${COUNTERS}]|${MINUTES}))`;

/** A short service number (120, 1823, 1922, 12345, 12320) or a local number without area code: a number to call only where something says so. */
const SHORT_OR_LOCAL = '(?:1\\d{2,4}|9\\d{4}|[2-8]\\d{6,7})';

const PATTERNS = [
	// Area code and number: 0796-8227120, 0796－8227120, 0593 6321234, （0796）8227120, 010-12345678.
	`${BEFORE}(?:0\\d{2,3}${SEP}\\d{7,8}|[（(]0\\d{2,3}[）)]\\s?\\d{7,8})${AFTER}`,
	// Taiwan's area code of one to three digits and a number in two groups: （07）552-6311, (02)2690-1234, 02-2690-1234.
	`${BEFORE}(?:[（(]0\\d{1,3}[）)]\\s?|0\\d{1,3}${DASH})\\d{3,4}${DASH}\\d{4}${AFTER}`,
	// A mainland area code and a number of seven or eight digits written in two groups: 0756-2213 478, 0756-2213 4780.
	`${BEFORE}0\\d{2,3}${SEP}(?:\\d{4} \\d{3,4}|\\d{3} \\d{4})${AFTER}`,
	// Hong Kong and Macau: eight digits in two groups of four (2835 1234, 6612 3456), which no count, date or id is
	// written as; two years side by side (2023 2024) are not one.
	`${BEFORE}(?!(?:19|20)\\d{2} (?:19|20)\\d{2})[235689]\\d{3} \\d{4}${AFTER}`,
	// With the country code of Hong Kong, Macau or Taiwan: +852 2835 1234, +853 2857 1234, +886 7 552 6311.
	`\\+(?:85[23]${SEP}?\\d{4}${SEP}?\\d{4}|886${SEP}?\\d{1,2}${SEP}?\\d{3,4}${SEP}?\\d{4})${AFTER}`,
	// Taiwan's free lines: 0800-000-123, 0800000123.
	`${BEFORE}080[09](?:\\d{6}|${DASH}\\d{3}${DASH}\\d{3})${AFTER}`,
	// A mobile number, written whole or in groups: 13907961234, 139-0796-1234, 138 0000 0000.
	`${BEFORE}1[3-9]\\d(?:\\d{8}|${SEP}\\d{4}${SEP}\\d{4})${AFTER}`,
	// With the country code: +86 593 6321234, +86 138 0000 0000, +86-10-12345678.
	`\\+86${SEP}?(?:1[3-9]\\d(?:\\d{8}|${SEP}\\d{4}${SEP}\\d{4})|[1-9]\\d{1,2}${SEP}?\\d{7,8})${AFTER}`,
	// Nationwide lines: 400-123-4567, 4001234567, 800-820-1234.
	`${BEFORE}[48]00(?:\\d{7}|${DASH}\\d{3}${DASH}\\d{4})${AFTER}`,
	// After a word saying so: a short service number or a local number.
	`(?<=${CALL_WORD})${SHORT_OR_LOCAL}${AFTER}`,
	// The second number of a line with an area code (0593-6321234、6321235), dialled with that area code.
	`(?<=(?<area>0\\d{2,3})${SEP}\\d{7,8}${AND})[2-8]\\d{6,7}${AFTER}`,
];
// A fax number (傳真至 2961 8124) has the shape of one to call, but a phone that dials it reaches a machine.
const NOT_FAX = `(?<!(?:${['傳真', '传真'].join('|')})(?:${['號碼', '号码'].join('|')})?[：\\x3a至\\s]{0,2})`;
const PHONE = new RegExp(`${NOT_FAX}(?:${PATTERNS.join('|')})`, 'gu');
// In a table's column headed 電話 or 值班電話, a number alone is one to call too.
const PHONE_IN_COLUMN = new RegExp(`${NOT_FAX}(?:${[...PATTERNS, `${BEFORE}${SHORT_OR_LOCAL}${AFTER}`].join('|')})`, 'gu');
/** A table header naming a column of numbers to call. */
const PHONE_HEADER = new RegExp(
	`${['電話', '电话', '熱線', '熱綫', '热线', '專線', '專綫', '专线', '座機', '座机', '手機', '手机', '聯繫方式', '联系方式'].join('|')}`,
	'u',
);

/** The `tel:` address of a number as written: its digits, which every phone dials, after its area code when it was written once for two numbers. */
const telHref = (number: string, area = '') => `tel:${number.startsWith('+') ? '+' : ''}${area}${number.replace(/\D/g, '')}`;

/** Every number to call in a run of text (already escaped HTML, with no tags), made a `tel:` link; in a column of numbers to call, a number alone too. */
export function linkPhoneNumbersInText(text: string, phoneColumn = false): string {
	return text.replace(phoneColumn ? PHONE_IN_COLUMN : PHONE, (number, ...rest: unknown[]) => {
		const groups = rest.at(-1) as { area?: string } | undefined;
		return `<a href="${telHref(number, groups?.area)}">${number}</a>`;
	});
}

/** An article's HTML with the numbers to call in its text made `tel:` links; text inside links, code and scripts is left as it is. */
export function linkPhoneNumbers(html: string): string {
	const parts = html.split(TAG);
	const open: string[] = [];
	// Which columns of the table being read are headed as numbers to call, and where the reading is.
	let phoneColumns = new Set<number>();
	let column = -1;
	let cell: 'th' | 'td' | undefined;
	let header = '';
	for (let i = 0; i < parts.length; i++) {
		const part = parts[i]!;
		if (i % 2 === 1) {
			const tag = /^<(\/?)(\w+)/.exec(part);
			const name = tag?.[2]!.toLowerCase();
			if (tag && SKIPPED.test(tag[2]!) && !part.endsWith('/>')) {
				if (!tag[1]) open.push(name!);
				else if (open.includes(name!)) open.splice(open.lastIndexOf(name!), 1);
			}
			if (name === 'table' && !tag![1]) phoneColumns = new Set();
			else if (name === 'tr' && !tag![1]) column = -1;
			else if ((name === 'th' || name === 'td') && !tag![1]) [column, cell, header] = [column + 1, name, ''];
			else if ((name === 'th' || name === 'td') && tag![1]) {
				if (cell === 'th' && PHONE_HEADER.test(header)) phoneColumns.add(column);
				cell = undefined;
			}
		} else if (open.length === 0 && part) {
			if (cell === 'th') header += part;
			parts[i] = linkPhoneNumbersInText(part, cell === 'td' && phoneColumns.has(column));
		}
	}
	return parts.join('');
}
