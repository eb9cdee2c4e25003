import { describe, expect, it } from 'vitest';
import { linkPhoneNumbers, linkPhoneNumbersInText } from '../../src/view/phone-links.ts';

/** The numbers a text's links call. */
const called = (text: string) => [...linkPhoneNumbersInText(text).matchAll(/<a href="tel:(\d+)">([^<]*)<\/a>/g)].map((m) => `${m[2]}→${m[1]}`);

describe('numbers to call in article text', () => {
	it.each([
		['市民如有疑問，可撥打市疾控中心諮詢電話0796-8227120，或全國公共衛生公益熱線12320。', ['0796-8227120→07968227120', '12320→12320']],
		['咨询电话：0796－8227120。', ['0796－8227120→07968227120']],
		['聯繫電話（0796）8227120', ['（0796）8227120→07968227120']],
		['如有不適請撥打120急救電話', ['120→120']],
		['可撥打12345政務服務便民熱線反映', ['12345→12345']],
		['聯繫人：張醫生，13907961234', ['13907961234→13907961234']],
		['聯繫人手機139-0796-1234', ['139-0796-1234→13907961234']],
		['服務熱線：400-820-1234', ['400-820-1234→4008201234']],
		['值班電話8227120', ['8227120→8227120']],
	])('links %s', (text, numbers) => {
		expect(called(text)).toEqual(numbers);
	});

	it.each([
		['a date', '2024-03-18起，全縣2010年3月1日至2011年2月28日出生的女生可免費接種。'],
		['a count', '累計報告120例，接種12345人次，撥打熱線的有320人。'],
		['a count after a call word', '熱線接聽12345次，電話120個'],
		['an identity number', '身份證號360802199001011234'],
		['a postcode', '郵編343000，地址吉安市吉州區'],
		['a year', '2024年第12周'],
		['a time', '08:00-12:00，14:30—17:30'],
		['a document number', '吉衛發〔2024〕12號，編號0796-2024-001'],
		['a version or code', 'EV71疫苗、H7N9、COVID-19、A0796-8227120X'],
		['a short number with no word saying to call it', '第120號通告，共12345元'],
		['a long run of digits', '訂單號013907961234567'],
	])('leaves %s as text', (_case, text) => {
		expect(linkPhoneNumbersInText(text)).toBe(text);
	});

	it('leaves numbers inside links, code and attributes alone', () => {
		const html =
			'<p>電話0796-8227120</p><p><a href="https://example.cn/0796-8227120">撥打12345</a></p><pre><code>電話0796-8227120</code></pre><img alt="電話0796-8227120" src="a.png">';
		expect(linkPhoneNumbers(html)).toBe(
			'<p>電話<a href="tel:07968227120">0796-8227120</a></p><p><a href="https://example.cn/0796-8227120">撥打12345</a></p><pre><code>電話0796-8227120</code></pre><img alt="電話0796-8227120" src="a.png">',
		);
	});

	it('links numbers in table cells, which keep them on one line', () => {
		expect(linkPhoneNumbers('<table><tr><td>吉安縣</td><td>0796-8412120</td></tr></table>')).toBe(
			'<table><tr><td>吉安縣</td><td><a href="tel:07968412120">0796-8412120</a></td></tr></table>',
		);
	});
});
