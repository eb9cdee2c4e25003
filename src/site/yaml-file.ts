import { readFileSync } from 'node:fs';
import { AstroError } from 'astro/errors';
import { parse, YAMLParseError } from 'yaml';
import type { z } from 'astro/zod';
import { displayPath } from './paths.ts';
import { formatIssues } from './issues.ts';

/** Reads a YAML data file and validates it; any problem throws an AstroError naming the file, the field and the fix. */
export function readYamlFile<S extends z.ZodType>(path: string, schema: S, hint: string): z.output<S> {
	const file = displayPath(path);
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch {
		throw new AstroError(`${file} is missing.`, hint);
	}
	let data: unknown;
	try {
		data = parse(text);
	} catch (error) {
		const where = error instanceof YAMLParseError ? ` (line ${error.linePos?.[0].line ?? '?'})` : '';
		throw new AstroError(`${file}${where} is not valid YAML: ${(error as Error).message}`, hint);
	}
	const result = schema.safeParse(data);
	if (!result.success) {
		throw new AstroError(`${file} has invalid data:\n${formatIssues(result.error.issues)}`, hint);
	}
	return result.data;
}
