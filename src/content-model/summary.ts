import { dropInvisible } from '../core/pasted-characters.ts';

/** The first paragraph of a Markdown body as plain text, cut at a sentence end near `max` characters. */
export function summarize(markdown: string, max = 120): string {
	const paragraph =
		// Invisible characters pasted from WPS are left out, as the page leaves them out (src/view/pasted-text.ts).
		dropInvisible(markdown)
			.replace(/\r\n?/g, '\n')
			.split(/\n\s*\n/)
			.map((block) => block.trim())
			.find((block) => block !== '' && !/^(#|!\[|<|```|>|\||-{3,}|import |export )/.test(block)) ?? '';
	const text = paragraph
		.replace(/!\[[^\]]*\]\([^)]*\)/g, '')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[*_`~]+/g, '')
		.replace(/\s*\n\s*/g, '')
		.trim();
	if (text.length <= max) return text;
	const cut = text.slice(0, max);
	const sentenceEnd = Math.max(cut.lastIndexOf('。'), cut.lastIndexOf('!'), cut.lastIndexOf('?'), cut.lastIndexOf('!'), cut.lastIndexOf('?'));
	return sentenceEnd >= max / 2 ? cut.slice(0, sentenceEnd + 1) : `${cut}…`;
}
