import { XMLValidator } from 'fast-xml-parser';
import { xmlInvalidCharacter } from '../core/xml-chars.ts';

/**
 * Why a page, feed or data file of the site is not whole — a page without its closing </html>, XML that is not
 * well-formed (structure or characters), JSON that does not parse — or undefined when it is (other files pass).
 */
export function incompleteOutput(file: string, text: string): string | undefined {
	if (file.endsWith('.html')) return /<\/html>\s*$/i.test(text) ? undefined : 'the page is cut off (no closing </html>)';
	if (file.endsWith('.xml')) {
		// The validator checks structure, not characters.
		const invalid = xmlInvalidCharacter(text);
		if (invalid) return `not well-formed XML: line ${invalid.line}: character ${invalid.code} is not allowed in XML`;
		const valid = XMLValidator.validate(text);
		return valid === true ? undefined : `not well-formed XML: line ${valid.err.line}: ${valid.err.msg}`;
	}
	if (file.endsWith('.json')) {
		try {
			JSON.parse(text);
		} catch (error) {
			return `not valid JSON: ${(error as Error).message}`;
		}
	}
	return undefined;
}
