import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildProject, createProject, runScript, sampleContentWith, type BuiltSite } from '../../scripts/lib/build-site.ts';
import { isPageId } from '../../src/convert/sanitize.ts';
import { writeHeic, writeJpeg, writePng, writeTruncatedJpeg } from '../helpers/images.ts';

const article = (frontmatter: string, body: string) =>
	`---\ntitle: 福安口罩生產線投產\ndate: 2020-02-09\ncounty: fuan\ntopics: [medical-supplies]\n${frontmatter}---\n\n${body}\n`;

let site: BuiltSite;
let broken: BuiltSite;
let brokenCheck: { status: number; output: string };

beforeAll(async () => {
	const images = async (dir: string) => {
		await writeJpeg(join(dir, 'images/lead.jpg'), 1600, 1000);
		await writeJpeg(join(dir, 'images/huge.jpg'), 4000, 3000);
		await writePng(join(dir, 'images/chart.png'), 480, 320);
		await writeJpeg(join(dir, 'images/微信圖片 (2).jpg'), 640, 480);
		mkdirSync(join(dir, 'files'), { recursive: true });
		writeFileSync(join(dir, 'files/嶺背鎮義診通知.pdf'), '%PDF-1.4\n% 嶺背鎮義診通知\n%%EOF\n');
		writeFileSync(join(dir, 'files/報名表.docx'), 'PK\u0003\u0004 報名表');
		writeFileSync(join(dir, 'files/防疫指南.pdf'), '%PDF-1.4\n% 防疫指南\n%%EOF\n');
		writeFileSync(join(dir, 'images/日程.pdf'), '%PDF-1.4\n%%EOF\n');
		// What Windows and Office leave in folders: never an error, never published.
		writeFileSync(join(dir, 'desktop.ini'), '[.ShellClassInfo]\n');
		writeFileSync(join(dir, 'files/~$報名表.docx'), 'lock');
	};
	const dir = (content: string) => join(content, 'articles/2020/02');
	const root = createProject(
		sampleContentWith((content) => {
			writeFileSync(
				join(dir(content), '09-fuan-mask-line-photos.md'),
				article(
					// The web editor's 附件 field lists a file of files/ under the text.
					'image: ./images/lead.jpg\nimageAlt: 工人在口罩生產線上作業\nattachments:\n  - file: files/防疫指南.pdf\n    title: 防疫指南（PDF）\n',
					[
						'口罩生產線已經投入試產。',
						'![每日口罩產量圖表](./images/chart.png "口罩產量")',
						'![生產車間全景](./images/huge.jpg)',
						// A copy as Windows names it: a path with a space is a picture only inside <…>.
						'![候診區](<./images/微信圖片 (2).jpg>)',
						// Attachments (附件), as real notices have: the notice as PDF, a form as .docx, one kept in images/.
						'附件：[義診通知（PDF）](./files/嶺背鎮義診通知.pdf)、[報名表](./files/報名表.docx)、[日程表](./images/日程.pdf)',
						'<p onclick="steal()">貼上的段落<script>alert(1)</script><iframe src="https://tracker.example/"></iframe><a href="javascript:alert(2)">連結</a><b>粗體</b></p>',
					].join('\n\n'),
				),
			);
			// trial-39: raw HTML taking the site's classes and ids (the print masthead, hidden text, the skip link's target).
			writeFileSync(
				join(dir(content), '09-fuan-site-classes.md'),
				article(
					'',
					[
						'霞浦縣公佈口罩預約結果。',
						'<section class="print-masthead">假的刊頭</section>',
						'<section class="visually-hidden">看不見卻被索引的字</section>',
						'<a id="main">第二個跳轉目標</a>',
						'## main',
						'## 預約結果',
						'結果見附表[^1]。',
						'[^1]: 附表另行公佈。',
					].join('\n\n'),
				),
			);
			// trial-42: headings titled with an id the page uses are renamed; the article's links to them must follow.
			for (const extension of ['md', 'mdx']) {
				writeFileSync(
					join(dir(content), `09-fuan-heading-links-${extension}.${extension}`),
					article(
						'',
						['口罩預約辦法[見下文](#below)，[跳到 main](#main)，[預約結果](#預約結果)。', '## below', '預約說明。', '## main', '## 預約結果', '結果。'].join(
							'\n\n',
						),
					),
				);
			}
			// trial-45: the lead picture's alt was printed again as its caption; a caption is its own field, printed when given.
			writeFileSync(
				join(dir(content), '09-fuan-captioned.md'),
				article('image: ./images/chart.png\nimageAlt: 每日口罩產量的柱狀圖\nimageCaption: 福安市口罩廠一週產量（記者 陳莉莉 攝）\n', '口罩產量逐日上升。'),
			);
			writeFileSync(
				join(dir(content), '09-fuan-caption-as-alt.md'),
				article('image: ./images/chart.png\nimageAlt: 每日口罩產量圖表\nimageCaption: 每日口罩產量圖表\n', '口罩產量逐日上升。'),
			);
			// trial-45: a Simplified article's headings, and links to them from it and from another article.
			writeFileSync(
				join(dir(content), '09-fuan-simplified-headings.md'),
				article('lang: zh-Hans\n', ['详见[一个人守着一个村](#一个人守着一个村)。', '## 一个人守着一个村', '村医坚守岗位。'].join('\n\n')),
			);
			writeFileSync(
				join(dir(content), '09-fuan-heading-elsewhere.md'),
				article('', '見[一個村的村醫](./09-fuan-simplified-headings.md#一个人守着一个村)和[預約結果](./09-fuan-heading-links-md.md#預約結果)。'),
			);
		}),
	);
	await images(join(root, 'content/articles/2020/02'));
	site = buildProject(root);
	if (!site.ok) throw new Error(site.output);

	const brokenRoot = (content: string) => {
		writeFileSync(join(dir(content), '09-fuan-no-alt.md'), article('', '![](./images/chart.png)'));
		writeFileSync(join(dir(content), '09-fuan-truncated.md'), article('', '![半張圖](./images/cut.jpg)'));
		writeFileSync(join(dir(content), '09-fuan-missing.md'), article('image: ./images/nowhere.jpg\nimageAlt: 不存在的圖\n', '正文。'));
		writeFileSync(join(dir(content), '09-fuan-outside.md'), article('', '![倉庫外的檔案](../../../../package.json)'));
		writeFileSync(join(dir(content), '09-fuan-lead-no-alt.md'), article('image: ./images/chart.png\n', '正文。'));
		writeFileSync(join(dir(content), '09-fuan-space.md'), article('', '正文。\n\n![候診區](./images/微信圖片 (2).jpg)'));
		writeFileSync(join(dir(content), '09-fuan-attachments.md'), article('', '附件：[報名表](./files/報名表.DOCX)\n\n[通知](.\\files\\通知.pdf)'));
		writeFileSync(
			join(dir(content), '09-fuan-listed.md'),
			article('attachments:\n  - file: files/不存在.pdf\n    title: 通知\n  - file: https://example.com/a.pdf\n    title: 外站\n', '正文。'),
		);
		writeFileSync(join(dir(content), '09-fuan-heic.md'), article('', '![義診現場](./images/IMG_0013.HEIC)'));
	};
	const brokenProject = createProject(sampleContentWith(brokenRoot));
	await writePng(join(brokenProject, 'content/articles/2020/02/images/chart.png'), 100, 100);
	await writeTruncatedJpeg(join(brokenProject, 'content/articles/2020/02/images/cut.jpg'));
	await writeJpeg(join(brokenProject, 'content/articles/2020/02/images/微信圖片 (2).jpg'), 100, 100);
	mkdirSync(join(brokenProject, 'content/articles/2020/02/files'));
	writeFileSync(join(brokenProject, 'content/articles/2020/02/files/報名表.docx'), 'PK');
	writeFileSync(join(brokenProject, 'content/articles/2020/02/通知.pdf'), '%PDF-1.4\n');
	writeHeic(join(brokenProject, 'content/articles/2020/02/images/IMG_0013.HEIC'));
	brokenCheck = runScript(brokenProject, 'scripts/check.ts');
	broken = buildProject(brokenProject);
});
afterAll(() => {
	site?.remove();
	broken?.remove();
});

const page = (edition: string) => site.read(`${edition}/articles/2020/02/09-fuan-mask-line-photos/index.html`);

describe('article images', () => {
	it('renders the lead picture as AVIF and WebP with width and height, its description converted', () => {
		const hans = page('zh-hans');
		expect(hans).toMatch(/<picture>\s*<source srcset="[^"]+\.avif[^"]*" type="image\/avif"/);
		expect(hans).toMatch(/<source srcset="[^"]+\.webp[^"]*" type="image\/webp"/);
		expect(hans).toMatch(/<img[^>]*alt="工人在口罩生产线上作业"[^>]*width="1280"[^>]*height="800"/);
		expect(page('zh-hant')).toContain('alt="工人在口罩生產線上作業"');
	});

	// trial-45: imageAlt was printed again under the picture, so a screen reader read the same sentence twice.
	it('prints no caption the article does not give: the alt text describes the picture and is not printed again', () => {
		for (const edition of ['zh-hant', 'zh-hans']) {
			const figure = /<figure class="lead-image"[^>]*>[\s\S]*?<\/figure>/.exec(page(edition))![0];
			const alt = /<img[^>]*alt="([^"]+)"/.exec(figure)![1]!;
			expect(figure).not.toMatch(/<figcaption|class="caption"/);
			expect(figure.replace(`alt="${alt}"`, ''), edition).not.toContain(alt);
		}
	});

	it('prints the imageCaption field under the picture in the edition’s script, beside its own alt text', () => {
		const figure = (edition: string, name: string) =>
			/<figure class="lead-image"[^>]*>[\s\S]*?<\/figure>/
				.exec(site.read(`${edition}/articles/2020/02/${name}/index.html`))![0]
				.replace(/ data-astro-cid-\w+/g, '');
		expect(figure('zh-hans', '09-fuan-captioned')).toMatch(/<img[^>]*alt="每日口罩产量的柱状图"/);
		expect(figure('zh-hans', '09-fuan-captioned')).toContain('<figcaption class="caption">福安市口罩厂一周产量（记者 陈莉莉 摄）</figcaption>');
		expect(figure('zh-hant', '09-fuan-captioned')).toContain('<figcaption class="caption">福安市口罩廠一週產量（記者 陳莉莉 攝）</figcaption>');
		// The same words as the alt are printed for sighted readers and heard once, as the picture's alt.
		for (const edition of ['zh-hant', 'zh-hans']) {
			const same = figure(edition, '09-fuan-caption-as-alt');
			const alt = /<img[^>]*alt="([^"]+)"/.exec(same)![1];
			expect(same, edition).toMatch(new RegExp(`<p class="caption" aria-hidden="true">\\s*${alt}\\s*</p>`));
			expect(same, edition).not.toContain('<figcaption');
		}
	});

	it('publishes a picture whose path has a space, written inside <…>', () => {
		expect(page('zh-hans')).toMatch(/<img alt="候诊区"[^>]*width="640" height="480"/);
	});

	it('makes body images responsive WebP with width, height and converted alt and title', () => {
		const hans = page('zh-hans');
		expect(hans).toMatch(/<img alt="每日口罩产量图表" title="口罩产量"[^>]*width="480" height="320"[^>]*srcset="[^"]+\.webp 480w"/);
		const huge = /<img alt="生产车间全景"[^>]*>/.exec(hans)?.[0] ?? '';
		expect(huge).toMatch(/width="4000" height="3000"/);
		expect(huge.match(/\.webp \d+w/g)!.length).toBeGreaterThan(3);
	});

	it('gives sharing previews a 1200-pixel JPEG', () => {
		expect(page('zh-hant')).toMatch(/<meta property="og:image" content="https:\/\/example\.gov\.cn\/_astro\/lead\.[\w-]+\.jpe?g">/);
	});

	it('looks complete without a lead picture: no empty figure on articles that have none', () => {
		expect(site.read('zh-hant/articles/2020/02/08-fuan-mask-production/index.html')).not.toMatch(/<figure|<picture|og:image/);
	});
});

describe('attachments', () => {
	it('publishes each linked attachment in both editions, where the article links it', () => {
		for (const edition of ['zh-hant', 'zh-hans']) {
			const html = page(edition);
			for (const file of ['files/嶺背鎮義診通知.pdf', 'files/報名表.docx', 'images/日程.pdf']) {
				expect(html).toContain(`href="/${edition}/articles/2020/02/${encodeURI(file)}"`);
				expect(readFileSync(join(site.dist, edition, 'articles/2020/02', file))).toEqual(readFileSync(join(site.root, 'content/articles/2020/02', file)));
			}
		}
	});

	it('publishes the files of the attachments field in both editions, listed under the text with their link text', () => {
		for (const edition of ['zh-hant', 'zh-hans']) {
			const href = `/${edition}/articles/2020/02/${encodeURI('files/防疫指南.pdf')}`;
			expect(page(edition)).toMatch(
				new RegExp(
					`<section class="attachments"[^>]*>\\s*<h2[^>]*>附件</h2>\\s*<ul[^>]*>\\s*<li[^>]*>\\s*<a href="${href}"[^>]*>\\s*${edition === 'zh-hant' ? '防疫指南' : '防疫指南'}（PDF）`,
				),
			);
			expect(existsSync(join(site.dist, edition, 'articles/2020/02/files/防疫指南.pdf'))).toBe(true);
		}
	});

	it('refuses a listed attachment that is missing or is no file of the site, on its line', () => {
		expect(brokenCheck.output).toContain('09-fuan-listed.md:7: 錯誤：附件 files/不存在.pdf 不存在');
		expect(brokenCheck.output).toContain('09-fuan-listed.md:9: 錯誤：attachments 的「https://example.com/a.pdf」不是本站的附件檔案');
	});

	it('publishes no file of Windows or Office', () => {
		expect(existsSync(join(site.dist, 'zh-hant/articles/2020/02/files/~$報名表.docx'))).toBe(false);
		expect(existsSync(join(site.dist, 'zh-hant/articles/2020/02/desktop.ini'))).toBe(false);
	});
});

describe('HTML pasted into Markdown', () => {
	it('keeps the text and safe tags, and removes scripts, frames, handlers and javascript: links', () => {
		const html = page('zh-hant');
		expect(html).toContain('貼上的段落');
		expect(html).toContain('<b>粗體</b>');
		expect(html).not.toMatch(/<script>alert|<iframe|onclick|javascript:|tracker\.example/);
	});
});

describe("the site's own classes and ids in pasted HTML", () => {
	const html = () => site.read('zh-hant/articles/2020/02/09-fuan-site-classes/index.html');
	const body = () => /<div class="prose"[^>]*>([\s\S]*?)<\/div>/.exec(html())![1]!;

	it('prints no section of an article as the masthead and hides none of its text', () => {
		expect(html().match(/class="print-masthead"/g)).toHaveLength(1);
		expect(body()).toContain('<section>假的刊頭</section>');
		expect(body()).toContain('<section>看不見卻被索引的字</section>');
		expect(body()).not.toMatch(/class="(print-masthead|visually-hidden)/);
	});

	it("gives the skip link one target, and a heading an id of its own, keeping other headings' and footnotes' anchors", () => {
		expect(html().match(/id="main"/g)).toHaveLength(1);
		expect(body()).toContain('<a>第二個跳轉目標</a>');
		expect(body()).toContain('<h2 id="user-content-main">main</h2>');
		expect(body()).toContain('<h2 id="預約結果">預約結果</h2>');
		expect(body()).toMatch(/<a href="#user-content-fn-1" id="user-content-fnref-1">1<\/a>/);
		expect(body()).toMatch(/<section data-footnotes class="footnotes">[\s\S]*<li id="user-content-fn-1">/);
	});

	// trial-45: heading anchors are in the edition's script (a Traditional article's 預約結果 is 预约结果 in Simplified).
	it.each(['md', 'mdx'])(
		'keeps links to a heading renamed for the page’s own id, and to one in the edition’s script, working in both editions (.%s)',
		(extension) => {
			for (const [edition, heading] of [
				['zh-hant', '預約結果'],
				['zh-hans', '预约结果'],
			]) {
				const prose = /<div class="prose"[^>]*>([\s\S]*?)<\/div>/.exec(
					site.read(`${edition}/articles/2020/02/09-fuan-heading-links-${extension}/index.html`),
				)![1]!;
				const targets = [...prose.matchAll(/<a href="#([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!));
				expect(targets, edition).toEqual(['user-content-below', 'user-content-main', heading]);
				for (const target of targets) expect(prose, `${edition} #${target}`).toContain(`id="${target}"`);
			}
		},
	);

	it('makes a Simplified article’s heading anchors Traditional in the Traditional edition, with the links to them', () => {
		const prose = (edition: string, name: string) =>
			/<div class="prose"[^>]*>([\s\S]*?)<\/div>/.exec(site.read(`${edition}/articles/2020/02/${name}/index.html`))![1]!;
		const links = (html: string) => [...html.matchAll(/<a href="([^"]*#[^"]+)"/g)].map((m) => decodeURI(m[1]!));
		for (const [edition, village, result] of [
			['zh-hant', '一個人守著一個村', '預約結果'],
			['zh-hans', '一个人守着一个村', '预约结果'],
		]) {
			const own = prose(edition!, '09-fuan-simplified-headings');
			expect(own, edition).toContain(`<h2 id="${village}">${village}</h2>`);
			expect(links(own), edition).toEqual([`#${village}`]);
			expect(links(prose(edition!, '09-fuan-heading-elsewhere')), edition).toEqual([
				`/${edition}/articles/2020/02/09-fuan-simplified-headings/#${village}`,
				`/${edition}/articles/2020/02/09-fuan-heading-links-md/#${result}`,
			]);
			expect(prose(edition!, '09-fuan-heading-links-md'), edition).toContain(`id="${result}"`);
		}
	});

	it('labels footnotes in the edition’s Chinese, not remark-rehype’s English "Footnotes"', () => {
		const hant = html();
		const hans = site.read('zh-hans/articles/2020/02/09-fuan-site-classes/index.html');
		expect(hant).toMatch(/<h2[^>]*id="footnote-label"[^>]*>註釋<\/h2>/);
		expect(hans).toMatch(/<h2[^>]*id="footnote-label"[^>]*>注释<\/h2>/);
		expect(`${hant}${hans}`).not.toMatch(/Footnotes|Back to reference/);
	});

	it("knows every id the site's pages use outside an article's text", () => {
		for (const file of ['zh-hant/index.html', 'zh-hant/search/index.html', 'zh-hant/archive/index.html', 'zh-hant/counties/fuan/index.html']) {
			const ids = [...site.read(file).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
			expect(
				ids.filter((id) => !isPageId(id)),
				file,
			).toEqual([]);
		}
		const outside = html().replace(/<div class="prose"[^>]*>[\s\S]*?<\/div>/, '');
		expect([...outside.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!).filter((id) => !isPageId(id))).toEqual([]);
	});
});

describe('bad images', () => {
	it.each([
		['09-fuan-no-alt.md:8', '圖片 ./images/chart.png 沒有替代文字'],
		['09-fuan-truncated.md:8', '圖片 content/articles/2020/02/images/cut.jpg 無法讀取'],
		['09-fuan-missing.md:6', '圖片 ./images/nowhere.jpg 不存在'],
		['09-fuan-outside.md:8', '圖片 ../../../../package.json 在 content 資料夾外面'],
		['09-fuan-heic.md:8', '圖片 ./images/IMG_0013.HEIC 是 HEIC 格式（手機拍的照片），網站無法發佈這種格式（把照片另存為 JPEG'],
		['09-fuan-lead-no-alt.md:6', 'imageAlt: 有 image（首圖）就必須有 imageAlt：在 image 下一行加上「imageAlt: '],
	])('%s: fails the check and the build: %s', (where, message) => {
		expect(brokenCheck.status).toBe(1);
		expect(brokenCheck.output).toContain(`content/articles/2020/02/${where}: 錯誤：${message}`);
		expect(broken.ok).toBe(false);
		expect(broken.output).toContain(`content/articles/2020/02/${where}: 錯誤：${message}`);
		expect(existsSync(join(broken.dist, 'index.html'))).toBe(false);
	});

	it('refuses a picture path with a space on its line, giving the <…> form', () => {
		const line =
			'09-fuan-space.md:10: 錯誤：![候診區](./images/微信圖片 (2).jpg) 不會顯示成圖片，頁面上會出現這段文字：路徑裡有空格（把路徑放在尖括號裡：![候診區](<./images/微信圖片 (2).jpg>)';
		expect(brokenCheck.output).toContain(line);
		// The build logs the same line, the fix copyable as written: no invisible character inside "](".
		expect(broken.output).toContain(line);
		expect(broken.output).not.toContain('\u2060');
	});

	it('refuses an attachment named in another case or with backslashes, and names an unlinked one with how to attach it', () => {
		expect(brokenCheck.output).toContain('09-fuan-attachments.md:8: 錯誤：附件 ./files/報名表.DOCX 不存在');
		expect(brokenCheck.output).toContain('同一個資料夾裡有 報名表.docx');
		expect(brokenCheck.output).toContain(
			'09-fuan-attachments.md:10: 錯誤：連結 .\\files\\通知.pdf 用了反斜線「\\」（網址裡的資料夾用「/」分隔：./files/通知.pdf）',
		);
		expect(brokenCheck.output).toContain(
			'content/articles/2020/02/通知.pdf: 錯誤：不是文章，也沒有文章把它當附件連結，所以不會發佈（要當附件發佈，就把它放在文章旁邊的 files/ 資料夾',
		);
	});

	it('asks for the imageAlt field, not the body syntax, for a lead picture without alt text', () => {
		expect(brokenCheck.output.match(/09-fuan-lead-no-alt\.md:\d+: 錯誤：.*/g)).toEqual([expect.stringContaining('imageAlt: 有 image（首圖）')]);
	});
});
