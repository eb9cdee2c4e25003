import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkArticleFile } from '../../src/content-model/article-file.ts';
import { articleSchema } from '../../src/content-model/schema.ts';
import { dataFileProblems } from '../../src/content-model/data-files.ts';

// An outside office (韶关) found every frontmatter YAML error reported on line 2, and site.yaml's typos on line 1.
const location = { dir: resolve('content/articles'), contentRoot: resolve('content'), displayDir: 'content/articles' };
const schema = articleSchema({
	counties: [{ id: 'qujiang', names: ['曲江區'] }],
	topics: [
		{ id: 'food-safety', names: ['食品安全'] },
		{ id: 'epidemic-control', names: ['疫情防控'] },
	],
	series: [],
});
const check = (frontmatter: string) =>
	checkArticleFile('2024/03/05-a.md', new TextEncoder().encode(`---\n${frontmatter}\n---\n\n正文。\n`), schema, location).problems;

describe('frontmatter YAML errors', () => {
	it.each([
		['a full-width colon after a field name', 'title: 曲江区通告\ndate: 2024-03-05\ncounty：qujiang\ntopics:\n  - food-safety', 4, /全形冒號/, /半形「:」/],
		['the same colon on the last line', 'title: 曲江区通告\ndate: 2024-03-05\ntopics:\n  - food-safety\ncounty：qujiang', 6, /全形冒號/, /半形「:」/],
		['a frontmatter of one line with that colon', 'county：qujiang', 2, /全形冒號/, /半形「:」/],
		['a tab used for indentation', 'title: 曲江区通告\ndate: 2024-03-05\ncounty: qujiang\ntopics:\n\t- food-safety', 6, /Tab/, /換成兩個空格/],
		['an unclosed bracket', 'title: 曲江区通告\ndate: 2024-03-05\ncounty: qujiang\ntopics: [food-safety\nsource: 韶关日报', 5, /沒有關上/, /補上「\]」/],
		['an unclosed bracket on the last line', 'title: 曲江区通告\ndate: 2024-03-05\ncounty: qujiang\ntopics: [food-safety', 5, /沒有關上/, /補上「\]」/],
		['an unclosed quote', 'title: "曲江区通告\ndate: 2024-03-05\ncounty: qujiang', 2, /引號沒有關上/, /補上同樣的引號/],
		['another YAML error', 'title: 曲江区通告\ntitle: 又一个', 3, /Map keys must be unique/, /檢查引號、括號和冒號/],
	])('names the line and the cause of %s', (_case, frontmatter, line, message, hint) => {
		const [problem, ...rest] = check(frontmatter);
		expect(rest.filter((p) => p.line === 2 && /YAML/.test(p.message))).toEqual([]);
		expect(problem).toMatchObject({ line, message: expect.stringMatching(/^前置資料不是有效的 YAML/) });
		expect(problem!.message).toMatch(message);
		expect(problem!.hint).toMatch(hint);
	});

	it('reads brackets nested thousands deep and left open without running out of stack', () => {
		expect(check(`title: ${'['.repeat(5000)}\ndate: 2024-03-05`)[0]).toMatchObject({ line: 2, message: expect.stringContaining('沒有關上') });
	});

	it('keeps the parser’s English reason after the Chinese one', () => {
		expect(check('title: x\ncounty：qujiang\ndate: 2024-03-05')[0]!.message).toMatch(/全形冒號「：」（Implicit keys need to be on a single line）/);
	});

	it('names a full-width comma inside [...], which YAML reads as one item', () => {
		const problems = check('title: 曲江区通告\ndate: 2024-03-05\ncounty: qujiang\ntopics: [food-safety，epidemic-control]');
		expect(problems).toEqual([
			expect.objectContaining({ line: 5, message: expect.stringContaining('寫成 [food-safety, epidemic-control]，用半形逗號「,」分隔') }),
		]);
	});

	it('gives the date to add from the file’s folders and name when the date is missing (trial-46)', () => {
		expect(check('title: 曲江区通告\ncounty: qujiang\ntopics: [food-safety]')).toEqual([
			expect.objectContaining({ message: expect.stringMatching(/^date: 必填/), hint: expect.stringContaining('加上一行 date: 2024-03-05') }),
		]);
	});

	it('writes the ids in that hint where the list holds topics by their names (trial-46)', () => {
		const problems = check('title: 曲江区通告\ndate: 2024-03-05\ncounty: qujiang\ntopics: [食品安全，疫情防控]');
		expect(problems).toEqual([
			expect.objectContaining({ line: 5, message: expect.stringContaining('寫成 [food-safety, epidemic-control]，用半形逗號「,」分隔') }),
		]);
	});

	it.each(['authors', 'photographers'])('names a list of people in %s split by 、 or ，, which YAML reads as one name (trial-45)', (field) => {
		const frontmatter = 'title: 曲江区通告\ndate: 2024-03-05\ncounty: qujiang\ntopics: [food-safety]';
		expect(check(`${frontmatter}\n${field}: [干春生、钟晓红，李华]`)).toEqual([
			expect.objectContaining({
				line: 6,
				severity: 'error',
				message: expect.stringMatching(new RegExp(`^${field} 第 1 項: 「干春生、钟晓红，李华」會當成一個名字：.*寫成 \\[干春生, 钟晓红, 李华\\]，用半形逗號`)),
			}),
		]);
		expect(check(`${frontmatter}\n${field}: 干春生、钟晓红`)).toEqual([
			expect.objectContaining({ line: 6, message: expect.stringContaining(`${field}: 必須是名字的清單：`) }),
		]);
		expect(check(`${frontmatter}\n${field}: 干春生`)).toEqual([
			expect.objectContaining({ line: 6, message: `${field}: 必須是名字的清單，一項一個名字，例如 [干春生]` }),
		]);
		expect(check(`${frontmatter}\n${field}: [干春生, 钟晓红]`)).toEqual([]);
	});
});

describe('data file YAML errors', () => {
	const previous = process.env.BULLETIN_CONTENT;
	let folder = '';
	afterEach(() => {
		process.env.BULLETIN_CONTENT = previous;
		rmSync(folder, { recursive: true, force: true });
	});
	/** The problems of the sample's data files after `edit` changes one of them. */
	const problemsAfter = (name: string, edit: (text: string) => string) => {
		folder = mkdtempSync(join(tmpdir(), 'yaml-slips-'));
		cpSync(resolve('test/fixtures/sample-site'), folder, { recursive: true });
		writeFileSync(join(folder, name), edit(readFileSync(join(folder, name), 'utf8')));
		process.env.BULLETIN_CONTENT = folder;
		return {
			problems: dataFileProblems(),
			lineOf: (pattern: RegExp) =>
				readFileSync(join(folder, name), 'utf8')
					.split('\n')
					.findIndex((l) => pattern.test(l)) + 1,
		};
	};

	it('gives the line and cause of a syntax error', () => {
		const { problems, lineOf } = problemsAfter('topics.yaml', (text) => text.replace(/^(\s*)name: /m, '$1name：'));
		expect(problems[0]).toMatchObject({ line: lineOf(/name：/), message: expect.stringContaining('全形冒號'), hint: expect.stringContaining('半形「:」') });
	});

	it('gives the line of a tab in the jurisdictions file', () => {
		const { problems, lineOf } = problemsAfter('counties.yaml', (text) => text.replace(/\n  name: /, '\n\tname: '));
		expect(problems[0]).toMatchObject({ line: lineOf(/^\tname/), hint: expect.stringContaining('Tab') });
	});

	it('points at a misspelt site.yaml key and suggests the known one', () => {
		const { problems, lineOf } = problemsAfter('site.yaml', (text) => text.replace(/^jurisdictions:/m, 'jurisdiction:'));
		expect(lineOf(/^jurisdiction:/)).toBeGreaterThan(1);
		expect(problems).toEqual([expect.objectContaining({ line: lineOf(/^jurisdiction:/), message: expect.stringContaining('是不是「jurisdictions」') })]);
	});

	it('suggests counties for the word an office uses for its jurisdictions file', () => {
		const { problems, lineOf } = problemsAfter('site.yaml', (text) => text.replace(/^counties:/m, 'districts:'));
		expect(problems).toEqual([expect.objectContaining({ line: lineOf(/^districts:/), message: expect.stringContaining('是不是「counties」') })]);
	});

	it('names a full-width colon inside a flow mapping, which YAML reads as one field name', () => {
		const { problems } = problemsAfter('topics.yaml', (text) =>
			text.replace(/^- id: ([\w-]+)\n {2}name: (\S+)\n {2}order: (\d+)\n {2}keywords: (\[.*\])$/m, '- { id: $1, name： $2, order: $3, keywords: $4 }'),
		);
		expect(problems.map((p) => p.message).join('\n')).toContain('「name： 疫情防控」的冒號是全形「：」');
	});

	it('names the same line and slip in npm run alert, which edits alerts.yaml itself', () => {
		const { lineOf } = problemsAfter('alerts.yaml', (text) => text.replace(/^ {2}level: /m, '  level：'));
		const result = spawnSync(process.execPath, ['scripts/alert.ts', 'list'], {
			encoding: 'utf8',
			env: { ...process.env, BULLETIN_CONTENT: folder, NO_COLOR: '1' },
		});
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(`alerts.yaml:${lineOf(/level：/)}: 錯誤：不是有效的 YAML：欄位名後面用了全形冒號「：」`);
	});
});
