import { parse } from 'yaml';
import { z } from 'astro/zod';
import { inMainlandWords } from '../convert/mainland-wording.ts';
import { quotesInScript } from '../convert/quote-marks.ts';
import { toSimplified } from '../convert/to-simplified.ts';
import { inVariant } from '../convert/variant.ts';
import type { Script, TraditionalVariant } from '../core/scripts.ts';
import { contentPath } from './paths.ts';
import { fromSource } from './source-files.ts';

/** The languages editors' messages are shown in: the two scripts of Chinese, and English. */
export const messageLanguages = ['zh-Hant', 'zh-Hans', 'en'] as const;
type MessageLanguage = (typeof messageLanguages)[number];

/**
 * One message for editors, written twice: in Traditional Chinese (an office working in Simplified reads it converted
 * by OpenCC) and in English. `{name}` placeholders are filled in both; paths, ids and field names stay as written.
 */
export interface Message {
	zh: string;
	en: string;
}

const isLanguage = (value: unknown): value is MessageLanguage => (messageLanguages as readonly unknown[]).includes(value);

let chosen: MessageLanguage | undefined;

/**
 * `messages`, else `defaultScript`, of content/site.yaml; Traditional when neither can be read. The file is read
 * without its schema, because the schema's own errors are messages and must not wait for it.
 */
function siteLanguage(): { language: MessageLanguage; variant: TraditionalVariant } {
	try {
		return fromSource(contentPath('site.yaml'), 'message-language', (bytes) => {
			const site = parse(bytes.toString('utf8')) as Record<string, unknown> | null;
			const variant = (['tw', 'hk', 't'] as const).find((v) => v === site?.traditionalVariant) ?? 'tw';
			return { language: [site?.messages, site?.defaultScript].find(isLanguage) ?? 'zh-Hant', variant };
		});
	} catch {
		// An unreadable or invalid site.yaml is reported by its own check, in Traditional.
		return { language: 'zh-Hant', variant: 'tw' };
	}
}

/** The language this process shows editors' messages in: a command's --lang, else site.yaml's setting. */
function messageLanguage(): MessageLanguage {
	return chosen ?? siteLanguage().language;
}

/** Sets the language of this process's messages from a command's --lang (nothing given keeps site.yaml's); refuses an unknown one. */
export function chooseMessageLanguage(lang: string | undefined): void {
	if (lang === undefined) return;
	if (!isLanguage(lang)) {
		throw new Error(
			editorMessage(
				{ zh: '--lang 只能是 {languages}，收到「{lang}」', en: '--lang must be one of {languages}, got "{lang}"' },
				{ languages: messageLanguages.join('、'), lang },
			),
		);
	}
	chosen = lang;
}

/** Text in the quotation marks of `script`: the mainland's “…” with ‘…’ inside for Simplified, 「…」 with 『…』 for Traditional. */
const inScriptQuotes = (text: string, script: Script) => quotesInScript([{ text }], script)[0]!;

/**
 * The project's own Chinese text, written in Taiwan's Traditional, in an office's script, words and quotation marks: the
 * one place messages, help texts and the web editor's labels take them from. A Simplified office reads the mainland's
 * words for the tools (文件, not a converted 档案) and its quotation marks (“…”, not Taiwan's 「…」: trial-45); a Hong Kong
 * office reads its own standard (裏, 衞), not the Taiwan forms the messages are written in.
 */
export function inOfficeWords(zh: string, script: Script, variant: TraditionalVariant): string {
	return script === 'zh-Hans' ? inScriptQuotes(inMainlandWords(zh), 'zh-Hans') : inVariant(zh, variant);
}

/** The project's own Chinese text, written in Taiwan's Traditional, in the script and words of the chosen language. */
function inEditorWords(zh: string): string {
	return inOfficeWords(zh, messageLanguage() === 'zh-Hans' ? 'zh-Hans' : 'zh-Hant', siteLanguage().variant);
}

/** A message in the chosen language with its `{name}` placeholders filled from `values` exactly as given (quoted text is never converted). */
export function editorMessage(message: Message, values: Record<string, string | number> = {}): string {
	const template = messageLanguage() === 'en' ? message.en : inEditorWords(message.zh);
	return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));
}

/**
 * The project's own text that is written only in Chinese (a title in a command's example), in the words of the chosen script as
 * `editorMessage` shows them; unchanged in English, which has no version of it.
 */
export function editorText(zh: string): string {
	return messageLanguage() === 'en' ? zh : inEditorWords(zh);
}

/** How a problem's severity is named: 錯誤/警告, or error/warning in English. */
export function severityName(severity: 'error' | 'warning'): string {
	return editorMessage(severity === 'error' ? { zh: '錯誤', en: 'error' } : { zh: '警告', en: 'warning' });
}

// Zod's own messages (a field of the wrong type, say) come from its locales; each is looked up when a message is made,
// so a --lang chosen after the schemas were built still applies.
const zodLocales = { 'zh-Hant': z.locales.zhTW().localeError, 'zh-Hans': z.locales.zhCN().localeError, en: z.locales.en().localeError };
z.config({ localeError: (issue) => zodLocales[messageLanguage()](issue) });

/**
 * Chinese text written elsewhere in Traditional (the importer's reasons, a report's title) shown in the chosen script;
 * English messages quote it as written, since it has no English text.
 */
export function inEditorScript(text: string): string {
	return messageLanguage() === 'zh-Hans' ? inScriptQuotes(toSimplified(text), 'zh-Hans') : text;
}
