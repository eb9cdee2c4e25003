// The content checks read an article body line by line, the way the renderer (CommonMark) will show it, so that they
// never pass what the page then publishes: text in code is shown as written, text in raw HTML is HTML.

// A code span ends only at a run of backticks exactly as long as the one that opened it (CommonMark 6.1): in
// "`<img src=x>``" nothing closes the first backtick, so the picture is real HTML. A backslash before a backtick
// escapes it; a run after one is not taken as an opening, which errs towards checking.
const CODE_SPAN = /(?<![`\\])(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g;
const FENCE = /^\s{0,3}(```|~~~)/;
// A line that starts with <script>, a block tag, a comment or a declaration opens an HTML block (CommonMark 4.6), which
// runs to the next blank line; its backticks are HTML's text, so a tag between them is a tag. Any tag at a line's start
// is taken as one, which errs towards checking.
const HTML_BLOCK_START = /^ {0,3}<[A-Za-z/!?]/;

/** The line with each code span replaced by spaces of the same length, so offsets and columns stay where they were. */
export function blankCodeSpans(line: string): string {
	return line.replace(CODE_SPAN, (span) => ' '.repeat(span.length));
}

/** The lines of a Markdown body outside fenced code blocks, as [text, line] pairs (counted from `firstLine`), with code spans blanked outside HTML blocks. */
export function proseLines(body: string, firstLine: number): Array<[string, number]> {
	const lines: Array<[string, number]> = [];
	let fence: string | undefined;
	let html = false;
	body.split('\n').forEach((text, index) => {
		const opening = FENCE.exec(text)?.[1];
		if (opening && (fence === undefined || opening === fence)) {
			fence = fence === undefined ? opening : undefined;
			return;
		}
		if (fence !== undefined) return;
		if (text.trim() === '') html = false;
		else if (!html && HTML_BLOCK_START.test(text)) html = true;
		lines.push([html ? text : blankCodeSpans(text), firstLine + index]);
	});
	return lines;
}
