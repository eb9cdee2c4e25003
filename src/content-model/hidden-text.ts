import type { HiddenKind } from '../core/hidden-characters.ts';
import { editorMessage } from './editor-messages.ts';

/** The message and the fix for a bidi control or lone surrogate in a content file, written as is or as a YAML escape. */
export function hiddenCharacterProblem(code: string, kind: HiddenKind, escaped: boolean): { message: string; hint: string } {
	const how = escaped ? editorMessage({ zh: '，以轉義寫入', en: ', written as an escape' }) : '';
	return kind === 'bidi'
		? {
				message: editorMessage(
					{
						zh: '文字裡有看不見的文字方向控制字元 {code}{how}；它讓後面的字倒過來顯示，在標題、列表、訂閱源裡都一樣',
						en: 'invisible text-direction control {code} in the text{how}; it turns the text after it around, in titles, listings and feeds alike',
					},
					{ code, how },
				),
				hint: editorMessage({
					zh: '刪掉它：它多半是從網頁或聊天軟體貼上時帶進來的，中文快訊不需要它',
					en: 'delete it: it usually comes with text pasted from a web page or a chat, and Chinese bulletins never need one',
				}),
			}
		: {
				message: editorMessage(
					{
						zh: '文字裡有無效的字元 {code}{how}；這是單獨的代理字元，不是任何字，頁面會把它顯示成 �',
						en: 'invalid character {code} in the text{how}; a lone surrogate is no character at all, and pages would show it as �',
					},
					{ code, how },
				),
				hint: editorMessage({
					zh: '刪掉這個轉義，或直接寫出那個字，例如「𠀋」，不要只寫 \\uD840 或 \\uDC0B 其中一半',
					en: 'delete the escape, or write the character itself, e.g. 𠀋, not one half of it as \\uD840 or \\uDC0B',
				}),
			};
}

/** A note naming the zero-width characters in a value that looks like an id (`U+200B`), for the id's error; '' when none. */
export function zeroWidthNote(codes: string): string {
	return codes === ''
		? ''
		: editorMessage({ zh: '（裡面有看不見的字元 {codes}，刪掉它）', en: ' (it holds the invisible character(s) {codes}; delete them)' }, { codes });
}
