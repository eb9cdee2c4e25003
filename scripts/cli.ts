import { AstroError } from 'astro/errors';
import { editorMessage } from '../src/site/editor-messages.ts';

/** The `--lang zh-Hant|zh-Hans|en` option every editors' command takes, for parseArgs; pass its value to chooseMessageLanguage. */
export const langOption = { lang: { type: 'string' } } as const;

/** Runs a command-line tool: its return value is the exit code; an error prints its message and hint, never a stack, and exits 1. */
export function runCli(main: () => number | Promise<number>): void {
	Promise.resolve()
		.then(main)
		.then(
			(code) => process.exit(code),
			(error: unknown) => {
				const message = error instanceof Error ? error.message : String(error);
				console.error(editorMessage({ zh: '錯誤：{message}', en: 'error: {message}' }, { message }));
				if (error instanceof AstroError && error.hint) console.error(editorMessage({ zh: '提示：{hint}', en: 'hint: {hint}' }, { hint: error.hint }));
				process.exit(1);
			},
		);
}
