import { parseDateLine } from './page-meta.ts';

/** The most offices a notice is signed by, above its date. */
const MAX_OFFICES = 3;

/** A line of a signature: short, not a sentence (an office, 新豐縣衛生局, or the date). */
const signatureLike = (line: string) => line !== '' && [...line].length <= 30 && !/[。！？；，,;!?]/.test(line);

/**
 * How many of the last lines are a notice's signature block: one to three offices on lines of their own, then the date
 * (新豐縣衛生局 / 新豐縣疾控中心 / 2014年9月25日); 0 when the lines do not end with one.
 */
export function signatureLength(lines: readonly string[]): number {
	const last = lines.at(-1);
	if (last === undefined || !parseDateLine(last)) return 0;
	let length = 1;
	while (
		length <= MAX_OFFICES &&
		length < lines.length &&
		signatureLike(lines[lines.length - 1 - length]!) &&
		!parseDateLine(lines[lines.length - 1 - length]!)
	)
		length++;
	return length > 1 ? length : 0;
}

/**
 * A Markdown body whose closing signature block keeps its lines: written on consecutive lines, Markdown would join the
 * offices and the date into one paragraph, so each becomes a paragraph of its own.
 */
export function separateSignature(body: string): string {
	const trimmed = body.trimEnd();
	const gap = trimmed.lastIndexOf('\n\n');
	const start = gap < 0 ? 0 : gap + 2;
	const lines = trimmed.slice(start).split('\n');
	const length = signatureLength(lines.map((line) => line.trim()));
	if (length === 0) return body;
	const prose = lines.slice(0, lines.length - length);
	const paragraphs = [...(prose.length ? [prose.join('\n')] : []), ...lines.slice(-length).map((line) => line.trim())];
	return `${trimmed.slice(0, start)}${paragraphs.join('\n\n')}\n`;
}
