import { editorMessage } from './editor-messages.ts';
import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { ContentError, type Problem } from './problems.ts';
import { placedMessage } from './issue-place.ts';
import { MAX_YAML_ALIASES } from './frontmatter.ts';
import { yamlSlip, yamlSlipDetail, yamlSlipHint } from './yaml-errors.ts';
import { displayPath } from './paths.ts';
import { xmlInvalidCharacter, xmlInvalidValue } from '../core/xml-chars.ts';
import { hiddenCharacters, hiddenValue } from '../core/hidden-characters.ts';
import { hiddenCharacterProblem } from './hidden-text.ts';
import { fromSource, readSource } from './source-files.ts';
import { decodeUtf8, notUtf8 } from './utf8-text.ts';

/** An invalid content data file: an AstroError for the build, with one located problem per issue for `npm run check`. */
export class DataFileError extends ContentError {
	readonly problems: Problem[];

	/** The hint may be given as a function, so a file that is fine never pays for composing it. */
	constructor(problems: Problem[], hint: string | (() => string)) {
		super(
			problems
				.map(
					(p) =>
						`${p.file}${p.line ? `:${p.line}` : ''}: ${p.hint ? editorMessage({ zh: '{message}（{hint}）', en: '{message} ({hint})' }, { message: p.message, hint: p.hint }) : p.message}`,
				)
				.join('\n'),
			typeof hint === 'string' ? hint : hint(),
		);
		this.problems = problems;
	}
}

/** The line of the deepest node of `path` that exists in the document (a missing field points at its entry). */
function lineOf(doc: Document, lines: LineCounter, path: readonly PropertyKey[]): number | undefined {
	for (let depth = path.length; depth >= 0; depth--) {
		const node = doc.getIn(path.slice(0, depth) as unknown[], true);
		if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
	}
	return undefined;
}

/** The line where `key` of the map at `path` is written (an unknown field is pointed at, not the map holding it). */
function keyLine(doc: Document, lines: LineCounter, path: readonly PropertyKey[], key: string): number | undefined {
	const map = path.length ? doc.getIn(path as unknown[], true) : doc.contents;
	if (!isMap(map)) return undefined;
	const pair = map.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
	return pair && isScalar(pair.key) && pair.key.range ? lines.linePos(pair.key.range[0]).line : undefined;
}

/**
 * Reads a YAML data file and validates it; any problem throws a DataFileError naming the file, the line, the field and
 * the fix. The file is read and parsed once per process (again after it changes on disk): each data file has one
 * schema, or one chosen from its text.
 */
export function readYamlFile<S extends z.ZodType>(path: string, schema: S | ((text: string) => S), hint: string | (() => string)): z.output<S> {
	const file = displayPath(path);
	try {
		readSource(path);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new DataFileError(
			[
				{
					file,
					severity: 'error',
					message:
						code === 'ENOENT'
							? editorMessage({ zh: '檔案不存在', en: 'file is missing' })
							: editorMessage({ zh: '檔案無法讀取（{code}）', en: 'file cannot be read ({code})' }, { code: String(code) }),
				},
			],
			hint,
		);
	}
	return fromSource(path, 'data-file', (bytes) => {
		const decoded = decodeUtf8(bytes);
		if ('line' in decoded) throw new DataFileError([{ file, line: decoded.line, severity: 'error', ...notUtf8() }], hint);
		const text = decoded.text;
		return validYaml(file, text, typeof schema === 'function' ? schema(text) : schema, hint);
	});
}

/** The value of a data file's text, validated against its schema; throws a DataFileError for the first kind of problem found. */
function validYaml<S extends z.ZodType>(file: string, text: string, schema: S, hint: string | (() => string)): z.output<S> {
	const invalid = xmlInvalidCharacter(text);
	if (invalid) {
		throw new DataFileError(
			[
				{
					file,
					line: invalid.line,
					severity: 'error',
					message: editorMessage(
						{ zh: '看不見的控制字元 {code}；請刪掉（它會弄壞訂閱源和頁面）', en: 'invisible control character {code}; delete it (it breaks feeds and pages)' },
						{ code: invalid.code },
					),
				},
			],
			hint,
		);
	}
	const hidden = hiddenCharacters(text);
	if (hidden.length > 0) {
		throw new DataFileError(
			hidden.map(({ code, kind, line }) => ({ file, line, severity: 'error', ...hiddenCharacterProblem(code, kind, false) })),
			hint,
		);
	}
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
	const [yamlError] = doc.errors;
	if (yamlError) {
		const slip = yamlSlip(text, yamlError, lines);
		throw new DataFileError(
			[
				{
					file,
					line: slip.line,
					severity: 'error',
					message: editorMessage(
						{ zh: '不是有效的 YAML：{detail}', en: 'not valid YAML: {detail}' },
						{ detail: yamlSlipDetail({ message: yamlError.message, cause: slip.cause }) },
					),
					hint: slip.cause ? yamlSlipHint(slip.cause) : undefined,
				},
			],
			hint,
		);
	}
	let value: unknown;
	try {
		value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
	} catch (error) {
		throw new DataFileError(
			[
				{
					file,
					severity: 'error',
					message: editorMessage({ zh: '不是有效的 YAML：{detail}', en: 'not valid YAML: {detail}' }, { detail: (error as Error).message }),
				},
			],
			hint,
		);
	}
	const escaped = xmlInvalidValue(value);
	if (escaped) {
		throw new DataFileError(
			[
				{
					file,
					line: lineOf(doc, lines, escaped.path),
					severity: 'error',
					message: placedMessage(
						escaped.path,
						value,
						editorMessage(
							{
								zh: '以轉義寫入的控制字元 {code}；請刪掉（它會弄壞訂閱源和頁面）',
								en: 'control character {code} written as an escape; delete it (it breaks feeds and pages)',
							},
							{ code: escaped.code },
						),
					),
				},
			],
			hint,
		);
	}
	const escapedHidden = hiddenValue(value);
	if (escapedHidden) {
		const { message, hint: fix } = hiddenCharacterProblem(escapedHidden.code, escapedHidden.kind, true);
		throw new DataFileError(
			[{ file, line: lineOf(doc, lines, escapedHidden.path), severity: 'error', message: placedMessage(escapedHidden.path, value, message), hint: fix }],
			hint,
		);
	}
	const result = schema.safeParse(value);
	if (!result.success) {
		const problems: Problem[] = result.error.issues.map((issue) => ({
			file,
			line: (issue.code === 'unrecognized_keys' ? keyLine(doc, lines, issue.path, issue.keys[0]!) : undefined) ?? lineOf(doc, lines, issue.path),
			severity: 'error',
			message: placedMessage(issue.path, value, issue.message),
		}));
		throw new DataFileError(problems, hint);
	}
	return result.data;
}
