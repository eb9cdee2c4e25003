import { XMLValidator } from 'fast-xml-parser';
import { editorMessage } from '../content-model/editor-messages.ts';
import { xmlInvalidCharacter } from '../core/xml-chars.ts';

/**
 * Why a page, feed or data file of the site is not whole — a page without its closing </html>, XML that is not
 * well-formed (structure or characters), JSON that does not parse — or undefined when it is (other files pass).
 */
export function incompleteOutput(file: string, text: string): string | undefined {
	if (file.endsWith('.html')) {
		return /<\/html>\s*$/i.test(text) ? undefined : editorMessage({ zh: '頁面不完整（結尾缺少 </html>）', en: 'the page is cut off (no closing </html>)' });
	}
	if (file.endsWith('.xml')) {
		// The validator checks structure, not characters.
		const invalid = xmlInvalidCharacter(text);
		if (invalid) {
			return editorMessage(
				{ zh: 'XML 格式不正確：第 {line} 行：XML 裡不能有字元 {code}', en: 'not well-formed XML: line {line}: character {code} is not allowed in XML' },
				{ line: invalid.line, code: invalid.code },
			);
		}
		const valid = XMLValidator.validate(text);
		if (valid === true) return undefined;
		return editorMessage(
			{ zh: 'XML 格式不正確：第 {line} 行：{reason}', en: 'not well-formed XML: line {line}: {reason}' },
			{ line: valid.err.line, reason: valid.err.msg },
		);
	}
	if (file.endsWith('.json')) {
		try {
			JSON.parse(text);
		} catch (error) {
			return editorMessage({ zh: 'JSON 格式不正確：{reason}', en: 'not valid JSON: {reason}' }, { reason: (error as Error).message });
		}
	}
	return undefined;
}
