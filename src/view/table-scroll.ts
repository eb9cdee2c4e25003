import { escapeAttribute } from 'entities';
import { RewritingStream } from 'parse5-html-rewriting-stream';

/** The class of the box a table scrolls sideways in (ArticleBody's styles). */
const TABLE_SCROLL_CLASS = 'table-scroll';

/**
 * An article's HTML with each table (not one inside another's cell) in a box that scrolls sideways when the table is
 * wider than the screen: six columns do not fit a phone of 360 px (trial-45). The box, not the table, scrolls, so the
 * table keeps its rows and columns for screen readers (a table made display: block loses them in some). It can take
 * the keyboard's focus, so a reader without a touch screen or mouse scrolls it with the arrow keys (axe:
 * scrollable-region-focusable), and is a region named `name(n)`, which says it scrolls: `n` counts the tables from 1
 * when there are several, so each region has a name of its own, and is undefined for an article's only table.
 * Runs after the sanitiser, which keeps no attribute of these.
 */
export function scrollingTables(html: string, name: (n: number | undefined) => string): string {
	const tables = html.match(/<table[\s>]/g)?.length ?? 0;
	if (tables === 0) return html;
	const rewriter = new RewritingStream();
	let out = '';
	let depth = 0;
	let count = 0;
	rewriter.on('data', (chunk: string) => (out += chunk));
	rewriter.on('startTag', (tag, raw) => {
		if (tag.tagName === 'table' && depth++ === 0) {
			count++;
			rewriter.emitRaw(`<div class="${TABLE_SCROLL_CLASS}" role="region" tabindex="0" aria-label="${escapeAttribute(name(tables > 1 ? count : undefined))}">`);
		}
		rewriter.emitRaw(raw);
	});
	rewriter.on('endTag', (tag, raw) => {
		rewriter.emitRaw(raw);
		if (tag.tagName === 'table' && depth > 0 && --depth === 0) rewriter.emitRaw('</div>');
	});
	rewriter.end(html);
	return out;
}
