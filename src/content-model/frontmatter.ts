import { LineCounter, parseDocument, isMap, isNode, isScalar, visit } from 'yaml';
import { fullWidthColonLine, yamlSlip, type YamlSlip } from './yaml-errors.ts';

export interface Frontmatter {
	/** The parsed YAML, or undefined when the file has no frontmatter block. */
	data: unknown;
	/** YAML syntax errors, with their line in the file and, for a common slip (a full-width colon, a tab), its cause. */
	errors: Array<{ line: number; message: string; cause?: YamlSlip['cause'] }>;
	/** The Markdown after the frontmatter. */
	body: string;
	/** Line (1-based, in the file) of the first line of the body. */
	bodyLine: number;
	/**
	 * Line in the file where a top-level field is written, or, given a path (glossary, 2, hant), the deepest part of it
	 * that is written (the third glossary entry); the frontmatter's first line when the field is absent.
	 */
	lineOf(field: string | number | undefined | readonly PropertyKey[]): number;
}

/** How many values YAML aliases (*name) may expand to in one document; a few legitimate reuses stay far below. */
export const MAX_YAML_ALIASES = 100;

const FENCE = /^---[ \t]*\n([\s\S]*?\n)?---[ \t]*(?:\n|$)/;

/** Splits a Markdown file into YAML frontmatter and body, keeping line numbers so problems can point at the right line. */
export function readFrontmatter(source: string): Frontmatter | undefined {
	const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const fence = FENCE.exec(text);
	if (!fence) return undefined;
	const yamlText = fence[1] ?? '';
	const lines = new LineCounter();
	// YAML 1.2 core schema: 2020-02-30 stays a string the date schema can reject, instead of rolling over to March.
	const doc = parseDocument(yamlText, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
	// Warnings count too: Astro reads frontmatter with another YAML library, which stops at what this one only warns
	// about (an unknown tag such as !!js/function), so both must refuse the same files.
	// The frontmatter starts on the file's second line, after the opening "---".
	// Only the first error is traced to its slip (which reads the text's syntax tree again): the rest are mostly its
	// echoes, hundreds of them for brackets nested deep.
	const errors: Frontmatter['errors'] = [...doc.errors, ...doc.warnings].map((error, index) => {
		const slip = index === 0 ? yamlSlip(yamlText, error, lines) : { line: lines.linePos(error.pos[0]).line, cause: undefined };
		return { line: 1 + slip.line, message: error.message.split('\n')[0]!, cause: slip.cause };
	});
	// `county：qujiang` alone is valid YAML (one string), so the slip is named before it reads as "not fields".
	const colon = errors.length === 0 && isScalar(doc.contents) ? fullWidthColonLine(yamlText) : undefined;
	if (colon !== undefined) errors.push({ line: 1 + colon, message: 'a field name followed by a full-width colon', cause: 'full-width-colon' });
	// A key that is itself a list or map (`{{< video >}}: x` pasted from an old site) would only be stringified with a
	// process warning; no field is named like that, so it is refused where it stands.
	visit(doc, {
		Pair(_, pair) {
			if (!isNode(pair.key) || isScalar(pair.key) || !pair.key.range) return undefined;
			errors.push({ line: 1 + lines.linePos(pair.key.range[0]).line, message: 'a field name must be plain text, not a list or map' });
			return visit.BREAK;
		},
	});
	let data: unknown;
	if (errors.length === 0) {
		try {
			data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
		} catch (error) {
			// The yaml package refuses an alias that expands too far ("billion laughs") while building the value.
			errors.push({ line: 2, message: (error as Error).message });
		}
	}
	const bodyStart = fence[0].length;
	const keyLines = new Map<string, number>();
	if (isMap(doc.contents)) {
		for (const item of doc.contents.items) {
			if (isScalar(item.key) && item.key.range) keyLines.set(String(item.key.value), 1 + lines.linePos(item.key.range[0]).line);
		}
	}
	return {
		data,
		errors,
		body: text.slice(bodyStart),
		bodyLine: text.slice(0, bodyStart).split('\n').length,
		lineOf: (field) => {
			if (!Array.isArray(field)) return keyLines.get(String(field)) ?? 1;
			for (let depth = field.length; depth > 1; depth--) {
				const node = doc.getIn(field.slice(0, depth), true);
				if (isNode(node) && node.range) return 1 + lines.linePos(node.range[0]).line;
			}
			return keyLines.get(String(field[0])) ?? 1;
		},
	};
}
