export { isSimplifiedOnly, isTraditionalOnly } from '../../src/convert/script-chars.ts';

/** The reader-visible text of a page in its own edition: tags, scripts, styles and elements marked as the other script removed. */
export function editionText(html: string, otherLang: string): string {
	return html
		.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
		.replace(new RegExp(`<(\\w+)[^>]*\\blang="${otherLang}"[^>]*>[\\s\\S]*?</\\1>`, 'g'), '')
		.replace(/<link[^>]*>/g, '')
		.replace(/<[^>]+>/g, ' ');
}
