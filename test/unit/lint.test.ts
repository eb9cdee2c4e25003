import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { lintConversion, type LintArticle } from '../../src/editions/lint.ts';
import { readSiteGlossary } from '../../src/editions/glossary.ts';

const sample = (name: string): LintArticle => ({
	file: `content/articles/2020/02/${name}.md`,
	text: readFileSync(`test/fixtures/sample-site/articles/2020/02/${name}.md`, 'utf8'),
	script: 'zh-Hant',
});
const fuan = [sample('08-fuan-video-conference'), sample('08-fuan-mask-production')];
const glossary = readSiteGlossary();
const withoutYe = glossary.filter((pair) => pair.hans !== '叶其发');

describe('conversion lint', () => {
	it("flags the seed's 葉其髮 against 葉其發 across articles, with file and line", () => {
		const problems = lintConversion(fuan, withoutYe);
		expect(problems).toContainEqual({
			file: 'content/articles/2020/02/08-fuan-video-conference.md',
			line: 13,
			severity: 'warning',
			message: '葉其髮 is written 葉其發 6× elsewhere; both are 叶其发 in Simplified',
			hint: expect.stringContaining('{ hant: 葉其發, hans: 叶其发 }'),
		});
	});

	it('warns about names with a one-to-many character that the glossary does not cover', () => {
		const messages = lintConversion(fuan, withoutYe).map((p) => p.message);
		expect(messages).toContain('the name 葉其發 contains 叶, which has several Traditional forms (葉/叶)');
	});

	it('passes the sample content once the glossary has the name', () => {
		const all = ['08-zhouning-guo-xiwen-inspection', '08-gutian-liang-weixin-inspection', '08-zherong-frontline-visit', '08-xiapu-sansha-donations'].map(
			sample,
		);
		expect(lintConversion([...fuan, ...all], glossary)).toEqual([]);
	});

	it('finds names in credits and in 、-lists after a title', () => {
		const text = '---\nauthors: [范小明]\n---\n\n縣領導章華翰、鍾曉松參加慰問。';
		const problems = lintConversion([{ file: 'a.md', text, script: 'zh-Hant' }], []);
		expect(problems.map((p) => [p.line, p.message])).toEqual([
			[2, 'the name 范小明 contains 范, which has several Traditional forms (範/范)'],
			[5, 'the name 鍾曉松 contains 钟, which has several Traditional forms (鐘/鍾)'],
		]);
	});

	it('accepts an article-level pair as covering a name', () => {
		const text = '記者范小明報道';
		expect(lintConversion([{ file: 'a.md', text, script: 'zh-Hans' }], [])).toHaveLength(1);
		expect(lintConversion([{ file: 'a.md', text, script: 'zh-Hans', glossary: [{ hans: '范小明', hant: '范小明' }] }], [])).toEqual([]);
	});
});
