import iconv from 'iconv-lite';
import { editorMessage } from '../content-model/editor-messages.ts';

/** A saved page's text, or why it cannot be read. */
export type DecodedPage =
	| {
			ok: true;
			text: string;
			charset: string;
			guessed: boolean;
			/** The encoding the page declared wrongly, when another reads it cleanly. */ declared?: string;
	  }
	| { ok: false; reason: string; hint: string };

/** Byte-order marks and the encodings they announce. */
const BOMS: Array<[number[], string]> = [
	[[0xef, 0xbb, 0xbf], 'utf-8'],
	[[0xff, 0xfe], 'utf-16le'],
	[[0xfe, 0xff], 'utf-16be'],
];

/** <meta charset="gbk"> or <meta http-equiv="Content-Type" content="text/html; charset=gb2312">, as a browser's prescan finds them. */
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;

/** How many bytes a browser reads looking for the declaration; old pages put it in the first lines of <head>. */
const PRESCAN_BYTES = 1024;

/**
 * Whether the non-ASCII bytes of a page are nearly all pairs in GB2312's rows (both bytes 0xA1–0xFE), as mainland pages are.
 * Big5 bytes also decode as GB18030 without an error, but half of Big5's second bytes are below 0xA1: decoded as GB18030
 * they would be rare characters, which is mojibake, not a clean result.
 */
function mostlyGb2312(bytes: Uint8Array): boolean {
	let pairs = 0;
	let inGb2312 = 0;
	for (let i = 0; i < bytes.length; i++) {
		if (bytes[i]! < 0x80) continue;
		pairs++;
		if (bytes[i]! >= 0xa1 && bytes[i]! <= 0xf7 && bytes[i + 1]! >= 0xa1 && bytes[i + 1]! <= 0xfe) inGb2312++;
		i++;
	}
	return inGb2312 >= 0.9 * pairs;
}

/** Encodings tried, in order, on an old Chinese page that declares none and is not UTF-8, each with what its bytes must be like. */
const GUESSES: Array<[string, (bytes: Uint8Array) => boolean]> = [
	['gb18030', mostlyGb2312],
	['big5', () => true],
];

/** Characters no guessed reading of a real page yields: C1 controls (Big5 passes 0x80 through) and private-use code points (bytes outside the charset's table). */
const UNCLEAN = /[\u0080-\u009f]|\p{Co}/u;

/**
 * Private-use code points, what a decoder without a charset's full table gives for its characters: Node's `big5` decoder
 * turns Hong Kong's HKSCS characters (衞 埗 鰂 着 綫) into them without an error. A declared page holding one is not clean.
 */
const PRIVATE_USE = /\p{Co}/u;

/** The first of the guessed encodings (GB18030, then Big5) that reads the bytes cleanly. */
function guessed(bytes: Uint8Array): { ok: true; text: string; charset: string; guessed: true } | undefined {
	for (const [charset, clean] of GUESSES) {
		const text = clean(bytes) ? strictly(bytes, charset) : undefined;
		if (text !== undefined && !UNCLEAN.test(text)) return { ok: true, text, charset: charset === 'big5' ? 'big5-hkscs' : charset, guessed: true };
	}
	return undefined;
}

/** The encoding a page's byte-order mark announces. */
const bomCharset = (bytes: Uint8Array) => BOMS.find(([mark]) => mark.every((byte, i) => bytes[i] === byte))?.[1];

/** The encoding a page's <meta> declares, the label as written. */
function declaredCharset(bytes: Uint8Array): string | undefined {
	// Latin-1 keeps every byte as one character, so the ASCII of the declaration reads the same whatever the encoding.
	return META_CHARSET.exec(Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1'))?.[1];
}

/**
 * The bytes decoded strictly (any byte the encoding cannot read is an error, never a silent U+FFFD); undefined when they are
 * not that encoding. Big5 is read as Big5-HKSCS by iconv-lite, which knows Hong Kong's characters; ICU's big5 does not.
 */
function strictly(bytes: Uint8Array, charset: string): string | undefined {
	if (charset === 'big5') {
		// iconv-lite never throws: a byte it cannot read becomes U+FFFD, which no Big5 byte encodes.
		const text = iconv.decode(Buffer.from(bytes), 'big5hkscs');
		return text.includes('\uFFFD') ? undefined : text;
	}
	try {
		return new TextDecoder(charset, { fatal: true }).decode(bytes);
	} catch {
		return undefined;
	}
}

/**
 * A saved page's text: UTF-8 when every byte reads as UTF-8 (a page saved again as UTF-8 often keeps its old
 * <meta charset="gb2312">, and UTF-8 Chinese can decode as GBK without an error, while GBK text is practically never valid
 * UTF-8); else the encoding it declares (GBK, GB2312, Big5… through Node's ICU); else GB18030 or Big5 when one of them reads
 * the page cleanly. Anything else is refused, never turned into mojibake.
 */
export function decodePage(bytes: Uint8Array): DecodedPage {
	// A byte-order mark wins over any declaration, as in browsers; TextDecoder drops it.
	const declared = bomCharset(bytes) ?? declaredCharset(bytes);
	const saveAsUtf8 = editorMessage({
		zh: '在瀏覽器或編輯器裡把網頁另存為 UTF-8，或在 <head> 裡寫明它的編碼，例如 <meta charset="gbk">',
		en: 'save the page as UTF-8 in a browser or editor, or declare its encoding in <head>, e.g. <meta charset="gbk">',
	});
	const utf8 = declared?.startsWith('utf-16') ? undefined : strictly(bytes, 'utf-8');
	if (utf8 !== undefined) return { ok: true, text: utf8, charset: 'utf-8', guessed: false };
	if (declared) {
		let label: string;
		try {
			label = new TextDecoder(declared).encoding;
		} catch {
			return {
				ok: false,
				reason: editorMessage(
					{ zh: '網頁宣告的編碼 {charset} 不認識，而且它不是 UTF-8', en: 'the page declares an unknown encoding {charset}, and it is not UTF-8' },
					{ charset: declared },
				),
				hint: saveAsUtf8,
			};
		}
		const text = strictly(bytes, label);
		const privateUse = text === undefined ? undefined : PRIVATE_USE.exec(text);
		if (text !== undefined && !privateUse) return { ok: true, text, charset: label === 'big5' ? 'big5-hkscs' : label, guessed: false };
		if (text !== undefined && privateUse)
			return {
				ok: false,
				reason: editorMessage(
					{
						zh: '網頁宣告的編碼是 {charset}，但按它讀出來第 {line} 行有私用區字元 U+{code}：這個字不在 {charset} 的字表裡，讀者會看到空白或方塊',
						en: 'the page declares {charset}, but read so, line {line} holds the private-use character U+{code}: a character outside {charset}, which readers would see as a blank or a box',
					},
					{
						charset: declared,
						line: text.slice(0, privateUse.index).split('\n').length,
						code: privateUse[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0'),
					},
				),
				hint: saveAsUtf8,
			};
		// A CMS's template may declare utf-8 over GBK text (trial-43): a clean GB18030 or Big5 reading is the page's, said so.
		const guess = guessed(bytes);
		if (guess) return { ...guess, declared };
		return {
			ok: false,
			reason: editorMessage(
				{
					zh: '網頁宣告的編碼是 {charset}，但有些位元組不是 {charset}，也不是 UTF-8，讀出來會是亂碼',
					en: 'the page declares {charset}, but some bytes are neither {charset} nor UTF-8 and would read as mojibake',
				},
				{ charset: declared },
			),
			hint: saveAsUtf8,
		};
	}
	const guess = guessed(bytes);
	if (guess) return guess;
	return {
		ok: false,
		reason: editorMessage({
			zh: '網頁沒有宣告編碼，而且不是 UTF-8、GB18030 或 Big5 文字',
			en: 'the page declares no encoding and is not UTF-8, GB18030 or Big5 text',
		}),
		// Suggesting gbk for a Hong Kong or Taiwan page would make the next import read it as mojibake.
		hint: mostlyGb2312(bytes)
			? saveAsUtf8
			: editorMessage({
					zh: '在瀏覽器或編輯器裡把網頁另存為 UTF-8，或在 <head> 裡寫明它的編碼：香港、台灣的網頁多半是 <meta charset="big5-hkscs">，內地的多半是 <meta charset="gbk">',
					en: 'save the page as UTF-8 in a browser or editor, or declare its encoding in <head>: Hong Kong and Taiwan pages are mostly <meta charset="big5-hkscs">, mainland ones <meta charset="gbk">',
				}),
	};
}
