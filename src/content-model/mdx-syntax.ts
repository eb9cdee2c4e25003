import { createProcessor } from '@mdx-js/mdx';

/** Where an MDX body stops parsing: its line in the body (1 for the first) and the parser's reason. */
export interface MdxSyntaxError {
	line: number;
	reason: string;
}

/** A node of MDX's syntax tree, as far as the checks read it (mdast with MDX's JSX and ESM nodes). */
export interface MdxNode {
	type: string;
	position?: { start: { line: number; column: number } };
	children?: MdxNode[];
	[field: string]: unknown;
}

let processor: ReturnType<typeof createProcessor> | undefined;

/**
 * An .mdx article's body read as @astrojs/mdx would read it when the page is built: its syntax tree, or the first
 * syntax error (a `{` in text read as code, an unclosed `<div>`). Parsing only, with MDX's own parser, so the check
 * stops the article before the build does, with its file and line instead of a stack trace.
 */
export function parseMdx(body: string): { tree: MdxNode } | { error: MdxSyntaxError } {
	processor ??= createProcessor({ format: 'mdx' });
	try {
		return { tree: processor.parse(body) as unknown as MdxNode };
	} catch (error) {
		const { line, reason, message } = error as { line?: number; reason?: string; message?: string };
		return { error: { line: line ?? 1, reason: reason ?? message ?? String(error) } };
	}
}
