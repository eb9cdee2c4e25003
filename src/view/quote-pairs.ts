// Smartypants decides whether " opens or closes by the character before it, and a Han character reads to it as the end
// of a word: 开展"爱国卫生运动" came out with two closing quotes. No remark plugin pairs quotes by order, which is what
// Chinese text needs, so this one does; it runs with smartypants' own quotes turned off (astro.config.mjs).

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

/** Each block's straight double quotes, paired in order as “ and ”; a block with an odd number keeps them as written. */
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
		const count = texts.reduce((sum, text) => sum + (text.value!.match(/"/g)?.length ?? 0), 0);
		if (count === 0 || count % 2 === 1) continue;
		let open = true;
		for (const text of texts)
			text.value = text.value!.replace(/"/g, () => {
				const quote = open ? '“' : '”';
				open = !open;
				return quote;
			});
	}
}

/** The remark plugin: straight double quotes paired in order in every block of prose. */
export function remarkQuotePairs() {
	return pairQuotes;
}
