import { parseArgs } from 'node:util';
import { AstroError } from 'astro/errors';
import { closest } from '../src/content-model/closest.ts';

/** A mistake in how a command was called: every one is listed, with a pointer to --help, and the exit code is 1. */
export class UsageError extends Error {
	readonly problems: string[];

	constructor(command: string, problems: string[]) {
		super(`${problems.join('\n')}\n用法說明：${command} -- --help`);
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
				console.error(error instanceof UsageError ? message : `error: ${message}`);
				if (error instanceof AstroError && error.hint) console.error(`hint: ${error.hint}`);
				process.exit(1);
			},
		);
}

interface OptionSpec {
	type: 'string' | 'boolean';
	multiple?: boolean;
	default?: string | boolean;
	/** The value's placeholder in the help text, e.g. <id>. */
	value?: string;
	/** What the option does, for --help. */
	help: string;
}

/** What a command takes and says about itself in --help. */
export interface CommandSpec<O extends Record<string, OptionSpec>> {
	/** How it is run, e.g. `npm run new`. */
	command: string;
	/** One line on what it does. */
	summary: string;
	/** The arguments that are not options, e.g. `<page.txt|page.html>`, and what they are. */
	positionals?: { readonly name: string; readonly help: string };
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

/** The --help text of a command: what it does, its arguments and options, and examples. */
export function helpText<O extends Record<string, OptionSpec>>(spec: CommandSpec<O>): string {
	const flag = (name: string, option: OptionSpec) => `--${name}${option.type === 'string' ? ` ${option.value ?? '<值>'}` : ''}`;
	const rows: Array<[string, string]> = [
		...(spec.positionals ? [[spec.positionals.name, spec.positionals.help] as [string, string]] : []),
		...Object.entries(spec.options).map(([name, option]): [string, string] => [
			flag(name, option),
			`${option.help}${option.multiple ? '（可重複）' : ''}${option.default !== undefined && option.type === 'string' ? `（預設 ${option.default}）` : ''}`,
		]),
		['--help', '顯示本說明'],
	];
	// Each option's description goes on its own line, so no column has to line up Chinese and Latin text.
	return [
		`${spec.command}：${spec.summary}`,
		'',
		'選項：',
		...rows.flatMap(([left, right]) => [`  ${left}`, `      ${right}`]),
		'',
		'例子：',
		...spec.examples.map((example) => `  ${example}`),
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
	if (argv.includes('--help') || argv.includes('-h')) {
		console.log(helpText(spec));
		process.exit(0);
	}
	const options = Object.fromEntries(
		Object.entries(spec.options).map(([name, { type, multiple = false, default: fallback }]) => [
			name,
			{ type, multiple, ...(fallback !== undefined && { default: fallback }) },
		]),
	);
	const { values, positionals, tokens } = parseArgs({ args: argv, options, strict: false, allowPositionals: true, tokens: true });
	const problems: string[] = [];
	for (const token of tokens) {
		if (token.kind !== 'option') continue;
		const option = spec.options[token.name];
		if (!option) {
			const guess = closest(token.name, Object.keys(spec.options));
			problems.push(`不認識的選項 ${token.rawName}${guess ? `；是不是 --${guess}？` : ''}`);
		} else if (option.type === 'string' && (token.value === undefined || (!token.inlineValue && token.value.startsWith('--')))) {
			// Without strict parsing, "--county --urgent" would take "--urgent" as the county.
			problems.push(`選項 --${token.name} 後面要寫${option.value ?? '一個值'}`);
		} else if (option.type === 'boolean' && token.value !== undefined) problems.push(`選項 --${token.name} 不帶值，只寫 --${token.name}`);
	}
	if (!spec.positionals && positionals.length > 0) problems.push(`多餘的參數：${positionals.join(' ')}（選項以 -- 開頭）`);
	return { values: values as Values<O>, positionals, problems };
}

/** Stops the command with every problem found in its arguments, when there is any. */
export function failOnProblems(spec: { command: string }, problems: readonly string[]): void {
	if (problems.length > 0) throw new UsageError(spec.command, [...problems]);
}
