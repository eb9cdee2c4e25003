import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { helpText } from '../../scripts/cli.ts';
import { chooseMessageLanguage, editorMessage, inEditorScript } from '../../src/content-model/editor-messages.ts';
import { editorLabels } from '../../src/editor/cms-config.ts';
import { inMainlandWords } from '../../src/convert/mainland-wording.ts';

/** Taiwan's words for files and builds, as OpenCC leaves them converted character by character. */
const TAIWAN_LEFTOVERS = /档(?!案)|建置|套件|预设|资料/;

/** Every `zh:` template of the project's messages, with the file it is in. */
function messageTemplates(): Array<{ file: string; zh: string }> {
	const files = ['src', 'scripts'].flatMap((dir) =>
		readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.filter((f) => /\.(ts|astro)$/.test(f))
			.map((f) => join(dir, f)),
	);
	return files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bzh:\s*(['`])((?:(?!\1)[^\\]|\\.)*)\1/g)].map((m) => ({ file, zh: m[2]! })));
}

describe('messages in Simplified use the mainland’s words', () => {
	afterEach(() => chooseMessageLanguage('zh-Hant'));

	it('for data files and builds, which OpenCC’s phrases leave in Taiwan’s words', () => {
		expect(inMainlandWords('網站的資料檔（site.yaml、主題）和上次完整建置時不同')).toBe('网站的数据文件（site.yaml、主题）和上次完整构建时不同');
		expect(inMainlandWords('程式、設定或相依套件')).toBe('程序、设置或依赖包');
		expect(inMainlandWords('圖片 {src} 不是 JPEG 或 TIFF 檔，圖片檔放在 images/；檔名和檔案')).toBe(
			'图片 {src} 不是 JPEG 或 TIFF 文件，图片文件放在 images/；文件名和文件',
		);
		expect(inMainlandWords('網站的預設字體')).toBe('网站的默认字体');
	});

	it('in every message the project writes', () => {
		const templates = messageTemplates();
		expect(templates.length).toBeGreaterThan(300);
		expect(templates.filter(({ zh }) => TAIWAN_LEFTOVERS.test(inMainlandWords(zh))).map(({ file, zh }) => `${file}: ${inMainlandWords(zh)}`)).toEqual([]);
	});

	it('in a command’s --help, as in its messages', () => {
		chooseMessageLanguage('zh-Hans');
		const help = helpText({
			command: 'npm run import',
			summary: { zh: '匯入舊網站的檔案', en: "imports an old site's files" },
			options: { dry: { type: 'boolean', help: { zh: '只列出，不寫任何檔案', en: 'lists only, writes no file' } } },
			examples: ['npm run import -- 頁面.html'],
		});
		expect(help).toContain('npm run import：导入旧网站的文件');
		expect(help).toContain('只列出，不写任何文件');
		expect(help).not.toMatch(/汇入|档案/);
	});

	it('in the mainland’s quotation marks, “…” with ‘…’ inside, not Taiwan’s 「…」 (trial-45)', () => {
		chooseMessageLanguage('zh-Hans');
		// What a message quotes of the file stays as written, its marks too.
		expect(
			editorMessage({ zh: '「{value}」不是 {field} 的 id；是不是「{guess}」？見『說明』', en: '' }, { value: '「防疫」', field: 'topic', guess: 'fangyi' }),
		).toBe('“「防疫」”不是 topic 的 id；是不是“fangyi”？见‘说明’');
		expect(inEditorScript('  county fuan（把握 0.50：標題提到「福安」）')).toBe('  county fuan（把握 0.50：标题提到“福安”）');
		const shown = messageTemplates().map(({ file, zh }) => ({ file, shown: editorMessage({ zh, en: '' }) }));
		expect(shown.filter(({ shown }) => /[「」『』]/.test(shown)).map(({ file, shown }) => `${file}: ${shown}`)).toEqual([]);
		chooseMessageLanguage('zh-Hant');
		expect(editorMessage({ zh: '「{value}」不是日期', en: '' }, { value: 'x' })).toBe('「x」不是日期');
	});

	it('in the web editor’s labels, as in its messages', () => {
		const site = { traditionalVariant: 'tw' } as const;
		expect(editorLabels({ ...site, defaultScript: 'zh-Hans' })('帶「緊急」標記')).toBe('带“紧急”标记');
		expect(editorLabels({ ...site, defaultScript: 'zh-Hant' })('帶「緊急」標記')).toBe('帶「緊急」標記');
	});

	it('name topics and series as the pages and the web editor do, 專題 and 系列報道, in both scripts (trial-45)', () => {
		const pairs = messageTemplates().flatMap(({ file }) =>
			[...readFileSync(file, 'utf8').matchAll(/\bzh:\s*(['`])((?:(?!\1)[^\\]|\\.)*)\1,\s*en:\s*(['"`])((?:(?!\3)[^\\]|\\.)*)\3/g)].map((m) => ({
				file,
				zh: m[2]!,
				en: m[4]!,
			})),
		);
		expect(pairs.length).toBeGreaterThan(300);
		// 主題 was the messages' word for a topic, and 專題 theirs for a series, where a page says 專題 for a topic.
		expect(pairs.filter(({ zh }) => /主題/.test(zh)).map(({ file, zh }) => `${file}: ${zh}`)).toEqual([]);
		expect(pairs.filter(({ zh, en }) => /\bseries\b/.test(en) && /專題/.test(zh) && !/系列報道/.test(zh)).map(({ file, zh }) => `${file}: ${zh}`)).toEqual([]);
		expect(readFileSync('src/view/ui.ts', 'utf8')).toMatch(/\btopics: \{ hant: '專題' \},\n\tseries: \{ hant: '系列報道' \}/);
	});
});
