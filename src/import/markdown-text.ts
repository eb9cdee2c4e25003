/**
 * A page's text written into a Markdown article so that it reads as the text it was, never as markup: a 文号 or a
 * paragraph showing "![x](https://…)", "<img …>" or "[附件](/…)" would otherwise become a picture the importer fetches,
 * a tag or a link it copies. Only the importer's own links and pictures (blocks.ts) are Markdown.
 */

/** The text with what Markdown would read as a link, a picture or a tag escaped, and -{…}- markers kept as typed. */
export function escapeText(text: string): string {
	// A backslash keeps [ ] < (and ! before [) as text; -{ is read after Markdown, so it is broken by a -{-}- marker, which writes "-".
	return text.replace(/[[\]<]|!(?=\[)/g, (c) => `\\${c}`).replaceAll('-{', '-{-}-{');
}

/** A paragraph of escaped text that may not start a heading: # at its start is text. */
export const escapeLineStart = (paragraph: string): string => paragraph.replace(/^#/, '\\#');

/** The text escapeText was given: for a headline or a source, which go into the frontmatter, not into Markdown. */
export function unescapeText(text: string): string {
	return text.replaceAll('-{-}-{', '-{').replace(/\\([[\]<!#])/g, '$1');
}
