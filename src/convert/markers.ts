import type { Script } from '../core/scripts.ts';

/**
 * A run of text: `convert` goes through the glossary and the converter; `fixed` is published exactly as written in both
 * editions; `pair` names each edition's text. `source` is the run as written, markers included.
 */
export type Segment = { source: string } & SegmentText;

type SegmentText = { kind: 'convert'; text: string } | { kind: 'fixed'; text: string } | { kind: 'pair'; text: Record<Script, string> };

// Wikipedia-style inline markup: -{text}- or -{zh-hans:简体;zh-hant:繁體}-. No library parses it, and the grammar is a single regex.
const MARKER = /-\{([\s\S]*?)\}-/g;
const PAIR = /^\s*zh-han[st]\s*:/i;
// URLs and e-mail addresses stay byte for byte: converting a character in a link would break it. Han characters belong
// to a URL only as a path's segment right after a slash (https://example.gov.cn/發佈/通知): Chinese runs straight on after
// an address (登录www.ssm.gov.mo查詢最新資訊, …/art_1.html了解详情; fresh-143, where the sentence after it was published
// unconverted), and full-width punctuation always ends one.
const URL_LIKE =
	/\b(?:https?:\/\/|www\.)(?:[^\s<>"'\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\u{20000}-\u{3134f}]|(?<=\/)[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]+)+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;

/** Splits text into convertible runs, `-{…}-` spans and URLs; the markers themselves never reach the output. */
export function splitMarkers(text: string): Segment[] {
	const segments: Segment[] = [];
	let last = 0;
	for (const match of text.matchAll(MARKER)) {
		pushConvertible(segments, text.slice(last, match.index));
		segments.push({ ...markerSegment(match[1]!), source: match[0] });
		last = match.index + match[0].length;
	}
	pushConvertible(segments, text.slice(last));
	return segments;
}

/** The text with each `-{…}-` span and URL blanked to spaces of its length: what an editor wrote as prose, at the same offsets. */
export function blankMarkers(text: string): string {
	return splitMarkers(text)
		.map((segment) => (segment.kind === 'convert' ? segment.source : ' '.repeat(segment.source.length)))
		.join('');
}

function markerSegment(inner: string): SegmentText {
	if (!PAIR.test(inner)) return { kind: 'fixed', text: inner };
	const text: Record<Script, string> = { 'zh-Hant': '', 'zh-Hans': '' };
	for (const part of inner.split(';')) {
		const colon = part.indexOf(':');
		const variant = part.slice(0, colon).trim().toLowerCase();
		const value = part.slice(colon + 1);
		if (variant === 'zh-hans') text['zh-Hans'] = value;
		else if (variant === 'zh-hant') text['zh-Hant'] = value;
	}
	return { kind: 'pair', text };
}

function pushConvertible(segments: Segment[], text: string): void {
	let last = 0;
	for (const match of text.matchAll(URL_LIKE)) {
		if (match.index > last) segments.push({ kind: 'convert', text: text.slice(last, match.index), source: text.slice(last, match.index) });
		segments.push({ kind: 'fixed', text: match[0], source: match[0] });
		last = match.index + match[0].length;
	}
	if (last < text.length) segments.push({ kind: 'convert', text: text.slice(last), source: text.slice(last) });
}

/**
 * Where a `-{zh-hans:…;zh-hant:…}-` pair on a line holds an HTML tag, or undefined: markers are read from the text
 * between tags, so a pair whose halves are cut by tags is never read and would be printed as typed
 * (-{zh-hans:<b>粗</b>;zh-hant:<i>斜</i>}-). A fixed -{<b>固定</b>}- keeps whole and works.
 */
export function pairWithTag(text: string): number | undefined {
	for (const match of text.matchAll(MARKER)) if (PAIR.test(match[1]!) && /<\/?[a-z][^>]*>/i.test(match[1]!)) return match.index;
	return undefined;
}

/** Where `-{` opens without a closing `}-`: such text would show the marker, so the content check reports it. */
export function unclosedMarker(text: string): number | undefined {
	const rest = text.replace(MARKER, (m) => ' '.repeat(m.length));
	const index = rest.indexOf('-{');
	return index === -1 ? undefined : index;
}
