import { createProcessor } from '@mdx-js/mdx';
import { parseFragment } from 'parse5';
import type { MdxNode } from './mdx-syntax.ts';

/**
 * How deep an article's blocks, emphasis, links and HTML elements may nest. Real bulletins stay under 20; the Markdown
 * renderer and the HTML writer of the build recurse once a level, and a line of 2,500 ">" ran them out of stack
 * (trial-39), where 1,000 still built. A hundred is far from both.
 */
export const MAX_NESTING = 100;

// Each level of nesting takes at least one of these characters (">" "-" "*" "_" "[" "<" "~" "+" "." ")"), so a body
// with fewer than MAX_NESTING of them cannot nest too deep and is not parsed again.
const NESTING_MARK = /[>\-*_[<~+.)]/g;

let markdown: ReturnType<typeof createProcessor> | undefined;

/** The deepest node of a tree past `limit` levels, by a walk that keeps its own stack: undefined when none is. */
function tooDeep<N>(root: N, children: (node: N) => N[], lineOf: (node: N) => number | undefined, limit: number): number | undefined {
	const stack: Array<[N, number]> = [[root, 0]];
	while (stack.length > 0) {
		const [node, depth] = stack.pop()!;
		if (depth > limit) return lineOf(node) ?? 1;
		for (const child of children(node)) stack.push([child, depth + 1]);
	}
	return undefined;
}

/**
 * The line (1 for the body's first) where an article's body nests deeper than MAX_NESTING levels, in its Markdown
 * (blockquotes, lists, emphasis, links, MDX's elements) or in its HTML; undefined for any body the build can render.
 * `mdxTree` is an .mdx body's tree, already parsed; a Markdown body is parsed here, only when it could nest that deep.
 */
export function deepNestingLine(body: string, mdxTree?: MdxNode): number | undefined {
	if ((body.match(NESTING_MARK)?.length ?? 0) < MAX_NESTING) return undefined;
	markdown ??= createProcessor({ format: 'md' });
	const tree = mdxTree ?? (markdown.parse(body) as unknown as MdxNode);
	const inMarkdown = tooDeep(
		tree,
		(node) => node.children ?? [],
		(node) => node.position?.start.line,
		MAX_NESTING,
	);
	if (inMarkdown !== undefined) return inMarkdown;
	// HTML typed into the body (`<b><b>…`, `<div>` left open) is nested again by the HTML parser of the build.
	type HtmlNode = { childNodes?: HtmlNode[]; sourceCodeLocation?: { startLine: number } | null };
	return tooDeep(
		parseFragment(body, { sourceCodeLocationInfo: true }) as HtmlNode,
		(node) => node.childNodes ?? [],
		(node) => node.sourceCodeLocation?.startLine,
		MAX_NESTING,
	);
}
