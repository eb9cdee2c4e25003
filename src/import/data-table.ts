// A saved page's data table (district / clinic / hours) becomes a Markdown table (GFM, which the site's remark renders),
// never one paragraph per cell: cells read apart lose their row, and equal cells were dropped as repeated captions.

/** Joins a table's rows inside one line of a page's text, so the line-by-line splitting keeps the table whole. */
const ROW_BREAK = '\u001e';

/** A line of page text that is a whole data table. */
export const isTableLine = (line: string) => line.startsWith('| ') && line.includes(ROW_BREAK);

/** A cell's text as a Markdown table holds it: one line, a | escaped. */
const cell = (text: string) => text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');

/**
 * A table's rows as one line of page text: a GFM table whose first row is its header, every row as wide as the widest,
 * no cell dropped or merged (a spanned cell stands in its first column, the others left empty).
 */
export function tableLine(rows: readonly (readonly string[])[]): string {
	const width = Math.max(...rows.map((row) => row.length));
	const line = (row: readonly string[]) => `| ${Array.from({ length: width }, (_, i) => cell(row[i] ?? '')).join(' | ')} |`;
	return [line(rows[0]!), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)].join(ROW_BREAK);
}

/** The cells of a table line, row by row (the separator row left out). */
export function tableRows(line: string): string[][] {
	return line
		.split(ROW_BREAK)
		.filter((_, i) => i !== 1)
		.map((row) =>
			row
				.slice(2, -2)
				.split(/ (?<!\\)\| /)
				.map((text) => text.replace(/\\\|/g, '|')),
		);
}

/** A table line as the Markdown the article holds, one row a line. */
export const tableMarkdown = (line: string) => line.split(ROW_BREAK).join('\n');
