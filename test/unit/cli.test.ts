import { describe, expect, it } from 'vitest';
import { helpText, parseCommand } from '../../scripts/cli.ts';
import { chooseMessageLanguage } from '../../src/content-model/editor-messages.ts';

const spec = {
	command: 'npm run new',
	summary: { zh: '新建一篇快訊', en: 'writes a new bulletin' },
	options: {
		county: { type: 'string', value: '<id>', help: { zh: '縣區 id', en: 'county id' } },
		topic: { type: 'string', multiple: true, value: '<id>', help: { zh: '專題 id', en: 'topic id' } },
		title: { type: 'string', value: { zh: '"標題"', en: '"title"' }, help: { zh: '標題', en: 'the title' } },
		urgent: { type: 'boolean', help: { zh: '緊急', en: 'urgent' } },
	},
	examples: ['npm run new -- --county fuan --topic donations'],
} as const;

describe('command-line arguments', () => {
	it('reports every unknown option, missing value and stray argument at once, with the option meant', () => {
		const { problems } = parseCommand(spec, ['--countty', 'fuan', '--topik', 'donations', '--urgent=yes', '--county', '--topic', 'a']);
		expect(problems).toEqual([
			'不認識的選項 --countty；是不是 --county？',
			'不認識的選項 --topik；是不是 --topic？',
			'選項 --urgent 不帶值，只寫 --urgent',
			'選項 --county 後面要寫<id>',
			'多餘的參數：fuan donations a（選項以 -- 開頭）',
		]);
	});

	it('reads good arguments without problems', () => {
		expect(parseCommand(spec, ['--county', 'fuan', '--topic', 'a', '--topic', 'b', '--urgent'])).toEqual({
			values: { county: 'fuan', topic: ['a', 'b'], urgent: true },
			positionals: [],
			problems: [],
		});
	});

	it('explains every option and shows an example in --help', () => {
		const help = helpText(spec);
		expect(help).toContain('npm run new：新建一篇快訊');
		for (const line of [
			'--county <id>',
			'--topic <id>',
			'專題 id（可重複）',
			'--title "標題"',
			'--urgent',
			'--help',
			'npm run new -- --county fuan --topic donations',
		])
			expect(help).toContain(line);
	});

	it('gives --help in English with --lang en, as every other message (fix-35)', () => {
		parseCommand(spec, ['--lang', 'en']);
		try {
			const help = helpText(spec);
			for (const line of ['npm run new: writes a new bulletin', 'options:', '--title "title"', 'topic id (may be repeated)', 'shows this text', 'examples:'])
				expect(help).toContain(line);
			expect(help).not.toMatch(/[\u3400-\u9fff]/);
		} finally {
			chooseMessageLanguage('zh-Hant');
		}
	});
});
