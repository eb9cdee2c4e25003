// A code span ends only at a run of backticks exactly as long as the one that opened it (CommonMark 6.1): in
// "`<img src=x>``" nothing closes the first backtick, so the picture is real HTML. The content checks read the
// Markdown this way line by line; reading it as the renderer does keeps them from passing what the page then shows.
// A backslash before a backtick escapes it; a run after one is not taken as an opening, which errs towards checking.
const CODE_SPAN = /(?<![`\\])(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g;

/** The line with each code span replaced by spaces of the same length, so offsets and columns stay where they were. */
export function blankCodeSpans(line: string): string {
	return line.replace(CODE_SPAN, (span) => ' '.repeat(span.length));
}
