import { AstroError } from 'astro/errors';

/** Runs a command-line tool: its return value is the exit code; an error prints its message and hint, never a stack, and exits 1. */
export function runCli(main: () => number | Promise<number>): void {
	Promise.resolve()
		.then(main)
		.then(
			(code) => process.exit(code),
			(error: unknown) => {
				const message = error instanceof Error ? error.message : String(error);
				console.error(`error: ${message}`);
				if (error instanceof AstroError && error.hint) console.error(`hint: ${error.hint}`);
				process.exit(1);
			},
		);
}
