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

/** A date as bulletins write one: 2023-08-25, 2023/8/25 18:30, 2023年8月25日, 8月25日. */
const DATE = /(?:\d{4}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2})?/g;

/** Whether a Markdown body says nothing a reader can read: no words beside its pictures, markup and dates (an imported page of pictures). */
export function isTextless(markdown: string): boolean {
	const words = markdown
		.replace(/!\[[^\]]*\]\([^)]*\)/g, '')
		.replace(/<[^>]*>/g, '')
		.replace(DATE, '')
		.replace(/[^\p{L}\p{N}]/gu, '');
	return words === '';
}
