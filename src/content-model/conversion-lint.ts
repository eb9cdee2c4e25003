import type { Problem } from './problems.ts';
import { blankCodeSpans } from './prose-lines.ts';
import { nameData } from '../convert/context-rules.ts';
import { createConverter, type TracedConvert } from '../convert/convert.ts';
import { createGlossary, type GlossaryPair } from '../convert/glossary.ts';
import { editorMessage, type Message } from './editor-messages.ts';
import { regionalForms } from '../convert/opencc-tables.ts';
import {
	choicesToReview,
	oncePerDocument,
	reviewCharacters,
	reviewedWord,
	type DocumentFlag,
	type ReviewChoice,
	type ReviewReason,
} from '../convert/review.ts';
import type { Script, TraditionalVariant } from '../core/scripts.ts';
import { blankMarkers } from '../convert/markers.ts';
import { fixStrayCharacters, strayCharacters } from '../convert/stray.ts';
import { toSimplified } from '../convert/to-simplified.ts';
import { namesIn, type Choice } from '../convert/to-traditional.ts';
import { inVariant } from '../convert/variant.ts';
import type { TextWords } from '../convert/word-boundaries.ts';

/** One article as the lint reads it: its whole file text (frontmatter included) and the script it is written in. */
export interface LintArticle {
	file: string;
	text: string;
	script: Script;
	/** Pairs from the article's own `glossary` field. */
	glossary?: readonly GlossaryPair[];
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

interface Occurrence {
	file: string;
	line: number;
	form: string;
	covered: boolean;
	/** The line as the edition prints it, and where the run starts in it. */
	text: string;
	at: number;
	variant: TraditionalVariant;
}

/**
 * The conversion lint, all warnings with file and line: (a) the review list — every place in a Simplified article where
 * the converter chose among Traditional forms with nothing to settle it (review.ts), with the sentence, the choice, the
 * other forms and the one-line fix; (b) characters of the other script in an article (请 in a Traditional article), with
 * the word and its fix; (c) one word written two ways in Traditional articles that is one word in Simplified (葉其發 /
 * 葉其髮), across the whole site. A glossary pair or a `-{…}-` marker settles any of them.
 */
export function lintConversion(articles: readonly LintArticle[], siteGlossary: readonly GlossaryPair[], variant: TraditionalVariant = 'tw'): Problem[] {
	const spellings = new Map<string, Occurrence[]>();
	let problems: Problem[] = [];
	for (const article of articles) {
		const pairs = [...siteGlossary, ...(article.glossary ?? [])];
		const glossary = createGlossary(pairs, toSimplified);
		const names = article.script === 'zh-Hans' ? namesIn(article.text) : undefined;
		const toTraditional = createConverter({ from: 'zh-Hans', to: 'zh-Hant', variant, glossary: pairs, names });
		// Lists are joined with concat, never push(...list): an article of 200,000 stray characters overflowed the call stack.
		let flags: LineFlag[] = [];
		let stray: Problem[] = [];
		proseLines(article.text).forEach(({ line, text, frontmatter, names: nameList }) => {
			// What the editor wrote inside -{…}- (a word for each edition) and URLs is printed as marked, never converted.
			const prose = blankMarkers(text);
			stray = stray.concat(strayWarnings(article.file, line, prose, article.script, variant));
			if (article.script === 'zh-Hans')
				flags = flags.concat(
					nameList ? nameListFlags(line, text, toTraditional) : reviewFlags(line, text, toTraditional, names?.paragraphs.get(text)?.words, frontmatter),
				);
			// Compared as the edition prints them: 衛生 and 衞生 are one spelling in an edition that writes one of them.
			else collectSpellings(spellings, article.file, line, inVariant(prose, variant), glossary.find(text), variant);
		});
		// One question per distinct word and article, at its first occurrence, in line order with the other warnings.
		const articleProblems = capStray(stray, article.script).concat(
			oncePerDocument(flags, names).map((flag) => reviewWarning(article.file, flag, variant, names)),
		);
		problems = problems.concat(articleProblems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
	}
	return problems.concat(inconsistentSpellings(spellings));
}

// Frontmatter fields that readers see, converted like the text; the others (ids, dates, the glossary) are not prose.
const TEXT_FIELDS = new Set(['title', 'summary', 'source', 'authors', 'photographers', 'corrections', 'imageAlt', 'imageCaption']);
// Fields that list people, whose names the build converts one at a time (src/view/article-view.ts).
const NAME_FIELDS = new Set(['authors', 'photographers']);

/** The lines of an article that are converted, with their line numbers: code blocks and code spans are left out (blanked), and so are frontmatter fields that are not text. */
function proseLines(text: string): Array<{ line: number; text: string; frontmatter?: boolean; names?: boolean }> {
	const lines: Array<{ line: number; text: string; frontmatter?: boolean; names?: boolean }> = [];
	let inFence = false;
	let frontmatter = false;
	let field = '';
	text.split(/\r?\n/).forEach((raw, index) => {
		if (raw.trim() === '---' && (index === 0 || frontmatter)) {
			frontmatter = index === 0;
			return;
		}
		if (frontmatter) {
			field = /^([A-Za-z]+)\s*:/.exec(raw)?.[1] ?? field;
			if (TEXT_FIELDS.has(field)) lines.push({ line: index + 1, text: raw, frontmatter: true, names: NAME_FIELDS.has(field) });
		} else if (/^\s*(```|~~~)/.test(raw)) inFence = !inFence;
		else if (!inFence) lines.push({ line: index + 1, text: blankCodeSpans(raw) });
	});
	return lines;
}

/**
 * The sentence around offset `index`, shortened to about 40 characters around it, with the character at `index` in
 * brackets where the sentence has it more than once (trial-40: which of 手术台、护士站台面's 台: 手术[台]).
 */
function sentenceAround(text: string, index: number): string {
	const start =
		Math.max(text.lastIndexOf('。', index - 1), text.lastIndexOf('！', index - 1), text.lastIndexOf('？', index - 1), text.lastIndexOf('；', index - 1)) + 1;
	const ends = ['。', '！', '？', '；'].map((mark) => text.indexOf(mark, index)).filter((i) => i >= 0);
	const end = ends.length > 0 ? Math.min(...ends) + 1 : text.length;
	const from = Math.max(start, index - 20);
	const to = Math.min(end, index + 20);
	const shown = text.slice(from, to);
	const char = text[index]!;
	const marked = shown.indexOf(char) !== shown.lastIndexOf(char) ? `${text.slice(from, index)}[${char}]${text.slice(index + 1, to)}` : shown;
	return `${from > start ? '…' : ''}${marked.trim()}${to < end ? '…' : ''}`;
}

/**
 * The flagged sentence as the first part of a longer message: a clause mark it ends with (；，：) gives way to the `；`
 * that joins the next part, and a sentence that ends (。！？…) needs no joint, so no `；；` or `。；`.
 */
export function sentenceThen(sentence: string): { clause: string; joint: string } {
	const clause = sentence.replace(/[；;，,、：:]+$/, '');
	return { clause, joint: /[。！？!?…]$/.test(clause) ? '' : '；' };
}

/** The forms a reviewed character could take instead of the chosen one, in the edition's standard, with what each means. */
function otherForms(choice: ReviewChoice, variant: TraditionalVariant): Array<{ form: string; sense?: string }> {
	const regional = (form: string) => regionalForms(variant)?.convert(form) ?? form;
	const senses = reviewCharacters().get(choice.source);
	const surname = nameData().surnameForms.get(choice.source);
	// A surname's form comes first where a name may stand, not where a count does (一台风机: 臺 the measure word).
	const listed: Array<{ form: string; sense?: string }> =
		choice.doubt === 'context' && choice.reason !== 'count' && surname ? [{ form: regional(surname), sense: '姓氏' }] : [];
	for (const [form, sense] of senses ?? []) listed.push({ form: regional(form), sense });
	if (!senses) for (const form of choice.forms) listed.push({ form });
	const seen = new Set([choice.chosen]);
	return listed.filter(({ form }) => !seen.has(form) && seen.add(form));
}

/** A flag of the review list on one line of an article, with the line's number and its conversion. */
interface LineFlag extends DocumentFlag {
	choice: ReviewChoice;
	line: number;
	converted: string;
	/** Whether the line is a frontmatter field's, where a fix is YAML too. */
	frontmatter: boolean;
}

/**
 * What a question says of why it asks, before the other forms: the review list's reason in words an editor reads. A
 * phrase in doubt is named, since the converter did have a word there and the question is whether it applies.
 */
const REASONS: Record<ReviewReason, Message> = {
	guess: { zh: '這裡沒有詞語、詞表或規則能確定，選了{chosen}', en: 'no word, glossary entry or rule decides here; chose {chosen}' },
	'two-words': {
		zh: '按詞語「{phrase}」選了{chosen}，但這裡的「{phrase}」可能是分開的兩個詞',
		en: 'chose {chosen} for the word "{phrase}", but "{phrase}" may be two separate words here',
	},
	overlap: {
		zh: '按詞語「{phrase}」選了{chosen}，但連同前後的字也能讀成另一個寫法不同的詞',
		en: 'chose {chosen} for the word "{phrase}", but with the characters around it another word reads here that writes it otherwise',
	},
	'name-or-word': {
		zh: '當作人名選了{chosen}，但從「{char}」起也能讀成一個詞',
		en: 'chose {chosen} as in a name, but a word starting at "{char}" reads here as well',
	},
	'given-name': {
		zh: '這裡是人名，人名裡這個字幾種寫法都有，選了{chosen}',
		en: 'this is a name, and names write this character either way; chose {chosen}',
	},
	name: { zh: '選了{chosen}，但看前後文這裡可能是人名', en: 'chose {chosen}, but a name may stand here' },
	// trial-40: a question about the form, not a doubt about the name (4岁的钟小谷 plainly is one).
	'not-name': {
		zh: '按人名的寫法選了{chosen}，請確認這裡是哪一種寫法',
		en: 'chose {chosen}, the form names take; check which form this place needs',
	},
	count: {
		zh: '選了{chosen}，但前面有數目或「這、那」，另一種寫法也說得通',
		en: 'chose {chosen}, but it follows a number or a demonstrative, where the other form reads as well',
	},
	localizer: {
		zh: '按詞語「{phrase}」選了{chosen}，但它在地名後面，多半是「在……裡面」的意思',
		en: 'chose {chosen} for the word "{phrase}", but after the name of a place it most often means "in"',
	},
	'place-name': {
		zh: '選了{chosen}，但後面是巷、街、集、菜市場或門牌，這裡可能是地名的一部分',
		en: 'chose {chosen}, but a lane, a street, a market town, a food market or a house number follows: this may be part of a place name',
	},
	list: {
		zh: '按詞語「{phrase}」選了{chosen}，但並列的上一項把同一個字寫成另一種',
		en: 'chose {chosen} for the word "{phrase}", but the item before it in the list writes the same character otherwise',
	},
	deed: {
		zh: '按「{char}的」選了{chosen}，但這裡讀作「（誰）做的」也通',
		en: 'chose {chosen} for "{char}的", but it may mean "what someone did" here',
	},
};

/** The review list's flags on one line; `words` are ICU's words of it if namesIn read them (the converter adds to them). */
function reviewFlags(line: number, text: string, convert: TracedConvert, words?: TextWords, frontmatter = false): LineFlag[] {
	if (!HAN.test(text)) return [];
	const choices: Choice[] = [];
	const converted = convert(text, choices);
	return choicesToReview(choices, text, words).map((choice) => ({ choice, text, line, converted, frontmatter }));
}

/**
 * The review list of a line of names (`authors: [余丽华, 钟晓红]`), each name asked about as the build converts it, alone
 * (trial-45: the whole line read 余 before 丽华 as 餘 and asked about a choice the page never made).
 */
function nameListFlags(line: number, text: string, convert: TracedConvert): LineFlag[] {
	const value = text.indexOf(':') + 1;
	let converted = text;
	const flags: Array<Omit<LineFlag, 'converted'>> = [];
	for (const name of text.slice(value).matchAll(NAME_RUN)) {
		const at = value + name.index;
		const choices: Choice[] = [];
		const written = convert(name[0], choices);
		converted = converted.slice(0, at) + written + converted.slice(at + written.length);
		// A list of people starts each item with a surname: 余 in 余干明 is no 餘 of a word 余干 there.
		const surnameFirst = (choice: Choice) => choice.index === 0 && nameData().surnameForms.get(choice.source) === choice.chosen;
		for (const choice of choicesToReview(choices, name[0]).filter((choice) => !surnameFirst(choice))) {
			const phrase = choice.phrase && { start: choice.phrase.start + at, end: choice.phrase.end + at };
			flags.push({ choice: { ...choice, index: choice.index + at, phrase }, text, line, frontmatter: true });
		}
	}
	return flags.map((flag) => ({ ...flag, converted }));
}

// A name in a list of names: Han characters and the dot of transliterated names (阿依古丽·买买提).
const NAME_RUN = /[\u3400-\u9fff\uf900-\ufaff·]+/gu;

/**
 * The fix's other form of a surname asked about as one (县长于里谷: 於裡谷 → 于里谷): the name it begins, its given name's
 * characters in the forms names take (里, 谷, 發, 豐, 松, 雲), not as the converter wrote them around the preposition.
 */
function nameAsName(choice: Choice, text: string, start: number, end: number, variant: TraditionalVariant, other: string): string {
	const { surnameForms, givenForms } = nameData();
	if (choice.doubt !== 'context' || choice.index !== start || !surnameForms.has(choice.source) || surnameForms.get(choice.source) === choice.chosen)
		return other;
	const regional = (form: string) => regionalForms(variant)?.convert(form) ?? form;
	return [...other]
		.map((char, k) => (k === 0 ? char : givenForms.has(text[start + k]!) ? regional(givenForms.get(text[start + k]!)!) : char))
		.join('')
		.slice(0, end - start);
}

/**
 * A marker for the word at `[start, end)` of a frontmatter line, as it can be pasted there (trial-40: pasted into
 * `authors: [...]` unquoted, its braces and commas broke the YAML): an item of a flow list or a whole value, quoted.
 */
function yamlFix(text: string, start: number, end: number, marker: string): string {
	const open = text.lastIndexOf('[', start);
	const close = text.indexOf(']', end);
	if (open >= 0 && close >= 0 && !text.slice(open, start).includes(']')) {
		const from = Math.max(text.lastIndexOf(',', start - 1), open) + 1;
		const to = [text.indexOf(',', end), close].filter((at) => at >= 0).reduce((a, b) => Math.min(a, b));
		const item = text.slice(from, to).trim();
		if (/^(["']).*\1$/.test(item)) return marker;
		const before = text.slice(from, start).trimStart();
		return JSON.stringify(before + marker + text.slice(end, to).trimEnd());
	}
	const value = /^\s*(?:[A-Za-z]+\s*:|-)\s+(.*)$/.exec(text)?.[1]?.trim();
	return value === text.slice(start, end) ? JSON.stringify(marker) : marker;
}

/** The warning for a flag, with the later occurrences of its word in the article, if any, counted with their lines. */
function reviewWarning(
	file: string,
	{ choice, text, line, converted, repeats, frontmatter }: LineFlag & { repeats: LineFlag[] },
	variant: TraditionalVariant,
	names?: ReadonlySet<string>,
): Problem {
	const { start, end } = reviewedWord(text, choice, names);
	const word = text.slice(start, end);
	const others = otherForms(choice, variant);
	const written = converted.length === text.length ? converted.slice(start, end) : word;
	const other = nameAsName(
		choice,
		text,
		start,
		end,
		variant,
		written.slice(0, choice.index - start) + others[0]!.form + written.slice(choice.index - start + 1),
	);
	const chosenSense = [...(reviewCharacters().get(choice.source) ?? [])].find(
		([form]) => (regionalForms(variant)?.convert(form) ?? form) === choice.chosen,
	)?.[1];
	const sentence = sentenceAround(text, choice.index);
	const why = editorMessage(REASONS[choice.reason], {
		char: choice.source,
		chosen: chosenSense ? `「${choice.chosen}」（${chosenSense}）` : `「${choice.chosen}」`,
		phrase: choice.phrase ? text.slice(choice.phrase.start, choice.phrase.end) : word,
	});
	const values = {
		char: choice.source,
		why,
		others: others.map(({ form, sense }) => (sense ? `「${form}」（${sense}）` : `「${form}」`)).join('或'),
		sentence,
		...sentenceThen(sentence),
		word,
		written,
		other,
		marker: frontmatter ? yamlFix(text, start, end, `-{zh-hans:${word};zh-hant:${other}}-`) : `-{zh-hans:${word};zh-hant:${other}}-`,
		pair: `{ hant: ${other}, hans: ${word} }`,
		count: String(repeats.length),
		lines: [...new Set(repeats.map((repeat) => repeat.line))].join('、'),
	};
	const message =
		repeats.length === 0
			? {
					zh: '「{char}」有幾種繁體寫法，{why}，也可能是{others}：{sentence}',
					en: '"{char}" has several Traditional forms; {why}; could be {others}: {sentence}',
				}
			: {
					zh: '「{char}」有幾種繁體寫法，{why}，也可能是{others}：{clause}{joint}本篇另有 {count} 處「{word}」（第 {lines} 行），同樣寫成「{written}」',
					en: '"{char}" has several Traditional forms; {why}; could be {others}: {clause}; "{word}" occurs {count} more time(s) in this article (line {lines}), written "{written}" too',
				};
	const hint =
		repeats.length === 0
			? {
					zh: '若「{written}」應作「{other}」，把它寫成 {marker}，或在 content/glossary.yaml 加上 {pair}',
					en: 'if "{written}" should be "{other}", write it as {marker}, or add {pair} to content/glossary.yaml',
				}
			: {
					zh: '若「{written}」應作「{other}」，在文章的 glossary 欄位或 content/glossary.yaml 加上 {pair}，本篇各處都會改；只改一處就把它寫成 {marker}',
					en: 'if "{written}" should be "{other}", add {pair} to the article\'s glossary field or to content/glossary.yaml and every occurrence changes; for one of them only, write it as {marker}',
				};
	return { file, line, severity: 'warning', message: editorMessage(message, values), hint: editorMessage(hint, values) };
}

/** How many stray characters an article is warned of one by one: a pasted page of the other script would give thousands. */
const MAX_STRAY_WARNINGS = 20;

/** An article's stray-character warnings: the first MAX_STRAY_WARNINGS, then one saying how many more and how to fix them all. */
function capStray(warnings: Problem[], script: Script): Problem[] {
	if (warnings.length <= MAX_STRAY_WARNINGS) return warnings;
	const next = warnings[MAX_STRAY_WARNINGS]!;
	const count = warnings.length - MAX_STRAY_WARNINGS;
	return warnings.slice(0, MAX_STRAY_WARNINGS).concat({
		file: next.file,
		line: next.line,
		severity: 'warning',
		message: editorMessage(
			script === 'zh-Hant'
				? { zh: '這篇繁體文章從第 {line} 行起還有 {count} 處簡體字', en: 'this Traditional article has {count} more Simplified characters from line {line} on' }
				: {
						zh: '這篇簡體文章從第 {line} 行起還有 {count} 處繁體字',
						en: 'this Simplified article has {count} more Traditional characters from line {line} on',
					},
			{ count, line: next.line ?? 1 },
		),
		hint: editorMessage({
			zh: '文字多半是從另一種字體的網頁貼來的：把整篇換成文章的字體（或把文章的 lang 改成這種字體），再執行 npm run check',
			en: "the text was likely pasted from a page in the other script: convert the whole article to the article's script (or change its lang to that script) and run npm run check again",
		}),
	});
}

/** The warnings of one line's characters of the other script, each with its word and the fix. */
function strayWarnings(file: string, line: number, text: string, script: Script, variant: TraditionalVariant): Problem[] {
	const stray = strayCharacters(text, script, variant);
	if (stray.length === 0) return [];
	const fixed = fixStrayCharacters(text, script, variant);
	const reported = new Set<number>();
	const problems: Problem[] = [];
	const words = [...segmenter.segment(text)];
	// The stray characters in order, each one's word found walking on from the last one's: one pass, not a search per character.
	let at = 0;
	for (const index of [...stray].sort((a, b) => a - b)) {
		// The word with the stray character, and the next one if it is a single character (请居民, not 请).
		while (words[at]!.index + words[at]!.segment.length <= index) at++;
		const start = words[at]!.index;
		const last = words[at]!.segment.length === 1 && words[at + 1] && HAN.test(words[at + 1]!.segment) ? words[at + 1]! : words[at]!;
		const end = last.index + last.segment.length;
		if (reported.has(start)) continue;
		reported.add(start);
		const word = text.slice(start, end);
		const fix = fixed.length === text.length ? fixed.slice(start, end) : word;
		problems.push({
			file,
			line,
			severity: 'warning',
			message: editorMessage(
				script === 'zh-Hant'
					? { zh: '繁體文章裡的「{word}」有簡體字「{char}」', en: '"{word}" in a Traditional article has the Simplified character "{char}"' }
					: { zh: '簡體文章裡的「{word}」有繁體字「{char}」', en: '"{word}" in a Simplified article has the Traditional character "{char}"' },
				{
					word,
					char: text[index]!,
				},
			),
			hint: editorMessage(
				script === 'zh-Hant'
					? { zh: '繁體版會印成「{fix}」；請把原文改成「{fix}」', en: 'the Traditional edition will print "{fix}"; change the text to "{fix}"' }
					: { zh: '簡體版會印成「{fix}」；請把原文改成「{fix}」', en: 'the Simplified edition will print "{fix}"; change the text to "{fix}"' },
				{ fix },
			),
		});
	}
	return problems;
}

/**
 * Adds each run of three Han characters of a Traditional line, as the edition prints it, under its Simplified form to
 * `into`. Which of them are other spellings of one word is settled later, for the few runs written two ways
 * (inconsistentSpellings), so only their lines are segmented into words.
 */
function collectSpellings(
	into: Map<string, Occurrence[]>,
	file: string,
	line: number,
	text: string,
	glossaryTerms: Array<{ start: number; end: number }>,
	variant: TraditionalVariant,
): void {
	const normal = toSimplified(text);
	if (normal.length !== text.length) return;
	const covered = (i: number) => glossaryTerms.some(({ start, end }) => start < i + 3 && i < end);
	for (let i = 0; i + 3 <= text.length; i++) {
		const window = text.slice(i, i + 3);
		if (![...window].every((c) => HAN.test(c)) || window === normal.slice(i, i + 3)) continue;
		const key = normal.slice(i, i + 3);
		const list = into.get(key) ?? [];
		list.push({ file, line, form: window, covered: covered(i), text, at: i, variant });
		into.set(key, list);
	}
}

/** A line's ICU words (the start and end of the word around each offset) and its stray characters. */
interface LineWords {
	start: Int32Array;
	end: Int32Array;
	stray: Set<number>;
}

/** The words and stray characters of a Traditional line, read once per line however many of its runs ask. */
function lineWords(cache: Map<string, LineWords>, text: string, variant: TraditionalVariant): LineWords {
	let known = cache.get(text);
	if (known) return known;
	known = { start: new Int32Array(text.length), end: new Int32Array(text.length), stray: new Set(strayCharacters(text, 'zh-Hant', variant)) };
	for (const { segment, index } of segmenter.segment(text))
		for (let k = index; k < index + segment.length; k++) {
			known.start[k] = index;
			known.end[k] = index + segment.length;
		}
	cache.set(text, known);
	return known;
}

/**
 * Whether a run is another spelling of the word it looks like, at the offsets where the spellings differ: a name (葉其發,
 * which ICU cuts into characters) is compared as the run, but a character whose word reaches out of the run (一併提供
 * against 並提供, which both give 并提供) is no other spelling of it, and a run with a stray character is left to that
 * warning (環境卫 beside 環境衞) (trial-42).
 */
function spelling(cache: Map<string, LineWords>, o: Occurrence, differs: readonly number[]): boolean {
	const words = lineWords(cache, o.text, o.variant);
	return differs.every((k) => words.start[o.at + k]! >= o.at && words.end[o.at + k]! <= o.at + 3) && ![0, 1, 2].some((k) => words.stray.has(o.at + k));
}

/** Whether a run begins and ends where words do, so that a glossary pair of it changes whole words only. */
function ofWholeWords(cache: Map<string, LineWords>, o: Occurrence): boolean {
	const words = lineWords(cache, o.text, o.variant);
	return words.start[o.at] === o.at && words.end[o.at + 2] === o.at + 3;
}

function inconsistentSpellings(spellings: Map<string, Occurrence[]>): Problem[] {
	const problems: Problem[] = [];
	const reported = new Set<string>();
	const cache = new Map<string, LineWords>();
	for (const [simplified, all] of spellings) {
		if (all.every((o) => o.form === all[0]!.form)) continue;
		const differs = [0, 1, 2].filter((k) => all.some((o) => o.form[k] !== all[0]!.form[k]));
		const occurrences = all.filter((o) => spelling(cache, o, differs));
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
				message: editorMessage(
					{
						zh: '「{form}」在別處寫作「{usual}」{count} 次；兩者的簡體都是「{simplified}」',
						en: '"{form}" is written "{usual}" {count} times elsewhere; both are "{simplified}" in Simplified',
					},
					{
						form: o.form,
						usual,
						count: String(counts.get(usual)),
						simplified,
					},
				),
				// A glossary pair of a run that cuts a word would change that word wherever it is written (並提供 in 一併提供).
				hint: editorMessage(
					ofWholeWords(cache, o)
						? {
								zh: '若是同一個詞，請改正；或在 content/glossary.yaml 加上 {pair}，兩個版本都會印「{usual}」',
								en: 'if it is the same word, correct it; or add {pair} to content/glossary.yaml and both editions print "{usual}"',
							}
						: { zh: '若是同一個詞，請在原文改正', en: 'if it is the same word, correct it in the text' },
					{
						pair: `{ hant: ${usual}, hans: ${simplified} }`,
						usual,
					},
				),
			});
		}
	}
	return problems;
}
