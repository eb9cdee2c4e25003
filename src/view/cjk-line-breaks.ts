// A line break inside a paragraph (a soft break) is a space in CommonMark's HTML, and browsers show a space between
// Chinese characters, where the text has none: a paragraph wrapped over lines showed gaps. And what a county clerk pastes
// as lines of their own — numbered items on consecutive lines (1．持续开展入户随访；/2．做好…), a table copied as
// tab-separated lines — ran together into one paragraph on screen and in print (trial-35). remark-cjk-friendly handles
// emphasis only, and remark's `breaks` would keep every line break, wrapped prose too; so this plugin decides per break:
// kept (a <br>) before a numbered line and between tab-separated lines, dropped between two Chinese characters, else left.
// `npm run check` still warns about the tab-separated lines (the Markdown table they should be), not about numbered lines,
// which show as written (src/content-model/pasted-text-lint.ts).
// A notice's closing (its sender and date on lines of their own in the body's last paragraph) keeps every break
// (src/view/closing-lines.ts).

import { NUMBERED_LINE } from '../core/pasted-characters.ts';
import { isClosing } from './closing-lines.ts';

/** A node of the Markdown tree, as far as this plugin reads it. */
interface MarkdownNode {
	type: string;
	value?: string;
	children?: MarkdownNode[];
}

// Chinese characters and full-width punctuation, between which a line break stands for nothing.
const CJK = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFF65]/u;

/** The text's soft line breaks decided: each kept as a `break` node, dropped, or left (see the comment at the top). */
function decideBreaks(value: string): MarkdownNode[] {
	const lines = value.split('\n');
	const nodes: MarkdownNode[] = [{ type: 'text', value: lines[0]! }];
	for (let i = 1; i < lines.length; i++) {
		const [before, after] = [lines[i - 1]!, lines[i]!];
		const last = nodes.at(-1)!;
		if (NUMBERED_LINE.test(after) || before.includes('\t') || after.includes('\t')) nodes.push({ type: 'break' }, { type: 'text', value: after });
		else if (CJK.test(before.at(-1) ?? '') && CJK.test(after[0] ?? '')) last.value += after;
		else last.value += `\n${after}`;
	}
	return nodes;
}

/** The lines of a paragraph of plain text (no emphasis, link or other markup in it), or none. */
const plainLines = (paragraph: MarkdownNode): string[] | undefined =>
	paragraph.children!.every((child) => child.type === 'text')
		? paragraph
				.children!.map((child) => child.value!)
				.join('')
				.split('\n')
		: undefined;

/** The body's last paragraph, when it is a notice's closing, with each of its lines kept (see closing-lines.ts); whether it was. */
function keepClosing(root: MarkdownNode): boolean {
	const last = root.children?.at(-1);
	const lines = last?.type === 'paragraph' ? plainLines(last) : undefined;
	if (!last || !lines || !isClosing(lines)) return false;
	last.children = lines.flatMap((line, i) => [...(i > 0 ? [{ type: 'break' }] : []), { type: 'text', value: line }]);
	return true;
}

/** Every paragraph's soft line breaks decided, in its own text (a break next to emphasis or a link is left). */
function decide(tree: MarkdownNode): void {
	if (tree.type === 'root' && keepClosing(tree)) {
		for (const child of tree.children!.slice(0, -1)) decide(child);
		return;
	}
	if (tree.type === 'paragraph') {
		tree.children = tree.children!.flatMap((child) => (child.type === 'text' && child.value!.includes('\n') ? decideBreaks(child.value!) : [child]));
		return;
	}
	for (const child of tree.children ?? []) decide(child);
}

/** The remark plugin: soft line breaks in Chinese text kept, dropped or left (see the comment at the top). */
export function remarkCjkLineBreaks() {
	return decide;
}
