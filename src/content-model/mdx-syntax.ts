import { createProcessor } from '@mdx-js/mdx';

/** Where an MDX body stops parsing: its line in the body (1 for the first) and the parser's reason. */
export interface MdxSyntaxError {
	line: number;
	reason: string;
}

let processor: ReturnType<typeof createProcessor> | undefined;

/**
 * The first syntax error of an .mdx article's body, as @astrojs/mdx would meet it when the page is built (a `{` in text
 * read as code, an unclosed `<div>`), or undefined: parsing only, with MDX's own parser, so the check stops the
 * article before the build does, with its file and line instead of a stack trace.
 */
export function mdxSyntaxError(body: string): MdxSyntaxError | undefined {
	processor ??= createProcessor({ format: 'mdx' });
	try {
		processor.parse(body);
		return undefined;
	} catch (error) {
		const { line, reason, message } = error as { line?: number; reason?: string; message?: string };
		return { line: line ?? 1, reason: reason ?? message ?? String(error) };
	}
}
