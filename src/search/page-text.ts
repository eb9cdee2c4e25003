const BODY = /<(\w+)[^>]*\bdata-pagefind-body\b[^>]*>([\s\S]*)<\/\1>/;

/** The text runs of the part of a page that search indexes (the element marked data-pagefind-body), in order. */
export function indexedText(html: string): string[] {
	const body = BODY.exec(html)?.[2] ?? '';
	return body
		.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
		.split(/<[^>]*>/)
		.map((run) => run.trim())
		.filter((run) => run !== '');
}
