import { parseArgs } from 'node:util';
import { AstroError } from 'astro/errors';
import { closest } from '../src/content-model/closest.ts';
import { chooseMessageLanguage, editorMessage, editorText, messageLanguages, type Message } from '../src/content-model/editor-messages.ts';

/** A mistake in how a command was called: every one is listed, with a pointer to --help, and the exit code is 1. */
export class UsageError extends Error {
	readonly problems: string[];

	constructor(command: string, problems: string[]) {
		super(`${problems.join('\n')}\n${editorMessage({ zh: '用法說明：{command} -- --help', en: 'usage: {command} -- --help' }, { command })}`);
		this.problems = problems;
	}
}

/** Runs a command-line tool: its return value is the exit code; an error prints its message and hint, never a stack, and exits 1. */
export function runCli(main: () => number | Promise<number>): void {
	Promise.resolve()
		.then(main)
		.then(
			(code) => process.exit(code),
			(error: unknown) => {
				const message = error instanceof Error ? error.message : String(error);
				console.error(error instanceof UsageError ? message : editorMessage({ zh: '錯誤：{message}', en: 'error: {message}' }, { message }));
				if (error instanceof AstroError && error.hint) console.error(editorMessage({ zh: '提示：{hint}', en: 'hint: {hint}' }, { hint: error.hint }));
				process.exit(1);
			},
		);
}

interface OptionSpec {
	type: 'string' | 'boolean';
	multiple?: boolean;
	default?: string | boolean;
	/** The value's placeholder in the help text, e.g. <id>, or one in words ("標題" / "title"). */
	value?: string | Message;
	/** What the option does, for --help, in Chinese and English as every message to editors. */
	help: Message;
}

/** What a command takes and says about itself in --help. */
export interface CommandSpec<O extends Record<string, OptionSpec>> {
	/** How it is run, e.g. `npm run new`. */
	command: string;
	/** One line on what it does. */
	summary: Message;
	/** The arguments that are not options, e.g. `<page.txt|page.html>`, and what they are. */
	positionals?: { readonly name: string | Message; readonly help: Message };
	options: O;
	examples: readonly string[];
}

type Values<O extends Record<string, OptionSpec>> = {
	[K in keyof O]: O[K]['type'] extends 'boolean'
		? boolean | undefined
		: O[K]['multiple'] extends true
			? string[] | undefined
			: O[K]['default'] extends string
				? string
				: string | undefined;
};

/** A placeholder or a text of the help in the chosen language: a plain string is a placeholder written the same in both (<id>). */
const inLanguage = (text: string | Message): string => (typeof text === 'string' ? text : editorMessage(text));

/**
 * The --help text of a command: what it does, its arguments and options, and examples, in the chosen language as every
 * message (a Simplified office reads 文件 and 默认 as elsewhere, not a converted 档案 and 预设).
 */
export function helpText<O extends Record<string, OptionSpec>>(spec: CommandSpec<O>): string {
	const flag = (name: string, option: OptionSpec) =>
		`--${name}${option.type === 'string' ? ` ${inLanguage(option.value ?? { zh: '<值>', en: '<value>' })}` : ''}`;
	const rows: Array<[string, string]> = [
		...(spec.positionals ? [[inLanguage(spec.positionals.name), editorMessage(spec.positionals.help)] as [string, string]] : []),
		...Object.entries(spec.options).map(([name, option]): [string, string] => [
			flag(name, option),
			[
				editorMessage(option.help),
				option.multiple ? editorMessage({ zh: '（可重複）', en: ' (may be repeated)' }) : '',
				option.default !== undefined && option.type === 'string'
					? editorMessage({ zh: '（預設 {value}）', en: ' (default {value})' }, { value: String(option.default) })
					: '',
			].join(''),
		]),
		[
			'--lang <zh-Hant|zh-Hans|en>',
			editorMessage({
				zh: '訊息用繁體、簡體或英文（預設 content/site.yaml 的 messages，沒有就用 defaultScript）',
				en: "messages in Traditional, Simplified or English (default: content/site.yaml's messages, else its defaultScript)",
			}),
		],
		['--help', editorMessage({ zh: '顯示本說明', en: 'shows this text' })],
	];
	// Each option's description goes on its own line, so no column has to line up Chinese and Latin text.
	return [
		editorMessage({ zh: '{command}：{summary}', en: '{command}: {summary}' }, { command: spec.command, summary: editorMessage(spec.summary) }),
		'',
		editorMessage({ zh: '選項：', en: 'options:' }),
		...rows.flatMap(([left, right]) => [`  ${left}`, `      ${right}`]),
		'',
		editorMessage({ zh: '例子：', en: 'examples:' }),
		// Examples are commands as typed; their Chinese (a title) in the chosen script.
		...spec.examples.map((example) => `  ${editorText(example)}`),
	].join('\n');
}

/**
 * Reads a command's arguments. `--help` prints the help and exits 0. Every unknown option, option without its value
 * and stray argument becomes one of `problems` (with the option it was probably meant to be), so the command can add
 * its own and report them all in one run with `failOnProblems`.
 */
export function parseCommand<O extends Record<string, OptionSpec>>(
	spec: CommandSpec<O>,
	argv = process.argv.slice(2),
): { values: Values<O>; positionals: string[]; problems: string[] } {
	// Every command takes --lang, read first so that --help and the argument problems are already in that language.
	const withLang = { ...spec.options, lang: { type: 'string', value: '<zh-Hant|zh-Hans|en>', help: { zh: '', en: '' } } } as Record<string, OptionSpec>;
	const options = Object.fromEntries(
		Object.entries(withLang).map(([name, { type, multiple = false, default: fallback }]) => [
			name,
			{ type, multiple, ...(fallback !== undefined && { default: fallback }) },
		]),
	);
	const { values, positionals, tokens } = parseArgs({ args: argv, options, strict: false, allowPositionals: true, tokens: true });
	const problems: string[] = [];
	const lang = typeof values.lang === 'string' ? values.lang : undefined;
	if (lang !== undefined && !(messageLanguages as readonly string[]).includes(lang)) {
		problems.push(
			editorMessage(
				{ zh: '--lang 只能是 {languages}，收到「{lang}」', en: '--lang must be one of {languages}, got "{lang}"' },
				{ languages: messageLanguages.join('、'), lang },
			),
		);
	} else chooseMessageLanguage(lang);
	if (argv.includes('--help') || argv.includes('-h')) {
		console.log(helpText(spec));
		process.exit(0);
	}
	for (const token of tokens) {
		if (token.kind !== 'option') continue;
		const option = withLang[token.name];
		if (!option) {
			const guess = closest(token.name, Object.keys(withLang));
			const values = { option: token.rawName, guess: guess ?? '' };
			problems.push(
				guess
					? editorMessage({ zh: '不認識的選項 {option}；是不是 --{guess}？', en: 'unknown option {option}; did you mean --{guess}?' }, values)
					: editorMessage({ zh: '不認識的選項 {option}', en: 'unknown option {option}' }, values),
			);
		} else if (option.type === 'string' && (token.value === undefined || (!token.inlineValue && token.value.startsWith('--')))) {
			// Without strict parsing, "--county --urgent" would take "--urgent" as the county.
			problems.push(
				editorMessage(
					{ zh: '選項 --{name} 後面要寫{value}', en: 'option --{name} needs {value} after it' },
					{ name: token.name, value: option.value === undefined ? editorMessage({ zh: '一個值', en: 'a value' }) : inLanguage(option.value) },
				),
			);
		} else if (option.type === 'boolean' && token.value !== undefined) {
			problems.push(
				editorMessage({ zh: '選項 --{name} 不帶值，只寫 --{name}', en: 'option --{name} takes no value; write just --{name}' }, { name: token.name }),
			);
		}
	}
	if (!spec.positionals && positionals.length > 0) {
		problems.push(
			editorMessage(
				{ zh: '多餘的參數：{arguments}（選項以 -- 開頭）', en: 'extra arguments: {arguments} (options start with --)' },
				{ arguments: positionals.join(' ') },
			),
		);
	}
	return { values: values as Values<O>, positionals, problems };
}

/** Stops the command with every problem found in its arguments, when there is any. */
export function failOnProblems(spec: { command: string }, problems: readonly string[]): void {
	if (problems.length > 0) throw new UsageError(spec.command, [...problems]);
}
