import { carriedNames, contextChoices, documentThemes, readPeople, type ContextChoices, type DocumentThemes, type PeopleReading } from './context-rules.ts';
import { once, regionalForms, simplifiedTables, traditionalForms } from './opencc-tables.ts';
import { PhraseTrie } from './phrase-trie.ts';
import { projectPhrases } from './project-dictionary.ts';
import type { TraditionalVariant } from '../core/scripts.ts';
import { keepsToWords, RUN, TextWords } from './word-boundaries.ts';

/**
 * What settled the Traditional form of a character with several: a phrase of OpenCC's dictionary, the project's
 * dictionary, a context rule, or only the one-character default.
 */
type SettledBy = 'phrase' | 'dictionary' | 'rule' | 'default';

/** The converter's choice for one Simplified character that has several Traditional forms. */
export interface Choice {
	/** Offset of the character in the text (the output has the same length). */
	index: number;
	source: string;
	chosen: string;
	/** Every form the character can take, in the edition's regional standard, the chosen one included. */
	forms: string[];
	settledBy: SettledBy;
	/** Why the choice is less sure than what settled it suggests, if it is. */
	doubt?: Doubt;
	/** Where the phrase that settled it stands in the text (offsets, end excluded), if a phrase did: the word the review list names. */
	phrase?: { start: number; end: number };
}

/**
 * Why a settled choice is still a guess: the phrase is two characters that ICU reads as two words (又干 in 湿了又干),
 * another phrase overlapping it writes the character otherwise (站台 and 台面 in 护士站台面, 地面 and 面粉 in 地面粉尘) or,
 * for a rule's choice, a word starting at the character does (范围 in 医师范围), or the context rules
 * suspect another form where a word took the character: a surname where names stand (余生华是, 由于主任), a measure
 * word after a number (5只有).
 */
type Doubt = 'two-words' | 'overlap' | 'context';

/**
 * Converts Simplified text to Traditional; when `choices` is given, also lists how each one-to-many character was
 * settled. `names` are names found elsewhere in the same document (namesIn), written as names wherever they stand.
 */
export type ToTraditional = (text: string, choices?: Choice[], names?: ReadonlySet<string>) => string;

const tables = once(() => {
	const { phraseDictionaries, defaults } = simplifiedTables();
	const opencc = new PhraseTrie();
	// Phrases that write a character differently from its one-character default are marked: only they need word boundaries.
	const changesDefault = (source: string, value: string) =>
		source.length !== value.length || [...source].some((char, k) => (defaults.get(char) ?? char) !== value[k]);
	for (const dictionary of phraseDictionaries) opencc.addOpenccDictionary(dictionary, changesDefault);
	const project = new PhraseTrie();
	// One-character entries of the project's dictionary are what the character means standing alone as a word (系 → 係).
	const alone = new Map<string, string>();
	for (const { hans, hant } of projectPhrases()) {
		if (hans.length === 1) alone.set(hans, hant);
		else project.add(hans, hant, changesDefault(hans, hant));
	}
	return { opencc, project, alone, phrases: [opencc, project] as const };
});

/**
 * The project's Simplified → Traditional converter: OpenCC's phrase and character dictionaries, with four changes, each
 * measured on the golden set (docs/conversion.md): a phrase is only used where it keeps to ICU's word boundaries (so
 * 奖金发放 is not read as 金发 "blond"); the project's dictionary (src/convert/data/phrases.tsv) settles its words first
 * and no OpenCC phrase may cut across them; a one-character word takes the project's form for it standing alone (系 →
 * 係); and context rules settle what no phrase can (3天后 → 3天後, 钟南山院士 → 鍾南山院士).
 */
export function toTraditional(variant: TraditionalVariant): ToTraditional {
	let converter = converters.get(variant);
	if (!converter) converters.set(variant, (converter = makeToTraditional(variant)));
	return converter;
}

const converters = new Map<TraditionalVariant, ToTraditional>();

/**
 * The names of people (of three characters) that the context rules find in any paragraph of a Simplified document, so
 * that the same names are written as names in its other paragraphs, where nothing around them says they are names.
 */
export function namesIn(document: string): DocumentNames {
	const { phrases } = tables();
	const names = new DocumentNames();
	names.themes = documentThemes(document);
	for (const paragraph of document.split(/\n+/)) {
		if (paragraph.trim() === '') continue;
		const words = new TextWords(paragraph);
		const people = readPeople(paragraph, phrases, words);
		names.paragraphs.set(paragraph, { words, people });
		for (const name of carriedNames(paragraph, people.spans)) names.add(name);
	}
	return names;
}

/**
 * The names namesIn found in a document, with what it read of each paragraph: ICU's words and the people in it. The
 * converter given these names takes both for a text that is one of those paragraphs (as the lint's lines are) instead
 * of asking ICU and the name rules again; only the count rules are left to run.
 */
export class DocumentNames extends Set<string> {
	readonly paragraphs = new Map<string, { words: TextWords; people: PeopleReading }>();
	/** What the whole document is about, for paragraphs that do not say it themselves. */
	themes: DocumentThemes | undefined;
}

function makeToTraditional(variant: TraditionalVariant): ToTraditional {
	const { defaults } = simplifiedTables();
	const { opencc, project, alone, phrases } = tables();
	// Indexed by character code, so that the hot loops make no string of each character and look up no Map.
	const defaultsByCode = byCode([...defaults].filter(([char]) => char.length === 1));
	const aloneByCode = byCode([...alone]);
	const regional = regionalForms(variant);
	const forms = traditionalForms();
	const standard = variant === 'tw' ? taiwanStandard : (text: string) => text;
	const regionalForm = (char: string) => standard(regional ? regional.convert(char) : char);
	const formsOf = (char: string) => [...new Set(forms.get(char)!.map(regionalForm))];

	return (text, choices, names) => {
		const read = names instanceof DocumentNames ? names.paragraphs.get(text) : undefined;
		const words = read?.words ?? new TextWords(text);
		const context = contextChoices(text, phrases, words, names, read?.people, names instanceof DocumentNames ? names.themes : undefined);
		// The settled offsets in order, handed to each run as the runs come in order: a long article has hundreds of
		// settled characters and runs, and looking through all of them for each run was a tenth of its time.
		const ruleOffsets = context.settled.size > 0 ? [...context.settled.keys()].sort((a, b) => a - b) : NO_OFFSETS;
		let nextRule = 0;
		let out = '';
		let copied = 0;
		for (const run of text.matchAll(RUN)) {
			const end = run.index + run[0].length;
			const first = nextRule;
			while (nextRule < ruleOffsets.length && ruleOffsets[nextRule]! < end) nextRule++;
			const inRun = first === nextRule ? NO_OFFSETS : ruleOffsets.slice(first, nextRule).filter((index) => index >= run.index);
			out += text.slice(copied, run.index) + convertRun(run[0], run.index, context, inRun, words, choices);
			copied = end;
		}
		out += text.slice(copied);
		const result = standard(regional ? regional.convert(out) : out);
		if (choices) for (const choice of choices) ((choice.chosen = result[choice.index] ?? choice.chosen), (choice.forms = formsOf(choice.source)));
		return result;
	};

	function convertRun(
		run: string,
		offset: number,
		{ settled: rules, doubtful }: ContextChoices,
		rulesInRun: readonly number[],
		words: TextWords,
		choices: Choice[] | undefined,
	): string {
		// Word boundaries only matter where a phrase would write a character differently from its default, where the
		// project's dictionary has a word, or for a character the project writes differently standing alone; segmenting
		// is the costliest step, so other runs are not segmented.
		const starts = needsBoundaries(run, choices !== undefined) ? words.ofRun(offset, run).slice() : undefined;
		// Most runs have nothing settled before the phrases; they share one empty map instead of allocating their own.
		const settled = rulesInRun.length > 0 || starts ? new Map<number, { form: string; by: SettledBy }>() : NOTHING_SETTLED;
		for (const index of rulesInRun) settled.set(index - offset, { form: rules.get(index)!, by: 'rule' });
		if (starts) settleProjectWords(run, starts, settled);
		// Without boundaries or a trace, every character takes its default or what the rules settled.
		if (!starts && !choices) return convertPlain(run, settled);
		let out = '';
		let copied = 0;
		// One function for the whole run rather than one per position: it reads the position from `i`.
		let i = 0;
		const accept = (end: number, value: string) => end - i > 1 && agrees(i, value, settled) && (!starts || keepsToWords(starts, i, end));
		while (i < run.length) {
			const code = run.charCodeAt(i);
			const accepted = opencc.starts(code) ? opencc.longestWhere(run, i, accept) : undefined;
			if (accepted) {
				// agrees() made sure the phrase writes every settled character as settled.
				out += run.slice(copied, i) + accepted.value;
				if (choices && accepted.value.length === accepted.end - i) {
					for (let k = i; k < accepted.end; k++)
						record(choices, run, offset, words, doubtful, k, accepted.value[k - i]!, settled.get(k)?.by ?? 'phrase', i, accepted.end);
				}
				i = copied = accepted.end;
				continue;
			}
			// A character outside the Basic Multilingual Plane (𣨼) is two code units, converted as one.
			const width = isHighSurrogate(code) && i + 1 < run.length ? 2 : 1;
			const own = settled.get(i);
			const single = width === 1 ? standalone(code, i, starts) : undefined;
			const form = own?.form ?? single ?? (width === 1 ? defaultsByCode[code] : defaults.get(run.slice(i, i + 2)));
			if (form !== undefined) {
				out += run.slice(copied, i) + form;
				copied = i + width;
			}
			if (choices && width === 1) record(choices, run, offset, words, doubtful, i, form ?? run[i]!, own?.by ?? (single ? 'dictionary' : 'default'), i, i + 1);
			i += width;
		}
		return copied === 0 ? run : out + run.slice(copied);
	}

	/** Adds the choice made for offset `k` of a run, if its character has several forms. */
	function record(
		choices: Choice[],
		run: string,
		offset: number,
		words: TextWords,
		doubtful: Set<number>,
		k: number,
		form: string,
		settledBy: SettledBy,
		start: number,
		end: number,
	): void {
		const source = run[k]!;
		if (!forms.has(source)) return;
		const doubt = doubtOf(run, offset, words, start, end, k, form, settledBy, doubtful);
		const choice: Choice = { index: offset + k, source, chosen: form, forms: [], settledBy, doubt };
		if (settledBy === 'phrase') choice.phrase = { start: offset + start, end: offset + end };
		choices.push(choice);
	}

	/**
	 * A run in which no phrase that changes a default starts, converted character by character: the path most runs take.
	 * OpenCC's longest match would write the same, since every other phrase writes each of its characters as the
	 * character's default (a phrase with a character outside the Basic Multilingual Plane always counts as changing one);
	 * with characters the rules `settled`, a phrase that agrees with them writes the rest as defaults and one that does
	 * not is refused, so those characters and the defaults are again what the longest match would write.
	 */
	function convertPlain(run: string, settled: ReadonlyMap<number, { form: string }> = NOTHING_SETTLED): string {
		let out = '';
		let copied = 0;
		for (let i = 0; i < run.length;) {
			const code = run.charCodeAt(i);
			const width = isHighSurrogate(code) && i + 1 < run.length ? 2 : 1;
			const own = settled.size > 0 ? settled.get(i)?.form : undefined;
			const form = own ?? (width === 1 ? defaultsByCode[code] : defaults.get(run.slice(i, i + 2)));
			if (form !== undefined) {
				out += run.slice(copied, i) + form;
				copied = i + width;
			}
			i += width;
		}
		return copied === 0 ? run : out + run.slice(copied);
	}

	/**
	 * The project's words in a run, longest first, become settled characters and words of their own: ICU does not know
	 * some of them (一刻/钟, 为邻/里), and no OpenCC phrase may cut across them.
	 */
	function settleProjectWords(run: string, starts: Uint8Array, settled: Map<number, { form: string; by: SettledBy }>): void {
		for (let i = 0; i < run.length; i++) {
			if (!project.starts(run.charCodeAt(i))) continue;
			const [word] = project.matchesAt(run, i);
			if (!word || endsWordBefore(run, starts, i, word.value[0]!)) continue;
			for (let k = i; k < word.end; k++) {
				if (!settled.has(k)) settled.set(k, { form: word.value[k - i]!, by: 'dictionary' });
				if (k > i) starts[k] = 0;
			}
			starts[i] = starts[word.end] = 1;
			i = word.end - 1;
		}
	}

	/**
	 * Whether an OpenCC word that ICU reads ends at `k` after starting before it and writes that character otherwise than
	 * `form` (恢复 + 采摘 against the project's 复采): the project word starting there cuts a word ICU and OpenCC agree on.
	 */
	function endsWordBefore(run: string, starts: Uint8Array, k: number, form: string): boolean {
		if (!starts[k + 1]) return false;
		for (let j = Math.max(0, k - 3); j < k; j++)
			if (
				starts[j] &&
				opencc
					.matchesAt(run, j, k + 1)
					.some((match) => match.end === k + 1 && match.value.length === k + 1 - j && match.value[k - j] !== form && oneWord(starts, j, k + 1))
			)
				return true;
		return false;
	}

	/** The project's form for a character (by code) that ICU reads as a word on its own, if it has one. */
	function standalone(code: number, k: number, starts: Uint8Array | undefined): string | undefined {
		return starts && starts[k] && starts[k + 1] ? aloneByCode[code] : undefined;
	}

	/**
	 * Whether any phrase in the run would write a character differently from its default, or the project has something to
	 * say about the run. A project word that writes only defaults (解封, 折合) matters only where some phrase would: it
	 * keeps that phrase from being read across it; but with a trace (`traced`) it also says what settled its characters.
	 */
	function needsBoundaries(run: string, traced: boolean): boolean {
		for (let i = 0; i < run.length; i++) {
			const code = run.charCodeAt(i);
			if (aloneByCode[code] !== undefined || opencc.markedAt(run, i)) return true;
			if (project.starts(code) && (traced ? project.longestAt(run, i) !== undefined : project.markedAt(run, i))) return true;
		}
		return false;
	}

	/** Why the choice for offset `k` of a run (settled by what covers `[start, end)`) is still a guess, if it is. */
	function doubtOf(
		run: string,
		offset: number,
		words: TextWords,
		start: number,
		end: number,
		k: number,
		form: string,
		settledBy: SettledBy,
		doubtful: Set<number>,
	): Doubt | undefined {
		// The rules leave doubtful none of what they settled but a given name's character that names write either way (钟秋谷).
		if (doubtful.has(offset + k)) return 'context';
		if (settledBy === 'rule') return wordDisagrees(run, words.ofRun(offset, run), k, form) ? 'overlap' : undefined;
		if (settledBy !== 'phrase') return undefined;
		const starts = words.ofRun(offset, run);
		// Only the second character is in doubt: the first may belong to the word before (书上 + 签下, 一 + 出便, 叶长 +
		// 发), while a character that opens such a pair is nearly always the start of a word ICU does not know (签约,
		// 复方, 干粮).
		// But a particle (了, 着, 过) makes no word with what it follows, so a phrase over the two vouches for nothing: 干了 in
		// 自然就干了 is as much a guess as 干 alone. After 的 the first character belongs to no word before: the pair is a
		// noun ICU does not know (的米面, 的长发).
		if (end - start === 2 && twoWords(starts, start) && (PARTICLE.test(run[start + 1]!) || (k === start + 1 && mayJoinBefore(run, start)))) return 'two-words';
		return overlapDisagrees(run, starts, start, end, k, form) ? 'overlap' : undefined;
	}

	/**
	 * Whether another phrase over the character at `k` writes it otherwise than `form`, the phrase `[start, end)` chose:
	 * one starting inside it and running past its end (台面 against 站台 in 护士站台面), or one reaching in from before
	 * that starts where ICU starts a word (地面 against 面粉 in 地面粉尘, 晒干 against 干部 in 晒干部分), so that the
	 * text reads both ways. One that would cut into a word before it is not asked about: 多只 in 最多只能, an everyday
	 * phrase, would be flagged in report after report. Nor is one whose part outside the chosen phrase is not made of
	 * words of one character that ICU reads: ICU is sure of a longer word (制作 in 控制/作为, 台风险 in 平台/风险), and
	 * is unsure only of single characters (面 in 站台/面, 地 in 地/面粉); nor one whose outside part is a localizer, which
	 * belongs to the noun before it (签上 in 标签/上, 上签 in 会议/上/签订).
	 */
	function overlapDisagrees(run: string, starts: Uint8Array, start: number, end: number, k: number, form: string): boolean {
		const readsBothWays = (j: number, past: number) => {
			const [from, to] = j < start ? [j, start] : [end, past];
			for (let i = from; i <= to; i++) if (!starts[i]) return false;
			return !(to - from === 1 && LOCALIZER.test(run[from]!));
		};
		const otherwise = (j: number, past: number) =>
			opencc
				.matchesAt(run, j)
				.some((match) => match.end > past && match.value.length === match.end - j && match.value[k - j] !== form && readsBothWays(j, match.end));
		// Nor one running out of it into a word of grammar where ICU reads the chosen phrase whole (制为 against 控制 in
		// 控制/为主): the phrase would take the grammar word into a word.
		const grammarAfter = GRAMMAR_WORD.test(run[end] ?? '') && oneWord(starts, start, end);
		if (!grammarAfter) for (let j = start + 1; j <= k; j++) if (otherwise(j, end)) return true;
		// One reaching in from before over a word of grammar (在台 against 台风 in 在/台风/中) does not count where ICU reads a
		// word from the chosen phrase's start over the character: a preposition makes no word with a noun (电表 against 表示
		// in 电/表示/数 still does). That word may be shorter than the phrase (台风 of 台风季 in 在/台风/季).
		const grammarBefore = (j: number) => j === start - 1 && GRAMMAR_WORD.test(run[j]!) && wordOver(starts, start, k);
		for (let j = Math.max(0, k - LONGEST_REACH); j < start; j++) if (starts[j] && !grammarBefore(j) && otherwise(j, k)) return true;
		return false;
	}

	/**
	 * Whether a phrase that starts at `k` and that ICU reads as a word writes the character otherwise than the rule's
	 * `form` (医师范围: the name rule writes 范 after the role, the word 范围 writes 範).
	 */
	function wordDisagrees(run: string, starts: Uint8Array, k: number, form: string): boolean {
		if (!starts[k]) return false;
		return opencc.matchesAt(run, k).some((match) => match.end - k > 1 && starts[match.end] && match.value.length === match.end - k && match.value[0] !== form);
	}
}

/**
 * Taiwan's standard where OpenCC's Taiwan forms differ from it: the Ministry of Education writes carrying on the back 背
 * (背着药箱, 背起老人), 揹 being its variant, where OpenCC's phrases write 揹 (揹着, 揹起); and 癡 (癡呆, 白癡; fresh-126),
 * 痴 being its variant, which OpenCC keeps.
 */
function taiwanStandard(text: string): string {
	if (text.includes('揹')) text = text.replaceAll('揹', '背');
	return text.includes('痴') ? text.replaceAll('痴', '癡') : text;
}

// Aspect particles: they follow a verb without making a word with it.
const PARTICLE = /[了着过]/;

// Words of grammar of one character that make no word with the noun after them (在, 从, 把, 的 …).
const GRAMMAR_WORD = /[在于从向对把被给的了着是和与及就都也还又再才将让由为]/;

// Localizers: after a noun they make a place of it (标签上, 会议上, 村里), rather than a word with what follows.
const LOCALIZER = /[上下里中内外]/;

/** How far before a character a phrase reaching in from before is looked for: OpenCC's phrases that matter are short. */
const LONGEST_REACH = 6;

/** Forms of single characters (of one code unit) as an array indexed by character code. */
function byCode(forms: Array<[string, string]>): Array<string | undefined> {
	const array = new Array<string | undefined>(0x10000).fill(undefined);
	for (const [char, form] of forms) array[char.charCodeAt(0)] = form;
	return array;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

const NOTHING_SETTLED = new Map<number, { form: string; by: SettledBy }>();

const NO_OFFSETS: readonly number[] = [];

/**
 * Whether the character at `start` may belong to the word before it rather than to the phrase it starts (书 + 上 in
 * 书上签下, 叶长 + 发): not after 的, which ends no word but opens the noun it qualifies (的米面, 的白发).
 */
function mayJoinBefore(run: string, start: number): boolean {
	return run[start - 1] !== '的';
}

/** Whether ICU reads `[start, end)` as one word. */
function oneWord(starts: Uint8Array, start: number, end: number): boolean {
	if (!starts[start] || !starts[end]) return false;
	for (let k = start + 1; k < end; k++) if (starts[k]) return false;
	return true;
}

/** Whether ICU reads a word of two characters or more that starts at `start` and takes in the character at `k`. */
function wordOver(starts: Uint8Array, start: number, k: number): boolean {
	if (!starts[start] || starts[start + 1]) return false;
	for (let i = start + 1; i <= k; i++) if (starts[i]) return false;
	return true;
}

/** Whether ICU reads the two characters at `start` as two words of one character each. */
function twoWords(starts: Uint8Array, start: number): boolean {
	return starts[start] === 1 && starts[start + 1] === 1 && starts[start + 2] === 1;
}

/** Whether a phrase matched at `start`, written `value`, writes every character already settled (by a rule or the project's dictionary) the same way. */
function agrees(start: number, value: string, settled: Map<number, { form: string }>): boolean {
	if (settled.size === 0) return true;
	for (let k = 0; k < value.length; k++) {
		const own = settled.get(start + k);
		if (own !== undefined && value[k] !== own.form) return false;
	}
	return true;
}
