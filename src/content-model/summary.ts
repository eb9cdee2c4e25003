import { dropInvisible } from '../core/pasted-characters.ts';

/** A paragraph of a Markdown body as plain text: no markup, links as their text, lines joined. */
const plainText = (paragraph: string) =>
	paragraph
		.replace(/!\[[^\]]*\]\([^)]*\)/g, '')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[*_`~]+/g, '')
		.replace(/\s*\n\s*/g, '')
		.trim();

// What heads a notice on a line of its own and says nothing of it: its kind (**公告**, 通告, 新聞公報, 緊急通知, 新聞稿)
// or the offices it is addressed to (各學校、托幼機構：). A summary of 公告 on every card said nothing (trial-42).
const LABEL = /^[^。！？!?；;，,、：:]{1,12}$/;
const ADDRESSEES = /^[^。！？!?；;\n]{1,40}[：:]$/;
// A sentence that introduces what follows (现将接种门诊名单公布如下：) ends with a colon too, but says something: it has
// the words of a sentence, or a clause longer than an office's name (trial-43).
const INTRODUCES = /如下|以下|包括|现将|现就|現將|現就|根據|根据|經研究|经研究|為了|为了|為做好|为做好/;
const MAX_ADDRESSEE = 16;

/** Whether a line ending with a colon is whom a notice is addressed to (各乡镇卫生院、县直各医疗卫生单位：): offices' names, not a sentence. */
const isAddressees = (text: string) =>
	ADDRESSEES.test(text) &&
	!INTRODUCES.test(text) &&
	text
		.slice(0, -1)
		.split(/[，,、]/)
		.every((name) => [...name.trim()].length <= MAX_ADDRESSEE);

/** A notice's document number on its own line under the title (柘政办〔2014〕123号), which says nothing of it either. */
const DOC_NUMBER = /^[\p{Script=Han}]{1,10}\s*[〔［[(（]\s*\d{4}\s*[〕］\])）]\s*\d+\s*[号號]$/u;

/** Whether a paragraph (as plain text) is a label, the addressees or the document number of a notice rather than something it says. */
const saysNothing = (text: string) => LABEL.test(text) || isAddressees(text) || DOC_NUMBER.test(text);

/** The first paragraph of a Markdown body that says something (not a label like 公告 alone) as plain text, cut at a sentence end near `max` characters. */
export function summarize(markdown: string, max = 120): string {
	const paragraphs =
		// Invisible characters pasted from WPS are left out, as the page leaves them out (src/view/pasted-text.ts).
		dropInvisible(markdown)
			.replace(/\r\n?/g, '\n')
			.split(/\n\s*\n/)
			.map((block) => block.trim())
			.filter((block) => block !== '' && !/^(#|!\[|<|```|>|\||-{3,}|import |export )/.test(block))
			.map(plainText);
	// A body of labels alone keeps its first, which is better than no summary.
	const text = paragraphs.find((paragraph) => paragraph !== '' && !saysNothing(paragraph)) ?? paragraphs[0] ?? '';
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
