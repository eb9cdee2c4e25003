import { describe, expect, it } from 'vitest';
import { checkArticleFile, futureDateProblem } from '../../src/content-model/article-file.ts';
import { articleSchema } from '../../src/content-model/schema.ts';
import { idMeant } from '../../src/content-model/closest.ts';
import { resolve } from 'node:path';

const location = { dir: resolve('content/articles'), contentRoot: resolve('content'), displayDir: 'content/articles' };

const schema = articleSchema({
	counties: [
		{ id: 'fuan', names: ['福安市', '福安'] },
		{ id: 'zherong', names: ['柘榮縣', '柘榮'] },
	],
	topics: [
		{ id: 'epidemic-control', names: ['疫情防控'] },
		{ id: 'medical-supplies', names: ['醫療物資'] },
	],
	series: [{ id: 'ningde-counties-in-action', names: ['共同戰“疫”,寧德市縣區在行動'] }],
});

const good = { title: '福安:葉其發調研口罩生產線', date: '2020-02-08', county: 'fuan', topics: ['medical-supplies'] };

/** The messages of a failed parse, one string each. */
function errorsOf(data: unknown): string[] {
	const result = schema.safeParse(data);
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('article schema', () => {
	it('accepts a complete article and fills the defaults', () => {
		const data = schema.parse({
			...good,
			series: 'ningde-counties-in-action',
			source: '閩東日報',
			authors: ['陳莉莉'],
			updated: '2020-02-09',
			corrections: [{ date: '2020-02-09', note: '更正姓名' }],
			lang: 'zh-Hant',
		});
		expect(data.county).toEqual({ collection: 'counties', id: 'fuan' });
		expect(data.topics).toEqual([{ collection: 'topics', id: 'medical-supplies' }]);
		expect(data.draft).toBe(false);
		expect(data.photographers).toEqual([]);
		expect(data.corrections[0]).toEqual({ date: '2020-02-09', note: '更正姓名' });
	});

	it('accepts a date that YAML parsers turn into a Date object', () => {
		expect(schema.parse({ ...good, date: new Date(Date.UTC(2020, 1, 8)) }).date).toBe('2020-02-08');
	});

	it.each([
		['2020-02-08 18:30', '2020-02-08 18:30'],
		['2020-02-08T09:05', '2020-02-08 09:05'],
		['2020-02-08 9:05', '2020-02-08 09:05'],
		['2020-02-08 18:30:59', '2020-02-08 18:30'],
		[new Date(Date.UTC(2020, 1, 8, 18, 30)), '2020-02-08 18:30'],
	])('accepts the time of issue %s as %s', (date, written) => {
		expect(schema.parse({ ...good, date }).date).toBe(written);
	});

	it('takes urgent with an optional until date', () => {
		expect(schema.parse({ ...good, urgent: true, until: '2020-02-15' })).toMatchObject({ urgent: true, until: '2020-02-15' });
		expect(schema.parse(good).urgent).toBe(false);
	});

	it('takes an until on the day of issue whatever the hour, since a day is the last day inclusive, and refuses an earlier hour', () => {
		expect(errorsOf({ ...good, date: '2026-11-30 19:40', urgent: true, until: '2026-11-30' })).toEqual([]);
		expect(errorsOf({ ...good, date: '2026-11-30', urgent: true, until: '2026-11-30 08:00' })).toEqual([]);
		expect(errorsOf({ ...good, date: '2026-11-30 19:40', urgent: true, until: '2026-11-30 22:00' })).toEqual([]);
		expect(errorsOf({ ...good, date: '2026-11-30 19:40', urgent: true, until: '2026-11-30 18:00' })).toEqual([
			expect.stringMatching(/^until: 緊急標記的結束時間 2026-11-30 18:00 早於發佈時間 2026-11-30 19:40/),
		]);
		expect(errorsOf({ ...good, date: '2026-11-30 19:40', urgent: true, until: '2026-11-29' })).toHaveLength(1);
	});

	it('reports a lead picture without imageAlt together with every other mistake', () => {
		expect(errorsOf({ ...good, county: 'fuann', topics: ['masks'], image: './images/x.jpg' })).toEqual([
			expect.stringMatching(/^county: /),
			expect.stringMatching(/^topics\.0: /),
			expect.stringMatching(/^imageAlt: 有 image（首圖）就必須有 imageAlt：在 image 下一行加上「imageAlt: /),
		]);
	});

	it.each([
		['missing title', { ...good, title: undefined }, /^title: 必填：快訊的標題/],
		['empty title', { ...good, title: '  ' }, /^title: 不能是空的/],
		['500-character title', { ...good, title: '疫'.repeat(500) }, /^title: 有 500 個字；請少於 150 個字/],
		['missing date', { ...good, date: undefined }, /^date: 必填：發佈日期，或日期加時間/],
		['impossible date', { ...good, date: '2020-02-30' }, /^date: 「2020-02-30」不是有效的日期或時間；請寫成 2020-02-08 或 2020-02-08 18:30/],
		// The hint gives the value itself converted, not a fixed example (an outside office typed all three).
		['date with slashes', { ...good, date: '2024/3/5' }, /^date: 「2024\/3\/5」不是 YYYY-MM-DD 寫法的日期；請寫成 2024-03-05$/],
		['date in Chinese', { ...good, date: '2024年3月5日' }, /^date: 「2024年3月5日」不是 YYYY-MM-DD 寫法的日期；請寫成 2024-03-05$/],
		['date without leading zeros', { ...good, date: '2024-9-15' }, /^date: 「2024-9-15」不是 YYYY-MM-DD 寫法的日期；請寫成 2024-09-15$/],
		['date and time in Chinese', { ...good, date: '2024年3月5日 18时30分' }, /請寫成 2024-03-05 18:30$/],
		['date in full-width digits', { ...good, date: '２０２４／３／５' }, /請寫成 2024-03-05$/],
		['impossible date in another format', { ...good, date: '2024/2/30' }, /^date: 「2024\/2\/30」不是有效的日期或時間；請寫成 2020-02-08/],
		[
			'correction dated another way',
			{ ...good, corrections: [{ date: '2024/3/5', note: '更正' }] },
			/^corrections\.0\.date: 「2024\/3\/5」不是 YYYY-MM-DD 寫法的日期；請寫成 2024-03-05$/,
		],
		['time past midnight', { ...good, date: '2020-02-08 24:10' }, /^date: 「2020-02-08 24:10」不是有效的日期或時間/],
		['until without urgent', { ...good, until: '2020-02-10' }, /^until: until 只用於緊急快訊/],
		['caption without a lead picture', { ...good, imageCaption: '圖為福安市醫院發熱門診' }, /^imageCaption: imageCaption 是首圖下面的圖說，沒有首圖就不會顯示/],
		['empty caption', { ...good, image: './images/x.jpg', imageAlt: '門診入口', imageCaption: ' ' }, /^imageCaption: 不能是空的/],
		[
			'until before the date',
			{ ...good, urgent: true, until: '2020-02-01' },
			/^until: 緊急標記的結束時間 2020-02-01 早於發佈時間 2020-02-08：改成 date 之後的日期（例如 until: 2020-02-15）/,
		],
		['unknown county', { ...good, county: 'fuzhou' }, /^county: 「fuzhou」不是 county 的 id。可用的 id（content\/counties\.yaml）：fuan, zherong/],
		['county written as its Chinese name', { ...good, county: '福安' }, /^county: 「福安」不是 county 的 id；是不是「fuan」？/],
		[
			'county id of before a renaming (zherongxian → zherong)',
			{ ...good, county: 'zherongxian' },
			/^county: 「zherongxian」不是 county 的 id；是不是「zherong」？/,
		],
		['county id with a typo', { ...good, county: 'fuann' }, /是不是「fuan」/],
		[
			'unknown topic',
			{ ...good, topics: ['masks'] },
			/^topics\.0: 「masks」不是 topic 的 id。可用的 id（content\/topics\.yaml）：epidemic-control, medical-supplies/,
		],
		['no topics', { ...good, topics: [] }, /^topics: 至少要有一個專題 id/],
		['topics not a list', { ...good, topics: 'medical-supplies' }, /^topics: 必須是專題 id 的清單/],
		['unknown series', { ...good, series: 'other' }, /^series: 「other」不是 series 的 id/],
		['unknown field (typo)', { ...good, countty: 'fuan' }, /沒有「countty」這個欄位；是不是「county」？可用的欄位：title, date, county/],
		['wrong lang', { ...good, lang: 'zh-TW' }, /^lang: 必須是 zh-Hant 或 zh-Hans/],
	])('rejects %s with a message naming the field and what is allowed', (_case, data, message) => {
		const errors = errorsOf(data);
		expect(errors.length).toBeGreaterThan(0);
		expect(errors.join('\n')).toMatch(message);
	});
});

describe('the id meant by a name typed instead', () => {
	const topics = [
		{ id: 'influenza', names: ['流感防控', '流感', '甲流'] },
		{ id: 'rabies', names: ['狂犬病防治', '狂犬病', '犬傷'] },
		{ id: 'vaccination', names: ['預防接種', '疫苗', '接種'] },
		{ id: 'hfmd', names: ['手足口病防控', '手足口病'] },
	];

	it.each([
		['a keyword', '流感', 'influenza'],
		['part of a name', '狂犬', 'rabies'],
		['a name with more after it', '流感防控措施', 'influenza'],
		['an id with a typo', 'influensa', 'influenza'],
	])('tells the topic from %s (%s → %s)', (_case, value, id) => {
		expect(idMeant(value, topics)).toBe(id);
	});

	it('suggests nothing where two entries fit or a single character is typed', () => {
		expect(idMeant('防控', topics)).toBeUndefined();
		expect(idMeant('流', topics)).toBeUndefined();
		expect(idMeant('流感疫苗', topics)).toBeUndefined();
	});

	it('tells a series from part of its name', () => {
		expect(
			idMeant('縣區在行動', [
				{ id: 'ningde-counties-in-action', names: ['共同戰“疫”,寧德市縣區在行動'] },
				{ id: 'spring-2024', names: ['2024年春季防病'] },
			]),
		).toBe('ningde-counties-in-action');
	});

	it('suggests the topic an article names by its keyword in the check', () => {
		const withKeywords = articleSchema({
			counties: [{ id: 'fuan', names: ['福安市', '福安'] }],
			topics,
			series: [],
		});
		const result = withKeywords.safeParse({ ...good, topics: ['流感'] });
		expect(result.success ? '' : result.error.issues[0]!.message).toMatch(/^「流感」不是 topic 的 id；是不是「influenza」？/);
	});
});

describe('article file check', () => {
	const file = (text: string) => new TextEncoder().encode(text);
	const article = (frontmatter: string, body = '正文。') => `---\n${frontmatter}\n---\n\n${body}\n`;
	const goodFrontmatter = 'title: 標題\ndate: 2020-02-08\ncounty: fuan\ntopics: [epidemic-control]';

	it('passes a good article and returns its data and body', () => {
		const check = checkArticleFile('2020/02/08-fuan-test.md', file(article(goodFrontmatter)), schema, location);
		expect(check.problems).toEqual([]);
		expect(check.data).toMatchObject({ title: '標題', date: '2020-02-08' });
		expect(check.body?.trim()).toBe('正文。');
	});

	it('points at the line of the bad field', () => {
		const check = checkArticleFile(
			'2020/02/08-a.md',
			file(article('title: 標題\ndate: 2020-02-08\ncounty: 福安\ntopics: [epidemic-control]')),
			schema,
			location,
		);
		expect(check.problems).toEqual([
			{
				file: 'content/articles/2020/02/08-a.md',
				line: 4,
				severity: 'error',
				message: expect.stringContaining('county: 「福安」不是 county 的 id；是不是「fuan」？'),
				hint: undefined,
			},
		]);
	});

	it("names a list entry of the frontmatter by its position from 1, not by zod's path (topics.0), on its line (fix-35)", () => {
		const check = checkArticleFile(
			'2020/02/08-a.md',
			file(article('title: 標題\ndate: 2020-02-08\ncounty: fuan\ntopics:\n  - masks\ncorrections:\n  - { date: 2020-02-09, note: 更正 }\n  - { note: 更正 }')),
			schema,
			location,
		);
		expect(check.problems.map(({ line, message }) => ({ line, message }))).toEqual([
			{ line: 6, message: expect.stringMatching(/^topics 第 1 項: 「masks」不是 topic 的 id/) },
			{ line: 9, message: expect.stringMatching(/^corrections 第 2 項的 date: /) },
		]);
	});

	it('stops an .mdx article MDX cannot read, at its line, before the build meets it', () => {
		const body = '留樣時間在48小時以上。\n\n留樣時間 {48小時} 以上，溫度‹5℃。';
		const check = checkArticleFile('2020/02/08-a.mdx', file(article(goodFrontmatter, body)), schema, location);
		expect(check.problems.map((p) => [p.line, p.severity, p.message])).toEqual([[10, 'error', expect.stringContaining('MDX 無法解讀這一行')]]);
		const escaped = checkArticleFile('2020/02/08-a.mdx', file(article(goodFrontmatter, body.replace('{48小時}', '\\{48小時\\}'))), schema, location);
		expect(escaped.problems).toEqual([]);
		// The same text in Markdown is plain text.
		expect(checkArticleFile('2020/02/08-a.md', file(article(goodFrontmatter, body)), schema, location).problems).toEqual([]);
	});

	it('stops a -{zh-hans:…;zh-hant:…}- pair cut by HTML tags, which would print as typed', () => {
		const body = '請用-{zh-hans:<b>软件</b>;zh-hant:<i>軟件</i>}-下載。';
		const check = checkArticleFile('2020/02/08-a.md', file(article(goodFrontmatter, body)), schema, location);
		expect(check.problems.map((p) => [p.line, p.severity, p.message])).toEqual([[8, 'error', expect.stringContaining('裡有 HTML 標籤')]]);
		// A fixed marker around a whole element is read whole, and a pair of plain text is fine.
		const fixed = checkArticleFile('2020/02/08-a.md', file(article(goodFrontmatter, '請用-{<b>軟件</b>}-與-{zh-hans:软件;zh-hant:軟件}-。')), schema, location);
		expect(fixed.problems.filter((p) => p.severity === 'error')).toEqual([]);
	});

	it('warns about an HTML tag in a title, which readers would see as typed', () => {
		const check = checkArticleFile(
			'2020/02/08-a.md',
			file(article(goodFrontmatter.replace('title: 標題', 'title: 公告<img src=x onerror=alert(1)>'))),
			schema,
			location,
		);
		expect(check.problems.map((p) => [p.line, p.severity, p.message])).toEqual([[2, 'warning', expect.stringContaining('title 裡的 HTML 標籤 <img')]]);
	});

	it('warns when a body that is only a table leaves listings without a summary, unless summary: is given', () => {
		const table = '| 科別 | 週一 |\n| --- | --- |\n| 內科 | 08:00–12:00 |';
		const check = checkArticleFile('2020/02/08-a.md', file(article(goodFrontmatter, table)), schema, location);
		expect(check.problems.map((p) => [p.line, p.severity, p.message])).toEqual([[8, 'warning', expect.stringContaining('不會有摘要')]]);
		const summarized = checkArticleFile('2020/02/08-a.md', file(article(`${goodFrontmatter}\nsummary: 內科門診時間`, table)), schema, location);
		expect(summarized.problems).toEqual([]);
	});

	it('warns of a body whose only text is a date or nothing beside its pictures (an imported page of pictures), summary or not', () => {
		const warnings = (frontmatter: string, body: string) =>
			checkArticleFile('2020/02/08-a.md', file(article(frontmatter, body)), schema, location)
				.problems.filter((p) => p.severity === 'warning')
				.map((p) => [p.line, p.message]);
		const textless = (line: number) => [[line, expect.stringContaining('正文沒有文字，只有圖片或日期')]];
		expect(warnings(goodFrontmatter, '2020-02-08 18:30')).toEqual(textless(8));
		expect(warnings(`${goodFrontmatter}\nsummary: 接種證查驗通知`, '![](./images/notice-1.jpg)\n\n2020年2月8日')).toEqual(textless(9));
		expect(warnings(goodFrontmatter, '2月8日上午，福安市衛健局召開會議。')).toEqual([]);
	});

	it('points at the line of an unknown field', () => {
		const check = checkArticleFile('2020/02/08-a.md', file(article(`${goodFrontmatter}\ncountty: fuan`)), schema, location);
		expect(check.problems.map((p) => [p.line, p.message])).toEqual([[6, expect.stringContaining('沒有「countty」這個欄位')]]);
	});

	it('reports a replacement character (text decoded with the wrong encoding) on its line, in the body or the frontmatter', () => {
		// A GBK page once read as UTF-8 turned every Chinese character into U+FFFD and the check passed it.
		const lines = (text: string) =>
			checkArticleFile('2020/02/08-fuan-test.md', file(text), schema, location)
				.problems.filter((p) => p.message.includes('替換字元'))
				.map((p) => [p.line, p.severity]);
		expect(lines(article(goodFrontmatter, '第一段。\n\n新丰县\uFFFD\uFFFD冬季爱国卫生运动。'))).toEqual([[10, 'error']]);
		expect(lines(article('title: \uFFFD\uFFFD\ndate: 2020-02-08\ncounty: fuan\ntopics: [epidemic-control]'))).toEqual([[2, 'error']]);
		expect(lines(article(goodFrontmatter))).toEqual([]);
	});

	it('reports a private-use character (an HKSCS character read by a decoder that lacks it) as an error on its line', () => {
		const lines = (text: string) =>
			checkArticleFile('2020/02/08-fuan-test.md', file(text), schema, location)
				.problems.filter((p) => p.message.includes('私用區字元'))
				.map((p) => [p.line, p.severity, p.message.includes('U+E88C')]);
		// What Node's TextDecoder('big5') makes of 深水埗's 埗 (0x96 0xF5 in Big5-HKSCS).
		expect(lines(article(goodFrontmatter, '第一段。\n\n深水\uE88C發現本地登革熱個案。'))).toEqual([[10, 'error', true]]);
		expect(lines(article(goodFrontmatter, '衞生署呼籲深水埗居民防蚊。'))).toEqual([]);
	});

	it.each([
		['invalid YAML', article('title: [unclosed\ndate: 2020-02-08'), /前置資料不是有效的 YAML/],
		['frontmatter that is a list', article('- a\n- b'), /前置資料必須是一行一個「欄位: 值」/],
		['an empty file', '', /檔案是空的/],
		['a file without frontmatter', '只有正文。\n', /檔案沒有前置資料/],
		['a file with only frontmatter', article(goodFrontmatter, ''), /前置資料後面沒有正文/],
		['an unclosed -{ marker', article(goodFrontmatter, '-{葉其髮 未關閉'), /「-\{」沒有用「\}-」結束/],
	])('reports %s', (_case, text, message) => {
		const problems = checkArticleFile('2020/02/08-x.md', file(text), schema, location).problems;
		expect(problems.map((p) => p.message).join('\n')).toMatch(message);
		expect(problems.every((p) => p.severity === 'error' && p.file === 'content/articles/2020/02/08-x.md')).toBe(true);
	});

	it('reads a picture in raw HTML as the page shows it: after a backtick nothing closes, or between backticks in an HTML block', () => {
		// A random hostile article (fast-check) once passed the check and then failed the build's final check.
		const messages = (body: string) =>
			checkArticleFile('2020/02/08-x.md', file(article(goodFrontmatter, body)), schema, location).problems.map((p) => p.message);
		const errors = (body: string) =>
			checkArticleFile('2020/02/08-x.md', file(article(goodFrontmatter, body)), schema, location)
				.problems.filter((p) => p.severity === 'error')
				.map((p) => p.message);
		expect(messages('福安`<img src=x>``u疫情防控')).toEqual(['貼上的 <img src="x"> 不會發佈']);
		expect(messages('福安`<img src=x>`疫情防控')).toEqual([]);
		// A line that opens with <script> is an HTML block: its backticks are text, the tag between them a tag.
		expect(errors('<script>alert(1)</script>疫情防控`<img src=x>`')).toEqual(['貼上的 <img src="x"> 不會發佈']);
	});

	it('tells a misplaced file where it goes without writing its day twice', () => {
		const hint = (path: string, date: string) =>
			checkArticleFile(path, file(article(goodFrontmatter.replace('2020-02-08', date))), schema, location).problems.map((p) => p.hint);
		expect(hint('2020/04/extra/28-fuan-deep.md', '2020-04-28')).toEqual(['移到例如 content/articles/2020/04/28-fuan-deep.md']);
		expect(hint('2020/4/27-fuan-month.md', '2020-04-27')).toEqual(['移到例如 content/articles/2020/04/27-fuan-month.md']);
		expect(hint('2020/04/fuan-no-day.md', '2020-04-27')).toEqual(['移到例如 content/articles/2020/04/27-fuan-no-day.md']);
		expect(hint('2020/04/26-fuan-moved.md', '2020-04-27')).toEqual(['把檔案移到 content/articles/2020/04/27-fuan-moved.md，或改正 date']);
	});

	it('reports bytes that are not UTF-8', () => {
		const bytes = new Uint8Array([...file('---\ntitle: '), 0xb8, 0xa3, 0xb0, 0xb2, ...file('\n---\n')]);
		expect(checkArticleFile('2020/02/08-a.md', bytes, schema, location).problems[0]).toMatchObject({ message: '檔案不是 UTF-8 文字', line: 2 });
	});

	it('accepts a byte order mark and Windows line endings', () => {
		const text = `\uFEFF${article(goodFrontmatter)}`.replace(/\n/g, '\r\n');
		expect(checkArticleFile('2020/02/08-a.md', file(text), schema, location).problems).toEqual([]);
	});

	it('rejects a file named in Chinese, since the name becomes the URL, and gives the name npm run new gives, from the title', () => {
		const problems = checkArticleFile('2020/02/福安口罩.md', file(article(goodFrontmatter)), schema, location).problems;
		expect(problems).toEqual([
			expect.objectContaining({
				message: expect.stringMatching(/檔名只能用小寫英文字母/),
				hint: '改名為 content/articles/2020/02/08-fuan-biao-ti.md（和 npm run new 取的名字一樣：日期、縣區 id 和標題的拼音）',
			}),
		]);
	});

	it('warns about a date in the future', () => {
		const problems = checkArticleFile('2999/01/01-a.md', file(article(goodFrontmatter.replace('2020-02-08', '2999-01-01'))), schema, location).problems;
		expect(problems).toEqual([expect.objectContaining({ line: 3, severity: 'warning', message: 'date 2999-01-01 是未來的日期' })]);
	});

	it('warns about a time of issue later today, which would show as issued in the future and sort first', () => {
		expect(futureDateProblem('2026-12-01 10:00', '2026-12-01 08:34')).toEqual({
			message: 'date 2026-12-01 10:00 的時刻比現在（08:34）晚：現在發佈，網站會顯示成在未來的時刻發佈，並排在今天其他快訊的前面',
			hint: '寫上實際發佈的時刻（或不寫時刻）；如果要到那時才發佈，到時再合併',
		});
		expect(futureDateProblem('2026-12-02', '2026-12-01 08:34')?.message).toBe('date 2026-12-02 是未來的日期');
		for (const date of ['2026-12-01 08:34', '2026-12-01 08:00', '2026-12-01', '2026-11-30 23:00']) {
			expect(futureDateProblem(date, '2026-12-01 08:34'), date).toBeUndefined();
		}
	});

	it("warns on its line of a class or id of the site's own that pasted HTML would take, but not of footnotes', headings' or code's", () => {
		// trial-39: a section printed as the masthead, a hidden section indexed, a second target of the skip link.
		const body = [
			'口罩供應點公佈如下。',
			'<section class="print-masthead">福安市衞健局</section>',
			'<section class="visually-hidden">看不見的字</section>',
			'<a id="main">錨點</a>',
			'<h2 id="below">以下</h2>',
			'<h2 id="口罩供應">口罩供應</h2>',
			'<li id="user-content-fn-1">註</li> <code class="language-js">x</code> `<a id="main">` 是程式碼',
		].join('\n\n');
		const problems = checkArticleFile('2020/02/08-a.md', file(article(goodFrontmatter, body)), schema, location).problems;
		expect(problems.map((p) => [p.line, p.severity, p.message.replace(/.*：/, '')])).toEqual([
			[10, 'warning', 'class="print-masthead"'],
			[12, 'warning', 'class="visually-hidden"'],
			[14, 'warning', 'id="main"'],
			[16, 'warning', 'id="below" → id="user-content-below"'],
		]);
	});

	it('warns about pasted HTML that will be removed, but not about code', () => {
		const body = '<p onclick="x()">貼上</p>\n\n`<script>` 是程式碼\n\n```\n<script>alert(1)</script>\n```';
		const problems = checkArticleFile('2020/02/08-a.md', file(article(goodFrontmatter, body)), schema, location).problems;
		expect(problems.map((p) => [p.line, p.severity])).toEqual([[8, 'warning']]);
	});
});
