import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildProject, createProject, runScript, sampleContentWith, type BuiltSite } from '../../scripts/lib/build-site.ts';
import { writeJpeg, writePng, writeTruncatedJpeg } from '../helpers/images.ts';

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
	};
	const dir = (content: string) => join(content, 'articles/2020/02');
	const root = createProject(
		sampleContentWith((content) => {
			writeFileSync(
				join(dir(content), '09-fuan-mask-line-photos.md'),
				article(
					'image: ./images/lead.jpg\nimageAlt: 工人在口罩生產線上作業\n',
					[
						'口罩生產線已經投入試產。',
						'![每日口罩產量圖表](./images/chart.png "口罩產量")',
						'![生產車間全景](./images/huge.jpg)',
						'<p onclick="steal()">貼上的段落<script>alert(1)</script><iframe src="https://tracker.example/"></iframe><a href="javascript:alert(2)">連結</a><b>粗體</b></p>',
					].join('\n\n'),
				),
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
	};
	const brokenProject = createProject(sampleContentWith(brokenRoot));
	await writePng(join(brokenProject, 'content/articles/2020/02/images/chart.png'), 100, 100);
	await writeTruncatedJpeg(join(brokenProject, 'content/articles/2020/02/images/cut.jpg'));
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
		expect(hans).toContain('<figcaption>工人在口罩生产线上作业</figcaption>');
		expect(page('zh-hant')).toContain('alt="工人在口罩生產線上作業"');
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

describe('HTML pasted into Markdown', () => {
	it('keeps the text and safe tags, and removes scripts, frames, handlers and javascript: links', () => {
		const html = page('zh-hant');
		expect(html).toContain('貼上的段落');
		expect(html).toContain('<b>粗體</b>');
		expect(html).not.toMatch(/<script>alert|<iframe|onclick|javascript:|tracker\.example/);
	});
});

describe('bad images', () => {
	it.each([
		['09-fuan-no-alt.md:8', '圖片 ./images/chart.png 沒有替代文字'],
		['09-fuan-truncated.md:8', '圖片 content/articles/2020/02/images/cut.jpg 無法讀取'],
		['09-fuan-missing.md:6', '圖片 ./images/nowhere.jpg 不存在'],
		['09-fuan-outside.md:8', '圖片 ../../../../package.json 在 content 資料夾外面'],
		['09-fuan-lead-no-alt.md:6', 'imageAlt: 有 image（首圖）就必須有 imageAlt：在 image 下一行加上「imageAlt: '],
	])('%s: fails the check and the build: %s', (where, message) => {
		expect(brokenCheck.status).toBe(1);
		expect(brokenCheck.output).toContain(`content/articles/2020/02/${where}: 錯誤：${message}`);
		expect(broken.ok).toBe(false);
		expect(broken.output).toContain(`content/articles/2020/02/${where}: 錯誤：${message}`);
		expect(existsSync(join(broken.dist, 'index.html'))).toBe(false);
	});

	it('asks for the imageAlt field, not the body syntax, for a lead picture without alt text', () => {
		expect(brokenCheck.output.match(/09-fuan-lead-no-alt\.md:\d+: 錯誤：.*/g)).toEqual([expect.stringContaining('imageAlt: 有 image（首圖）')]);
	});
});
