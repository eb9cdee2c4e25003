import type { Problem } from '../content-model/problems.ts';
import { ambiguousCharacters } from './ambiguous.ts';
import { createGlossary, type GlossaryPair } from './glossary.ts';
import { toSimplified } from './opencc.ts';
import type { Script } from './scripts.ts';

/** One article as the lint reads it: its whole file text (frontmatter included) and the script it is written in. */
export interface LintArticle {
	file: string;
	text: string;
	script: Script;
	/** Pairs from the article's own `glossary` field. */
	glossary?: readonly GlossaryPair[];
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
// Titles after which news reports name people (书记郭锡文, 县领导章华翰、钟逢帮), matched in the Simplified normal form.
const TITLE = /(?:书记|市长|县长|区长|镇长|乡长|村长|主任|局长|处长|科长|部长|院长|主席|秘书长|指挥长|委员|领导|记者|通讯员|同志)/g;
const CREDIT_FIELD = /^\s*(?:authors|photographers)\s*:|^\s+-\s/;

interface Occurrence {
	file: string;
	line: number;
	/** Offset in the line of the character that differs between spellings. */
	column: number;
	form: string;
	covered: boolean;
}

/**
 * The conversion lint: (a) the same word written two ways that are one word in Simplified (葉其發 / 葉其髮), across the
 * whole site; (b) names holding a character with several Traditional forms (发 → 發/髮) that the glossary does not fix.
 * Both are warnings for an editor; a glossary pair settles either.
 */
export function lintConversion(articles: readonly LintArticle[], siteGlossary: readonly GlossaryPair[]): Problem[] {
	const spellings = new Map<string, Occurrence[]>();
	const problems: Problem[] = [];
	for (const article of articles) {
		const glossary = createGlossary([...siteGlossary, ...(article.glossary ?? [])]);
		article.text.split(/\r?\n/).forEach((line, index) => {
			const normal = toSimplified(line);
			if (normal.length !== line.length) return;
			const covered = new Set(glossary.find(normal, 'hans').flatMap((m) => Array.from({ length: m.end - m.start }, (_, k) => m.start + k)));
			if (article.script === 'zh-Hant') collectSpellings(spellings, article.file, index + 1, line, normal, covered);
			problems.push(...uncoveredNames(article.file, index + 1, line, normal, covered));
		});
	}
	return [...inconsistentSpellings(spellings), ...problems];
}

function collectSpellings(into: Map<string, Occurrence[]>, file: string, line: number, text: string, normal: string, covered: Set<number>): void {
	for (let i = 0; i + 3 <= text.length; i++) {
		const window = text.slice(i, i + 3);
		if (![...window].every((c) => HAN.test(c)) || window === normal.slice(i, i + 3)) continue;
		const key = normal.slice(i, i + 3);
		const list = into.get(key) ?? [];
		list.push({ file, line, column: i, form: window, covered: [0, 1, 2].some((k) => covered.has(i + k)) });
		into.set(key, list);
	}
}

function inconsistentSpellings(spellings: Map<string, Occurrence[]>): Problem[] {
	const problems: Problem[] = [];
	const reported = new Set<string>();
	for (const [simplified, occurrences] of spellings) {
		const counts = new Map<string, number>();
		for (const o of occurrences) counts.set(o.form, (counts.get(o.form) ?? 0) + 1);
		if (counts.size < 2) continue;
		const [usual] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
		for (const o of occurrences) {
			const key = `${o.file}:${o.line}:${o.form}`;
			if (o.form === usual || o.covered || reported.has(key)) continue;
			reported.add(key);
			problems.push({
				file: o.file,
				line: o.line,
				severity: 'warning',
				message: `${o.form} is written ${usual} ${counts.get(usual)}× elsewhere; both are ${simplified} in Simplified`,
				hint: `if it is the same word, correct it, or add { hant: ${usual}, hans: ${simplified} } to content/glossary.yaml so both editions print ${usual}`,
			});
		}
	}
	return problems;
}

function uncoveredNames(file: string, line: number, text: string, normal: string, covered: Set<number>): Problem[] {
	const problems: Problem[] = [];
	const ambiguous = ambiguousCharacters();
	for (const { start, length } of nameCandidates(text, normal)) {
		const at = [...Array(length).keys()].map((k) => start + k).find((p) => ambiguous.has(normal[p]!) && !covered.has(p));
		if (at === undefined) continue;
		const name = text.slice(start, start + length);
		const forms = [...ambiguous.get(normal[at]!)!].join('/');
		problems.push({
			file,
			line,
			severity: 'warning',
			message: `the name ${name} contains ${normal[at]}, which has several Traditional forms (${forms})`,
			hint: `check the name and add { hant: …, hans: ${normal.slice(start, start + length)} } to content/glossary.yaml, or mark it -{${name}}- in the text`,
		});
	}
	return problems;
}

/** Where names probably stand in a line: credits in the frontmatter, and 2–3 characters after a title, including 、-lists. */
function nameCandidates(text: string, normal: string): Array<{ start: number; length: number }> {
	if (CREDIT_FIELD.test(text)) {
		return [...text.matchAll(/[\u3400-\u9fff]{2,4}/g)].map((m) => ({ start: m.index, length: m[0].length }));
	}
	const names: Array<{ start: number; length: number }> = [];
	for (const title of normal.matchAll(TITLE)) {
		let start = title.index + title[0].length;
		for (;;) {
			let end = start;
			while (end < normal.length && end - start < 3 && HAN.test(normal[end]!)) end++;
			if (end - start < 2) break;
			names.push({ start, length: end - start });
			if (normal[end] !== '、') break;
			start = end + 1;
		}
	}
	return names;
}
