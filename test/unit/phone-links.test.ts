import { describe, expect, it } from 'vitest';
import { linkPhoneNumbers, linkPhoneNumbersInText } from '../../src/view/phone-links.ts';

/** The numbers a text's links call. */
const called = (text: string) => [...linkPhoneNumbersInText(text).matchAll(/<a href="tel:(\+?\d+)">([^<]*)<\/a>/g)].map((m) => `${m[2]}→${m[1]}`);

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
		// trial-41: numbers residents found plain text.
		['手機 138 0000 0000，或 139 0000 2222', ['138 0000 0000→13800000000', '139 0000 2222→13900002222']],
		['諮詢：0593 6321234', ['0593 6321234→05936321234']],
		['境外請撥 +86 593 6321234', ['+86 593 6321234→+865936321234']],
		['如遇緊急情況請撥打急救120', ['120→120']],
		['发现火情请报警110、火警119', ['110→110', '119→119']],
		['座機 6321236', ['6321236→6321236']],
		['咨詢電話0593-6321234、6321235', ['0593-6321234→05936321234', '6321235→05936321235']],
		['可撥打「12345」熱線反映', ['12345→12345']],
		['可拨打“12345”热线反映', ['12345→12345']],
		// trial-42: Hong Kong, Macau and Taiwan numbers, and a mainland one in groups.
		['已啓動登革熱查詢熱綫 2835 1234，服務時間為上午九時至晚上八時', ['2835 1234→28351234']],
		['預約熱綫 2961 8989。', ['2961 8989→29618989']],
		['請致電委員會秘書處 2471 5566 或 2471 5567 查詢', ['2471 5566→24715566', '2471 5567→24715567']],
		['澳門衞生局查詢電話 2850 0000，手提 6612 3456', ['2850 0000→28500000', '6612 3456→66123456']],
		['可致電綜合熱綫 1823 舉報', ['1823→1823']],
		['市民可拨打热线1823反映', ['1823→1823']],
		['腸病毒重症諮詢專線（07）552-6311，提供24小時諮詢', ['（07）552-6311→075526311']],
		['預約清潔隊專線（06）298-3344。', ['（06）298-3344→062983344']],
		['電話：（07）552-6300 分機 215', ['（07）552-6300→075526300']],
		['食品衛生專線(02)2690-1234通報', ['(02)2690-1234→0226901234']],
		['請撥打防疫專線1922詢問', ['1922→1922']],
		['民眾也可撥打1922', ['1922→1922']],
		['免付費專線0800-000-123', ['0800-000-123→0800000123']],
		['台北市衛生局 02-2720-8889', ['02-2720-8889→0227208889']],
		['咨询电话：0756-2213 478（工作日）', ['0756-2213 478→07562213478']],
		['境外請致電 +852 2835 1234 或 +886 7 552 6311', ['+852 2835 1234→+85228351234', '+886 7 552 6311→+88675526311']],
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
		['an emergency word before a count', '急救120人次，報警110起'],
		['a number after a list that is not a phone', '2024-03-18、6321235'],
		['a price and a code in quotes', '售價「120元」，驗證碼「123456」'],
		['spaced groups of a count', '共 138 0000 人'],
		// trial-42: what Hong Kong and Taiwan bulletins write beside their numbers.
		['a year written with a space', '二〇二三年即 2023 年，熱綫 2023 年度報告'],
		['two years side by side', '2023 2024 年度計劃，涵蓋 2024 2025'],
		['a count in two groups of four', '共派發 2500 3000 份，接種 3912 5000 劑'],
		['a short number after a call word as a count', '熱綫接聽 1823 個電話，撥打1922次，專線1500宗'],
		['a four-digit number with no word saying to call it', '第1823號公告，共1922元'],
		['a date in Taiwan forms', '中華民國106年4月18日，2017-04-18，2017/04/18'],
		['a fine and a count with thousands', '處新臺幣3,000元以上15,000元以下罰鍰，21,480 人'],
		['a document or case number in groups', '衞署字第1060012345號，個案編號 106-0418-001，檔號07-552-63'],
		['a price after a call word', '電話卡 2800 元'],
		['a fax number', '傳真至 2961 8124，传真：0756-2213 479，傳真號碼（07）552-6399'],
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

	it('never links inside an attribute holding ">", a comment or a heading', () => {
		// <abbr title="電話>0593-6321234"> was split at its ">" and a link written into the attribute (trial-44).
		const html =
			'<p><abbr title="電話>0593-6321234">值班</abbr>電話0796-8227120</p><p title=\'撥打>12345\'>x</p><!-- 電話>0593-6321234 --><h2 id="x">諮詢電話0796-8227120</h2>';
		expect(linkPhoneNumbers(html)).toBe(
			'<p><abbr title="電話>0593-6321234">值班</abbr>電話<a href="tel:07968227120">0796-8227120</a></p><p title=\'撥打>12345\'>x</p><!-- 電話>0593-6321234 --><h2 id="x">諮詢電話0796-8227120</h2>',
		);
	});

	it('links a number alone in a column headed 值班電話, and not in other columns', () => {
		const html =
			'<table><thead><tr><th>單位</th><th><strong>值班電話</strong></th><th>人數</th></tr></thead><tbody><tr><td>蕉城區</td><td>6321234</td><td>1200000</td></tr></tbody></table>';
		expect(linkPhoneNumbers(html)).toBe(html.replace('<td>6321234</td>', '<td><a href="tel:6321234">6321234</a></td>'));
		// Another table's columns are its own.
		const next = '<table><tr><th>人數</th><th>電話</th></tr><tr><td>6321234</td><td>120</td></tr></table>';
		expect(linkPhoneNumbers(next)).toBe(next.replace('<td>120</td>', '<td><a href="tel:120">120</a></td>'));
	});

	it('links numbers in table cells, which keep them on one line', () => {
		expect(linkPhoneNumbers('<table><tr><td>吉安縣</td><td>0796-8412120</td></tr></table>')).toBe(
			'<table><tr><td>吉安縣</td><td><a href="tel:07968412120">0796-8412120</a></td></tr></table>',
		);
	});
});
