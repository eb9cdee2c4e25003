// Text pasted from WPS and Word carries characters and indents that were the other program's layout, not the
// bulletin's (trial-35): invisible characters (see src/core/pasted-characters.ts), no-break spaces, WPS's manual line
// break U+2028 and paragraph mark U+2029, and paragraphs indented with two ideographic spaces (　　). The site's own
// paragraph style sets paragraphs apart by space, with no indent; the loader trims the body, so only the first
// paragraph lost its indent and the others kept theirs. This plugin publishes them all the same way.

import { dropInvisible } from '../core/pasted-characters.ts';

/** A node of the Markdown tree, as far as this plugin reads it. */
interface MarkdownNode {
	type: string;
	value?: string;
	children?: MarkdownNode[];
}

// Code, inline code and HTML are shown as written.
const NOT_PROSE = new Set(['inlineCode', 'code', 'html']);
const SEPARATORS = /[\u2028\u2029]/;
// An indent at the start of a paragraph or of a line in one: ideographic and no-break spaces (spaces and tabs are
// Markdown's own and already gone), with any invisible character pasted among them.
const INDENT = /^[\u3000\u00A0\u200B\u2060\uFEFF]+/;
const INDENTED_LINE = /\n[\u3000\u00A0\u200B\u2060\uFEFF]+/g;

/** The children with each text's line separators made line breaks (a `break`), through emphasis and links. */
function splitLines(children: MarkdownNode[]): MarkdownNode[] {
	return children.flatMap((child) => {
		if (NOT_PROSE.has(child.type)) return [child];
		if (child.type !== 'text') {
			if (child.children) child.children = splitLines(child.children);
			return [child];
		}
		const lines = child.value!.split(SEPARATORS);
		return lines.flatMap((line, i) => [...(i > 0 ? [{ type: 'break' }] : []), { type: 'text', value: line }]);
	});
}

/** The indents of a paragraph or heading taken off: at its start, after each line break and after each soft line break. */
function unindent(block: MarkdownNode): void {
	let lineStart = true;
	for (const child of block.children ?? []) {
		if (child.type === 'text') {
			child.value = child.value!.replace(INDENTED_LINE, '\n');
			if (lineStart) child.value = child.value.replace(INDENT, '');
		}
		lineStart = child.type === 'break';
	}
}

/** Every text's invisible characters removed and no-break spaces made ordinary ones, through emphasis and links. */
function cleanTexts(node: MarkdownNode): void {
	for (const child of node.children ?? []) {
		if (child.type === 'text') child.value = dropInvisible(child.value!).replace(/\u00A0/g, ' ');
		else if (!NOT_PROSE.has(child.type)) cleanTexts(child);
	}
}

const BLOCKS_OF_TEXT = new Set(['paragraph', 'heading', 'tableCell']);

/** Every block's line separators made line breaks, its indents taken off (before a no-break space is a space), its pasted characters cleaned. */
function cleanPasted(tree: MarkdownNode): void {
	if (!tree.children) return;
	if (!BLOCKS_OF_TEXT.has(tree.type)) {
		for (const child of tree.children) cleanPasted(child);
		return;
	}
	tree.children = splitLines(tree.children);
	unindent(tree);
	cleanTexts(tree);
}

/** The remark plugin: pasted characters and indents published the site's way (see the comment at the top). */
export function remarkPastedText() {
	return cleanPasted;
}
