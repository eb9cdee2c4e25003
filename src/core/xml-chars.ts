/** Characters XML 1.0 forbids (C0 controls but tab, newline and return; U+FFFE, U+FFFF); one in a feed breaks it for every reader. */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** The first character of a text that XML cannot carry, with its line (1-based) and its code as U+XXXX. */
export function xmlInvalidCharacter(text: string): { line: number; code: string } | undefined {
	const match = XML_INVALID.exec(text);
	if (!match) return undefined;
	const code = `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
	return { line: text.slice(0, match.index).split('\n').length, code };
}

/** The first string inside a parsed value (YAML can write "\u0000" as an escape) that XML cannot carry, with its path. */
export function xmlInvalidValue(value: unknown, path: Array<string | number> = []): { path: Array<string | number>; code: string } | undefined {
	if (typeof value === 'string') {
		const invalid = xmlInvalidCharacter(value);
		return invalid && { path, code: invalid.code };
	}
	if (value === null || typeof value !== 'object') return undefined;
	for (const [key, item] of Object.entries(value)) {
		const found = xmlInvalidValue(item, [...path, Array.isArray(value) ? Number(key) : key]);
		if (found) return found;
	}
	return undefined;
}
