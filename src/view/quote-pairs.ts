// Smartypants decides whether " opens or closes by the character before it, and a Han character reads to it as the end
// of a word: 开展"爱国卫生运动" came out with two closing quotes. This plugin reads a whole block's text at once and
// writes its straight quotes as curly ones by their side and depth (curlyQuotes); it runs with smartypants' own quotes
// turned off (astro.config.mjs).

import { curlyQuotes } from '../convert/quote-marks.ts';

/** A node of the Markdown tree, as far as this plugin reads it. */
interface MarkdownNode {
	type: string;
	value?: string;
	children?: MarkdownNode[];
}

// Blocks whose text is one run of prose; code, inline code and HTML are left as written.
const PROSE_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
const NOT_PROSE = new Set(['inlineCode', 'code', 'html']);

/** The text nodes of a block, in reading order, through emphasis and links. */
function textNodes(block: MarkdownNode): MarkdownNode[] {
	const into: MarkdownNode[] = [];
	// A stack, not recursion: emphasis and links may nest as deep as an editor types (the check refuses past 100 levels).
	const stack = [...(block.children ?? [])].reverse();
	while (stack.length > 0) {
		const node = stack.pop()!;
		if (node.type === 'text') into.push(node);
		else if (!NOT_PROSE.has(node.type)) stack.push(...[...(node.children ?? [])].reverse());
	}
	return into;
}

/** Each block's straight quotes as curly ones (curlyQuotes), across its emphasis and links; a block where they do not pair keeps them. */
function pairQuotes(tree: MarkdownNode): void {
	// A stack, not recursion: a line of 2,500 ">" nested blockquotes deeper than the call stack reaches (trial-39).
	const stack = [tree];
	while (stack.length > 0) {
		const node = stack.pop()!;
		if (!PROSE_BLOCKS.has(node.type)) {
			stack.push(...(node.children ?? []));
			continue;
		}
		const texts = textNodes(node);
		const whole = texts.map((text) => text.value!).join('');
		const curly = curlyQuotes(whole);
		if (curly === whole) continue;
		// One character for one: each text node takes its own stretch back.
		let offset = 0;
		for (const text of texts) {
			text.value = curly.slice(offset, offset + text.value!.length);
			offset += text.value.length;
		}
	}
}

/** The remark plugin: straight quotes written as curly ones in every block of prose. */
export function remarkQuotePairs() {
	return pairQuotes;
}
