import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { checkArticleFile } from '../../src/content-model/article-file.ts';
import { articleSchema } from '../../src/content-model/schema.ts';
import { chooseMessageLanguage } from '../../src/content-model/editor-messages.ts';

// What a hostile tester got past `npm run check` (trial-39): script in MDX, invisible and bidi text, deep nesting.
const root = mkdtempSync(join(tmpdir(), 'hostile-articles-'));
const location = { dir: join(root, 'articles'), contentRoot: root, displayDir: 'content/articles' };
const schema = articleSchema({ counties: [{ id: 'fuan', names: ['福安市'] }], topics: [{ id: 'epidemic-control', names: ['疫情防控'] }], series: [] });
/** The errors of an article with this body (its first line is line 8 of the file), as `line: message`. */
const errors = (body: string, name = '2020/03/01-fuan-x.mdx', frontmatter = 'title: 通報', county = 'county: fuan') =>
	checkArticleFile(
		name,
		new TextEncoder().encode(`---\n${frontmatter}\ndate: 2020-03-01\n${county}\ntopics: [epidemic-control]\n---\n\n${body}\n`),
		schema,
		location,
	)
		.problems.filter((p) => p.severity === 'error')
		.map((p) => `${p.line}: ${p.message}`);

describe('HTML in an MDX article', () => {
	it('refuses the three bodies of trial-39 on their lines', () => {
		expect(
			errors(
				[
					'<svg width="300" height="40"><a><animate attributeName="href" values="javascript:alert(document.domain)" /><text x="10" y="25">點擊</text></a></svg>',
					'<svg width="300" height="40"><a><set attributeName="href" to="javascript:alert(\'set\')" /><text x="10" y="25">點擊</text></a></svg>',
					'<math><annotation-xml encoding="text/html"></annotation-xml><style>{\'<img src=x onerror=alert("annot")>\'}</style></math>',
				].join('\n'),
			),
		).toEqual([
			'8: <svg> 不是文章可以用的 HTML 元素，不會發佈',
			'9: <svg> 不是文章可以用的 HTML 元素，不會發佈',
			'10: <math> 不是文章可以用的 HTML 元素，不會發佈',
		]);
	});

	it.each([
		['an SVG link', '<svg><a xlink:href="javascript:alert(1)">x</a></svg>', '<svg> 不是文章可以用的 HTML 元素'],
		['animateMotion', '<animateMotion attributeName="href" to="javascript:alert(1)" />', '<animateMotion> 不是文章可以用的 HTML 元素'],
		['<use href>', '<use href="data:image/svg+xml,x" />', '<use> 不是文章可以用的 HTML 元素'],
		['a MathML <style>', '<style>{"a{}"}</style>', '<style> 不是文章可以用的 HTML 元素'],
		['a handler', '文字 <b onClick="alert(1)">粗</b>', '<b> 的 onClick="alert(1)" 不是文章可以用的屬性'],
		['a javascript: link', '<a href="javascript:alert(1)">點擊</a>', '<a> 的 href="javascript:alert(1)" 不是文章可以用的屬性'],
		['set:html', '<p set:html={"<img src=x onerror=alert(1)>"} />', '<p> 的 set:html={…} 不是文章可以用的屬性'],
		['a spread', '<a {...{ onclick: "alert(1)" }}>x</a>', '<a> 的 {…} 不是文章可以用的屬性'],
		['JSX inside an expression', '{<script>alert(1)</script>}', '<script> 不是文章可以用的 HTML 元素'],
		['JSX inside an export', 'export const x = <iframe src="https://example.com" />\n\n{x}', '<iframe> 不是文章可以用的 HTML 元素'],
	])('refuses %s', (_name, body, message) => {
		expect(errors(body)).toEqual([expect.stringMatching(new RegExp(`^8: ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))]);
	});

	it('accepts the HTML a Markdown article may carry, expressions and components', () => {
		const body = [
			'export const pharmacies = 12;',
			'',
			'壽寧縣開放 {pharmacies} 家藥店，<a href="https://example.gov.cn/" title="名單">名單</a>、<b>粗</b>。',
			'',
			'<table><tbody><tr><td colspan="2">甲</td></tr></tbody></table>',
			'',
			'<Chart data={[1, 2]} />',
		].join('\n');
		expect(errors(body)).toEqual([]);
	});
});

describe('components an MDX article imports (trial-42: reported by neither the check nor the build)', () => {
	const components = join(root, 'components');
	mkdirSync(components, { recursive: true });
	writeFileSync(
		join(components, 'Box.astro'),
		[
			'---',
			'const href = "https://example.gov.cn/";',
			'---',
			'<svg width="10"><circle r="3" /></svg>',
			'<p onclick="alert(1)">藥店</p>',
			'<p>名單 <a href={href}>連結</a></p>',
			'<style>p { margin: 0 }</style>',
			'<slot />',
			'',
		].join('\n'),
	);
	writeFileSync(join(components, 'Fine.astro'), '<p>藥店 <b>12</b> 家</p>\n<slot />\n');
	writeFileSync(join(components, 'note.mdx'), 'import Box from "./Box.astro";\n\n<iframe src="https://example.com" />\n');
	// trial-44: a component inside a component, a Fragment's raw HTML and an import by absolute path went unreported.
	writeFileSync(
		join(components, 'Outer.astro'),
		'---\nimport Box from "./Box.astro";\nconst raw = "<svg></svg>";\n---\n<p><Box /></p>\n<Fragment set:html={raw} />\n',
	);
	const at = relative(process.cwd(), components).split(sep).join('/');

	it('refuses what an .astro component writes outside the allow-list, on the import line, naming the component file and line', () => {
		expect(errors('前文\n\nimport Box from "../../../components/Box.astro";\n\n<Box />')).toEqual([
			`10: 元件 Box（${at}/Box.astro 第 4 行）寫的 <svg> 不是文章可以用的 HTML 元素，不會發佈`,
			`10: 元件 Box（${at}/Box.astro 第 5 行）寫的 <p> 的 onclick="alert(1)" 不是文章可以用的屬性，不會發佈`,
		]);
	});

	it('says it in English too', () => {
		chooseMessageLanguage('en');
		try {
			expect(errors('import Box from "../../../components/Box.astro";\n\n<Box />')[0]).toBe(
				`8: component Box (${at}/Box.astro line 4) writes <svg>, which is not an HTML element articles may use and is not published`,
			);
		} finally {
			chooseMessageLanguage('zh-Hant');
		}
	});

	it('reads an imported .mdx file and the components it imports', () => {
		expect(errors('import Note from "../../../components/note.mdx";\n\n<Note />')).toEqual([
			`8: 元件 Note（${at}/note.mdx 第 1 行）寫的 <svg> 不是文章可以用的 HTML 元素，不會發佈`,
			`8: 元件 Note（${at}/note.mdx 第 1 行）寫的 <p> 的 onclick="alert(1)" 不是文章可以用的屬性，不會發佈`,
			`8: 元件 Note（${at}/note.mdx 第 3 行）寫的 <iframe> 不是文章可以用的 HTML 元素，不會發佈`,
		]);
	});

	it('reads a component an .astro component imports, and a Fragment writing raw HTML', () => {
		expect(errors('import Outer from "../../../components/Outer.astro";\n\n<Outer />')).toEqual([
			`8: 元件 Outer（${at}/Outer.astro 第 2 行）寫的 <svg> 不是文章可以用的 HTML 元素，不會發佈`,
			`8: 元件 Outer（${at}/Outer.astro 第 2 行）寫的 <p> 的 onclick="alert(1)" 不是文章可以用的屬性，不會發佈`,
			`8: 元件 Outer（${at}/Outer.astro 第 6 行）寫的 <Fragment> 的 set:html={…} 不是文章可以用的屬性，不會發佈`,
		]);
	});

	it('reads a component imported by its absolute path', () => {
		expect(errors(`import Box from "${join(components, 'Box.astro').split(sep).join('/')}";\n\n<Box />`)[0]).toBe(
			`8: 元件 Box（${at}/Box.astro 第 4 行）寫的 <svg> 不是文章可以用的 HTML 元素，不會發佈`,
		);
	});

	it('accepts a component that writes only what articles may, and a package or a missing file it cannot read', () => {
		expect(
			errors('import Fine from "../../../components/Fine.astro";\nimport { Chart } from "some-package";\nimport Gone from "./gone.astro";\n\n<Fine />'),
		).toEqual([]);
	});
});

describe('invisible and bidi characters', () => {
	it('refuses bidi controls on each line they are on, naming the character', () => {
		expect(errors('第一段\u202E反。\n\n第二段\u2066隔離\u2069。', '2020/03/01-fuan-x.md', 'title: 口罩\u202Dgpj.exe')).toEqual([
			'2: 文字裡有看不見的文字方向控制字元 U+202D；它讓後面的字倒過來顯示，在標題、列表、訂閱源裡都一樣',
			'8: 文字裡有看不見的文字方向控制字元 U+202E；它讓後面的字倒過來顯示，在標題、列表、訂閱源裡都一樣',
			'10: 文字裡有看不見的文字方向控制字元 U+2066；它讓後面的字倒過來顯示，在標題、列表、訂閱源裡都一樣',
		]);
	});

	it('refuses a bidi control or a lone surrogate written as a YAML escape', () => {
		expect(errors('正文。', '2020/03/01-fuan-x.md', 'title: "通報\\u202A"')).toEqual([
			expect.stringMatching(/^2: title: 文字裡有看不見的文字方向控制字元 U\+202A，以轉義寫入/),
		]);
		expect(errors('正文。', '2020/03/01-fuan-x.md', 'title: "通報\\uDC00"')).toEqual([
			expect.stringMatching(/^2: title: 文字裡有無效的字元 U\+DC00，以轉義寫入/),
		]);
		// A pair of surrogates is one character, written in two escapes.
		expect(errors('正文。', '2020/03/01-fuan-x.md', 'title: "通報\\uD840\\uDC0B"')).toEqual([]);
	});

	it('counts a title of zero-width characters only as empty, and names them', () => {
		expect(errors('正文。', '2020/03/01-fuan-x.md', 'title: "\\u200b\\u200d\\u2060"')).toEqual([
			'2: title: 不能是空的：只有看不見的字元 U+200B, U+200D, U+2060',
		]);
		expect(errors('正文。', '2020/03/01-fuan-x.md', 'title: " "')).toEqual(['2: title: 不能是空的']);
	});

	it('names a zero-width character hidden in an id, and the id meant', () => {
		expect(errors('正文。', '2020/03/01-fuan-x.md', 'title: 通報', 'county: "fuan\\u200b"')).toEqual([
			'4: county: 「fuan\u200b」不是 county 的 id（裡面有看不見的字元 U+200B，刪掉它）；應該是「fuan」',
		]);
	});
});

describe('deep nesting', () => {
	it.each([
		['a line of 2,500 ">"', '前文。\n\n' + '>'.repeat(2500) + ' 深', '.md', 10],
		['emphasis 3,000 deep', '*'.repeat(3000) + '強調' + '*'.repeat(3000), '.md', 8],
		['3,000 <b> left open', '<b>'.repeat(3000) + '粗', '.md', 8],
		['blockquotes 2,500 deep in MDX', '>'.repeat(2500) + ' 深', '.mdx', 8],
	])('refuses %s on its line', (_name, body, extension, line) => {
		expect(errors(body, `2020/03/01-fuan-x${extension}`)).toEqual([
			expect.stringMatching(new RegExp(`^${line}: 這裡的引用（>）、清單、強調、連結或 HTML 標籤一層套一層，超過 100 層`)),
		]);
	});

	it('accepts nesting as bulletins write it, and a long body of marks that nest nothing', () => {
		expect(errors('> 引用\n>\n> > 再引用 **粗*斜*體** [連結](https://example.gov.cn/)\n\n- 一\n  - 二\n    - 三', '2020/03/01-fuan-x.md')).toEqual([]);
		expect(errors('- 項目。\n'.repeat(300), '2020/03/01-fuan-x.md')).toEqual([]);
		expect(errors('<b>'.repeat(20) + '粗' + '</b>'.repeat(20) + '\n\n' + '-'.repeat(400), '2020/03/01-fuan-x.md')).toEqual([]);
	});
});
