import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, sampleContentWith, type BuiltSite } from '../../scripts/lib/build-site.ts';

const article = (fields: string, text: string) => `---\n${fields}\ntopics: [epidemic-control]\n---\n\n${text}\n`;

/** The article links of a listing page's cards, in order, and which of them carry the urgent mark. */
function cards(html: string): Array<{ id: string; urgent: boolean }> {
	return [...html.matchAll(/<article class="card( urgent)?">[\s\S]*?<a href="\/zh-han[st]\/articles\/([^"]+)\/">/g)].map((m) => ({
		id: m[2]!,
		urgent: m[1] !== undefined,
	}));
}

describe('time of issue and urgent bulletins', () => {
	let site: BuiltSite;

	beforeAll(() => {
		site = buildSite(
			sampleContentWith((content) => {
				const dir = join(content, 'articles/2020/02');
				writeFileSync(join(dir, '08-fuan-evening.md'), article('title: 福安晚間通報\ndate: 2020-02-08 18:30\ncounty: fuan', '福安市晚間通報。'));
				writeFileSync(join(dir, '08-fuan-morning.md'), article('title: 福安早間通報\ndate: 2020-02-08 09:05\ncounty: fuan', '福安市早間通報。'));
				writeFileSync(
					join(dir, '07-xiapu-urgent.md'),
					article('title: 霞浦縣緊急通知\ndate: 2020-02-07 10:00\ncounty: xiapu\nurgent: true', '霞浦縣緊急通知。'),
				);
				writeFileSync(
					join(dir, '06-fuan-was-urgent.md'),
					article('title: 福安過期緊急\ndate: 2020-02-06 10:00\ncounty: fuan\nurgent: true\nuntil: 2020-02-07', '已過期。'),
				);
			}),
		);
		if (!site.ok) throw new Error(site.output);
	});
	afterAll(() => site?.remove());

	it.each(['zh-hant', 'zh-hans'])('puts the urgent bulletin first on the %s home page, then the rest by time of issue', (edition) => {
		expect(cards(site.read(`${edition}/index.html`)).slice(0, 5)).toEqual([
			{ id: '2020/02/07-xiapu-urgent', urgent: true },
			{ id: '2020/02/08-fuan-evening', urgent: false },
			// The six sample reports have no time: they count as noon.
			...['08-fuan-mask-production', '08-fuan-video-conference', '08-gutian-liang-weixin-inspection'].map((id) => ({ id: `2020/02/${id}`, urgent: false })),
		]);
		const ids = cards(site.read(`${edition}/index.html`)).map((c) => c.id);
		expect(ids.indexOf('2020/02/08-fuan-morning')).toBe(ids.indexOf('2020/02/08-zhouning-guo-xiwen-inspection') + 1);
		expect(ids.at(-1)).toBe('2020/02/06-fuan-was-urgent');
	});

	it("puts a county's urgent bulletin first on its page; an expired one keeps its place without a mark", () => {
		expect(cards(site.read('zh-hant/counties/xiapu/index.html'))[0]).toEqual({ id: '2020/02/07-xiapu-urgent', urgent: true });
		expect(cards(site.read('zh-hans/counties/fuan/index.html')).map((c) => c.id)).toEqual(
			['08-fuan-evening', '08-fuan-mask-production', '08-fuan-video-conference', '08-fuan-morning', '06-fuan-was-urgent'].map((id) => `2020/02/${id}`),
		);
		expect(site.read('zh-hant/articles/2020/02/06-fuan-was-urgent/index.html')).not.toContain('urgent-mark');
		expect(site.read('zh-hant/articles/2020/02/07-xiapu-urgent/index.html')).toMatch(/<strong class="urgent-mark">緊急<\/strong>/);
		expect(site.read('zh-hans/articles/2020/02/07-xiapu-urgent/index.html')).toMatch(/<strong class="urgent-mark">紧急<\/strong>/);
	});

	it.each(['zh-hant', 'zh-hans'])('shows the date, weekday and time in the %s edition, with the instant for machines', (edition) => {
		const html = site.read(`${edition}/articles/2020/02/08-fuan-evening/index.html`);
		expect(html).toMatch(/<time datetime="2020-02-08T18:30:00\+08:00" data-day="2020-02-08" data-time="18:30"[^>]*>2020年2月8日 星期六 18:30<\/time>/);
		expect(site.read(`${edition}/index.html`)).toContain('>2020年2月7日 星期五 10:00</time>');
	});

	it('gives feeds and the JSON export the exact time of issue', () => {
		const feed = site.read('zh-hant/rss.xml');
		const item = feed.slice(feed.indexOf('08-fuan-evening/'));
		expect(item.slice(0, item.indexOf('</item>'))).toContain('<pubDate>Sat, 08 Feb 2020 10:30:00 GMT</pubDate>');
		const data = JSON.parse(site.read('zh-hans/articles.json')) as { articles: Array<{ id: string; date: string; published: string }> };
		expect(data.articles.find((a) => a.id === '2020/02/08-fuan-morning')).toMatchObject({ date: '2020-02-08', published: '2020-02-08T09:05:00+08:00' });
	});
});
