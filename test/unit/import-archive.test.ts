import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import sharp from 'sharp';
import { oldSiteMarkup } from '../../src/content-model/old-site-markup.ts';
import { importPage } from '../../src/import/import-page.ts';
import { importPosts } from '../../src/import/import-posts.ts';
import { parsePostDate } from '../../src/import/post-date.ts';
import { fetchPicture, postImages } from '../../src/import/post-images.ts';
import { linkResolver, rewriteOldLinks } from '../../src/import/post-links.ts';
import { isRefusal, readPost, type Post, type Refusal } from '../../src/import/post.ts';
import { topicsFromTags } from '../../src/import/tag-topics.ts';
import { labelledReportsSchema, measureTopicGuesses } from '../../src/import/topic-accuracy.ts';
import { readYamlFile } from '../../src/content-model/yaml-file.ts';
import { fixtureTaxonomies, importFixtures, pictureServer } from '../helpers/import-fixtures.ts';

const { counties, topics, series } = fixtureTaxonomies();
const TZ = 'Asia/Shanghai';
const post = (text: string, name = 'post.md') => readPost(name, Buffer.from(text), TZ);
const limits = { timeoutMs: 1000, maxBytes: 200_000 };

describe('post dates', () => {
	it.each([
		['2020-02-08', { date: '2020-02-08' }],
		['2020-02-08 18:30:00 +0800', { date: '2020-02-08', time: '18:30' }],
		['2020-02-08T18:30:00+08:00', { date: '2020-02-08', time: '18:30' }],
		['2020-02-08 23:30:00 -0500', { date: '2020-02-09', time: '12:30' }],
		['2020-02-08 18:30:00', { date: '2020-02-08', time: '18:30' }],
		['2020-2-8', { date: '2020-02-08' }],
	])('reads %s', (text, expected) => {
		expect(parsePostDate(text, TZ)).toEqual(expected);
	});

	it.each(['2020-02-30', '08/02/2020', '2020年2月8日', '2020-02-08 25:00', ''])('refuses %j', (text) => {
		expect(parsePostDate(text, TZ)).toBeUndefined();
	});

	it('reads the three YAML forms through the articles’ own front-matter parser', () => {
		for (const line of ['date: 2020-02-08', 'date: 2020-02-08 18:30:00 +0800', 'date: "2020-02-08"']) {
			expect((post(`---\ntitle: 標題\n${line}\n---\n\n正文。\n`) as Post).date.date).toBe('2020-02-08');
		}
	});
});

describe('reading a post', () => {
	it('maps what an article holds and keeps the rest as leftovers, with a hint for a misspelt key', () => {
		const read = post(
			'---\ntitle: 標題\ndate: 2020-02-08\ncatagories: [捐贈]\ntags: 捐贈 福安\nauthor: [陳明, 王麗]\nexcerpt: 摘要。\nlayout: post\npublished: false\nlang: zh-TW\n---\n\n正文。\n',
		) as Post;
		expect(read).toMatchObject({ title: '標題', tags: ['捐贈', '福安'], authors: ['陳明', '王麗'], summary: '摘要。', draft: true, lang: 'zh-Hant' });
		expect(read.leftovers).toEqual([
			{ key: 'catagories', value: '[捐贈]', hint: '是不是 categories 拼錯了？' },
			{ key: 'layout', value: 'post', hint: undefined },
		]);
	});

	it('takes the date from a Jekyll file name when the front matter has none, and says so', () => {
		const read = post('---\ntitle: 標題\n---\n\n正文。\n', '_posts/2020-02-08-fuan-x.md') as Post;
		expect(read).toMatchObject({ date: { date: '2020-02-08' }, dateNote: 'date 取自檔名 2020-02-08', slug: 'fuan-x' });
	});

	it.each([
		['toml-front-matter.md', 1, '前置資料是 TOML'],
		['broken-yaml.md', undefined, '前置資料不是有效的 YAML'],
		['misspelt-title.md', 2, '前置資料沒有 title'],
		['no-date.md', 1, '前置資料沒有 date，檔名也沒有日期'],
		['empty-body.md', 5, '文章沒有正文'],
		['gbk-encoded.md', undefined, '檔案不是 UTF-8 文字'],
	])('refuses %s with a message and its line', (name, line, message) => {
		const read = readPost(name, readFileSync(join(importFixtures, 'refused', name)), TZ) as Refusal;
		expect(isRefusal(read)).toBe(true);
		expect(read.message).toContain(message);
		if (line) expect(read.line).toBe(line);
	});

	it('names the misspelt key when the title is missing', () => {
		expect((readPost('x.md', readFileSync(join(importFixtures, 'refused/misspelt-title.md')), TZ) as Refusal).hint).toContain('「tittle」是不是 title 拼錯了');
	});
});

describe('tags and categories as topics', () => {
	it('reads topic names and importer keywords in either script, and lists the tags that name no topic', () => {
		expect(topicsFromTags(['复工复产', '口罩', '通知公告'], topics)).toMatchObject({
			topics: ['medical-supplies', 'resumption'],
			unmatched: ['通知公告'],
		});
		expect(topicsFromTags(['donations'], topics).topics).toEqual(['donations']);
	});
});

describe('links into the old site', () => {
	const resolve = linkResolver(
		[
			{
				addresses: ['/news/2020/02/08/fuan-donations.html'],
				slug: 'fuan-donations',
				name: '2020-02-08-fuan-donations',
				file: '2020/02/08-fuan-a.md',
				title: '福安',
			},
			{ addresses: [], slug: 'fuan-community', name: 'index', file: '2020/03/01-fuan-b.md', title: '社區' },
		],
		'https://www.old-site.example',
	);

	it('rewrites links that name an imported post, whatever form the old site used', () => {
		const body = [
			'[甲](/news/2020/02/08/fuan-donations.html)',
			'[乙](https://www.old-site.example/news/2020/02/08/fuan-donations.html#top)',
			'[丙]({{< ref "fuan-community" >}})',
			'{% post_link fuan-donations 福安的報道 %}',
			'[丁]({% post_url 2020-02-08-fuan-donations %})',
			'<a href="/2020/03/fuan-community/">戊</a>',
		].join('\n');
		expect(rewriteOldLinks(body, '2020/02/10-x.md', resolve, 'https://www.old-site.example').split('\n')).toEqual([
			'[甲](./08-fuan-a.md)',
			'[乙](./08-fuan-a.md#top)',
			'[丙](../03/01-fuan-b.md)',
			'[福安的報道](./08-fuan-a.md)',
			'[丁](./08-fuan-a.md)',
			'<a href="../03/01-fuan-b.md">戊</a>',
		]);
	});

	it('leaves what leads nowhere for the check to report, and other sites alone', () => {
		const body = '[甲](https://www.old-site.example/about/) [乙](https://www.ningde.gov.cn/) {{< ref "missing" >}}';
		expect(rewriteOldLinks(body, '2020/02/10-x.md', resolve, 'https://www.old-site.example')).toBe(
			'[甲](/about/) [乙](https://www.ningde.gov.cn/) {{< ref "missing" >}}',
		);
	});
});

describe('what the check reports from an old site', () => {
	const problems = (body: string, mdx = false) => oldSiteMarkup(body, 10, 'a.md', !mdx).map((p) => `${p.line}: ${p.message}`);

	it('reports shortcodes, template tags and links to old pages with their lines, outside code', () => {
		const body = [
			'正文。',
			'{{< video src="/x.mp4" >}}',
			'{% include video.html %}',
			'[聯絡](/about/contact.html) [前](../old/) [新](./08-a.md)',
			'`{{< kept >}}`',
			'```',
			'{% raw %}',
			'```',
		].join('\n');
		expect(problems(body)).toEqual([
			'11: 舊網站的短代碼 {{< video src="/x.mp4" >}} 不會顯示，讀者只會看到這段文字',
			'12: 舊網站的短代碼 {% include video.html %} 不會顯示，讀者只會看到這段文字',
			'13: 連結 /about/contact.html 指向舊網站或本站沒有的頁面',
			'13: 連結 ../old/ 指向舊網站或本站沒有的頁面',
		]);
	});

	it('accepts links to pages of the site and other sites, and leaves MDX braces to MDX', () => {
		expect(problems('[縣](/zh-hant/counties/fuan/) [外](https://www.ningde.gov.cn/a.html) <a href="#x">錨</a>')).toEqual([]);
		expect(problems('<Chart data={{ a: 1 }} />', true)).toEqual([]);
	});

	it('calls a second frontmatter at the start of the body an error, and a rule between paragraphs text', () => {
		expect(problems('\n---\nlayout: post\ntags: [a]\n---\n\n正文。')).toEqual([
			'11: 正文開頭的「---」區塊像第二段前置資料（layout, tags），發佈時會變成標題和分隔線',
		]);
		expect(problems('---\n\n正文一。\n\n---\n\n正文二。')).toEqual([]);
	});
});

describe('pictures', () => {
	let server: Server;
	let url: string;
	let jpeg: Buffer;
	beforeAll(async () => {
		jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#0b5394' } })
			.jpeg()
			.toBuffer();
		({ server, url } = await pictureServer({
			'/ok.jpg': { body: jpeg },
			'/page.jpg': { type: 'text/html', body: '<html></html>' },
			'/broken.jpg': { body: jpeg.subarray(0, 40) },
			'/huge.jpg': { body: Buffer.alloc(300_000, 1) },
			'/endless.jpg': { body: Buffer.alloc(300_000, 1), chunked: true },
			'/icon.svg': { type: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>' },
			'/slow.jpg': { hang: true },
		}));
	});
	afterAll(() => {
		server.closeAllConnections();
		server.close();
	});

	it('finds Markdown, HTML and Hugo figure pictures with their alt text and caption', () => {
		const body = '![甲](a.jpg "說明甲") <img src="b.png" alt="乙"> {{< figure src="c.jpg" caption="丙" >}}';
		expect(postImages(body).map(({ src, alt, caption }) => ({ src, alt, caption }))).toEqual([
			{ src: 'a.jpg', alt: '甲', caption: '說明甲' },
			{ src: 'b.png', alt: '乙', caption: '' },
			{ src: 'c.jpg', alt: '', caption: '丙' },
		]);
	});

	it('downloads a picture that sharp decodes', async () => {
		expect(await fetchPicture(`${url}/ok.jpg`, limits)).toMatchObject({ ok: true, extension: 'jpg' });
	});

	it.each([
		['/missing.jpg', '伺服器回應 404'],
		['/page.jpg', '內容類型是 text/html，不是圖片'],
		['/broken.jpg', '圖片無法解碼'],
		['/huge.jpg', '超過 0.2 MB 上限'],
		['/endless.jpg', '超過 0.2 MB 上限'],
		['/icon.svg', '格式 svg 不是 JPEG'],
		['/slow.jpg', '超過 1 秒仍未下載完'],
	])('refuses %s', async (path, reason) => {
		const got = await fetchPicture(`${url}${path}`, limits);
		expect(got.ok).toBe(false);
		expect(!got.ok && got.reason).toContain(reason);
	});

	it('downloads only http(s)', async () => {
		expect(await fetchPicture('file:///etc/passwd', limits)).toEqual({ ok: false, reason: '只下載 http(s) 網址，不下載 file:' });
	});

	it('brings pictures into the article folder, and replaces one it cannot fetch by its caption', async () => {
		const body = `正文。\n\n![工人檢查口罩](${url}/ok.jpg)\n\n![現場](${url}/missing.jpg "捐贈儀式在紅十字會舉行")\n`;
		const [article] = (
			await importPosts([{ source: 'post.md', bytes: Buffer.from(`---\ntitle: 福安愛心企業捐贈口罩\ndate: 2020-02-08\n---\n\n${body}`) }], {
				counties,
				topics,
				timeZone: TZ,
				limits,
			})
		).articles;
		expect(article!.pictures.map((p) => p.file)).toEqual(['2020/02/images/08-fuan-fu-an-ai-xin-qi-ye-1.jpg']);
		expect(article!.markdown).toContain('![工人檢查口罩](./images/08-fuan-fu-an-ai-xin-qi-ye-1.jpg)\n\n捐贈儀式在紅十字會舉行\n');
		expect(article!.warnings).toEqual([`圖片 ${url}/missing.jpg 無法匯入：伺服器回應 404；已換成說明文字「捐贈儀式在紅十字會舉行」`]);
	});
});

describe('topics of posts', () => {
	const one = (text: string, topic?: string) => importPosts([{ source: 'a.md', bytes: Buffer.from(text) }], { counties, topics, topic, timeZone: TZ, limits });

	it('never writes an article without a topic: it guesses from the text, takes --topic, or refuses and asks', async () => {
		const text = '---\ntitle: 辦公地點搬遷的啟事\ndate: 2020-02-14\n---\n\n自即日起搬到新的辦公大樓。\n';
		const refused = await one(text);
		expect(refused.articles).toEqual([]);
		expect(refused.refused[0]).toMatchObject({ message: expect.stringContaining('猜不出專題'), hint: expect.stringContaining('--topic') });
		expect((await one(text, 'community')).articles[0]!.frontmatter.topics).toEqual(['community']);
		const guessed = (await one('---\ntitle: 霞浦社區網格員逐戶排查\ndate: 2020-02-14\n---\n\n社區網格員上門排查。\n')).articles[0]!;
		expect(guessed.topics).toMatchObject({ ids: ['community'], from: expect.stringContaining('由內文猜測') });
	});
});

describe('a post’s signature block', () => {
	it('keeps its offices and date as lines of their own, which Markdown would join into one paragraph', async () => {
		const text =
			'---\ntitle: 關於開展滅鼠活動的通知\ndate: 2012-04-06\n---\n\n定於4月10日至20日在全縣開展社區滅鼠活動。\n\n福安市愛衛辦\n福安市衛生局\n2012年4月6日\n';
		const [article] = (await importPosts([{ source: 'a.md', bytes: Buffer.from(text) }], { counties, topics, topic: 'community', timeZone: TZ, limits }))
			.articles;
		expect(article!.markdown).toMatch(/活動。\n\n福安市愛衛辦\n\n福安市衛生局\n\n2012年4月6日\n$/);
	});
});

describe('topic guesses against the labelled reports', () => {
	it('gets the main topic of at least 90% of them right, and the labelled topic is written for all but one', () => {
		const labelled = readYamlFile(join(importFixtures, 'topics-labelled.yaml'), labelledReportsSchema, '');
		expect(labelled.length).toBeGreaterThanOrEqual(30);
		const result = measureTopicGuesses(labelled, topics);
		expect(result.mainCorrect / result.total).toBeGreaterThanOrEqual(0.9);
		expect(result.mainWritten).toBeGreaterThanOrEqual(result.total - 1);
	});
});

describe('pasted pages', () => {
	const page = readFileSync(join(importFixtures, 'pasted-roundup.txt'), 'utf8');
	const result = importPage(page, { date: '2020-02-15', counties, topics, series });

	it('leaves breadcrumbs and navigation out and keeps the roundup’s series', () => {
		expect(result.dropped.filter((d) => d.reason === '導覽列或麵包屑').map((d) => d.line)).toEqual([
			'首頁 > 新聞中心 > 縣區動態',
			'当前位置：首页 > 要闻 > 正文',
			'首頁 | 新聞中心 | 政務公開 | 便民服務 | 聯繫我們',
		]);
		expect(result.series).toBe('共同戰“疫”，寧德市縣區在行動');
		expect(result.articles.map((a) => a.frontmatter.series)).toEqual(result.articles.map(() => 'ningde-counties-in-action'));
		expect(result.articles.map((a) => a.frontmatter.title)).not.toContain('首頁 > 新聞中心 > 縣區動態');
	});

	it('tags the donation report with the donation topic, not resumption', () => {
		const donation = result.articles.find((a) => String(a.frontmatter.title).includes('捐贈'))!;
		expect(donation.frontmatter.topics).toContain('donations');
		expect(donation.frontmatter.topics).not.toContain('resumption');
	});

	it('widens half-width punctuation in Chinese titles and text, but not in times, numbers, Latin words or URLs', () => {
		const text = result.articles.map((a) => `${String(a.frontmatter.title)}\n${a.paragraphs.join('\n')}`).join('\n');
		expect(text).not.toMatch(/[\u4e00-\u9fff][:,;?!()]|[:,;?!()][\u4e00-\u9fff]/);
		expect(text).toContain('18:30');
		expect(text).toContain('1,200');
		expect(text).toContain('https://www.ningde.gov.cn/zwgk/tzgg/');
		expect(text).toContain('N95');
		expect(result.articles.map((a) => a.frontmatter.title)).toContain('霞浦：企業向縣紅十字會捐贈口罩兩萬隻');
	});

	it('refuses a report whose topic cannot be guessed, and asks for --topic', () => {
		expect(result.refused).toEqual([{ title: '市衛健委搬遷新址辦公', reason: expect.stringContaining('請用 --topic 指定'), body: expect.any(String) }]);
		const withTopic = importPage(page, { date: '2020-02-15', counties, topics, series, topic: 'epidemic-control' });
		expect(withTopic.refused).toEqual([]);
		expect(withTopic.articles.find((a) => a.frontmatter.title === '市衛健委搬遷新址辦公')!.frontmatter.topics).toEqual(['epidemic-control']);
	});
});
