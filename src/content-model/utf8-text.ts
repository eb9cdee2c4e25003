import { editorMessage } from './editor-messages.ts';

const strict = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of a content file's bytes, or the line of the first bytes that are not UTF-8 (Big5 or GBK saved by an
 * old editor, a character cut short by a full disk), which a lenient decode would publish as ����.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { line: number } {
	try {
		return { text: strict.decode(bytes) };
	} catch {
		// A line break is one byte in UTF-8 and never inside another character, so each line can be tried alone.
		let start = 0;
		for (let line = 1; ; line++) {
			const end = bytes.indexOf(0x0a, start);
			try {
				strict.decode(bytes.subarray(start, end < 0 ? bytes.length : end));
			} catch {
				return { line };
			}
			if (end < 0) return { line };
			start = end + 1;
		}
	}
}

/** The message and hint for a content file that is not UTF-8. */
export const notUtf8 = () => ({
	message: editorMessage({ zh: '檔案不是 UTF-8 文字', en: 'file is not UTF-8 text' }),
	hint: editorMessage({ zh: '在編輯器裡另存為 UTF-8（不要用 GBK 或 Big5 編碼）', en: 'save it as UTF-8 (without GBK/Big5 encoding) in your editor' }),
});
