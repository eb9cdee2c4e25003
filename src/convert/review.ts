import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import {
	AFTER_SUBJECT,
	COMES,
	familyPlaceAt,
	HOUSEHOLD,
	OFFICE_END,
	nameData,
	nameMayFollow,
	NOT_IN_NAMES,
	RARE_SURNAME_FORMS,
	RELATIVE_AFTER,
	SUBJECT_ACTS,
	TIME_AFTER_YU,
} from './context-rules.ts';
import { once } from './opencc-tables.ts';
import type { Choice } from './to-traditional.ts';
import { TextWords } from './word-boundaries.ts';

/** Path of what the review list looks at: characters with their competing senses, counted forms, words for people. */
const REVIEW_FILE = 'src/convert/data/review.yaml';

interface ReviewData {
	/** Each reviewed character's forms (OpenCC standard Traditional) with what each means. */
	characters: Map<string, Map<string, string>>;
	/** Reviewed characters whose other forms live only inside words, so their default standing alone is no guess. */
	wordBound: Set<string>;
	/** Characters whose other form stands alone only after a count (a measure word, a week): that form, and the nouns it counts if only some. */
	counted: Map<string, { form: string; nouns?: string[] }>;
	/** Localizers (里) with their form as one (裡), which after a word for a place they nearly always are. */
	localizers: Map<string, string>;
	/** Surnames not looked for after a word for a person (names.yaml's `people`: 居民, 村民). */
	peopleExcept: Set<string>;
}

const reviewData = once((): ReviewData => {
	const data = parse(readFileSync(resolve(process.cwd(), REVIEW_FILE), 'utf8')) as {
		characters: Record<string, Record<string, string>>;
		wordBound: string[];
		counted: Record<string, { form: string; nouns?: string[] }>;
		localizers: Record<string, string>;
		people: { except: string[] };
	};
	return {
		characters: new Map(Object.entries(data.characters).map(([char, senses]) => [char, new Map(Object.entries(senses))])),
		wordBound: new Set(data.wordBound),
		counted: new Map(Object.entries(data.counted)),
		localizers: new Map(Object.entries(data.localizers)),
		peopleExcept: new Set(data.people.except),
	};
});

/** The characters the review list looks at: each form (OpenCC standard Traditional) with what it means, from src/convert/data/review.yaml. */
export const reviewCharacters = (): Map<string, Map<string, string>> => reviewData().characters;

// What a measure word or a week stands after: a number or a demonstrative (一只, 这出, 这周, 下周).
const COUNT_OR_DEMONSTRATIVE = /[0-9０-９〇零一二三四五六七八九十百千万两几半这那哪每上下本]/;
// Prefixes that make a surname a form of address (老钟, 小姜, 阿余), and an adjective before a thing (老钟 an old bell).
const PREFIXES = /[老小阿]/;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** The Simplified text the choices were made for, with ICU's words over it. */
interface Reading {
	text: string;
	words: TextWords;
}

/**
 * The choices an editor should review in `text` (the Simplified text the choices were made for), each with why: the
 * converter's doubts (a phrase ICU reads as two words, 又干; phrases that disagree, 站台/台面, 地面/面粉; a surname where
 * names stand that a word took, 余生华是), surnames in name-like places that nothing settled (大学生姜小雨) or
 * that only a prefix settled (老钟是), counted forms where a count stands (这出新编京剧), and the reviewed
 * characters settled only by their one-character default where it is a guess. `words` are ICU's words of `text`, if
 * someone asked for them already (namesIn's DocumentNames keeps them for each paragraph, and the converter adds to them).
 */
export function choicesToReview(choices: readonly Choice[], text: string, words = new TextWords(text)): ReviewChoice[] {
	const reading = { text, words };
	return choices.flatMap((choice): ReviewChoice[] => {
		if (choice.forms.length < 2) return [];
		const asked = reviewDoubt(choice, reading) ?? (listNeighbourDiffers(choice, choices, text) ? ask('context', 'list') : undefined);
		if (asked === undefined) return [];
		const { doubt, reason } = asked;
		return [doubt === 'default' || doubt === choice.doubt ? { ...choice, reason } : { ...choice, doubt, reason }];
	});
}

/**
 * Why the review list asks about a choice, as its question tells the editor: nothing settled it (`guess`); a phrase
 * that may be two words here (`two-words`) or that another phrase across it writes otherwise (`overlap`); a name rule's
 * choice where a word reads as well (`name-or-word`); a given name's character that names write either way
 * (`given-name`); a name that may stand where the character was written otherwise (`name`), or may not where it was
 * written as one (`not-name`); a count before it (`count`); a place before it (`localizer`); the item before it in a
 * list written otherwise (`list`); 干的 that may be "what someone did" (`deed`); a lane or a market after it that makes
 * it the end of a place's name (`place-name`).
 */
export type ReviewReason =
	'guess' | 'two-words' | 'overlap' | 'name-or-word' | 'given-name' | 'name' | 'not-name' | 'count' | 'localizer' | 'place-name' | 'list' | 'deed';

/** A choice the review list asks about, with why. */
export interface ReviewChoice extends Choice {
	reason: ReviewReason;
}

/** A doubt that makes a choice worth a look (`'default'` where only the one-character default settled it), with the reason its question gives. */
interface Asked {
	doubt: Choice['doubt'] | 'default';
	reason: ReviewReason;
}

const ask = (doubt: Asked['doubt'], reason: ReviewReason): Asked => ({ doubt, reason });

/**
 * Whether a phrase wrote a reviewed character of `choice` otherwise than a phrase wrote it in the item of a 、-list right
 * before (假发、发片: 假髮 beside 發片): items of one list are things of one kind, so one of the two is likely wrong.
 */
function listNeighbourDiffers({ index, source, chosen, settledBy }: Choice, choices: readonly Choice[], text: string): boolean {
	if (settledBy !== 'phrase' || !reviewData().characters.has(source)) return false;
	const mark = index - ITEM_BEFORE.exec(text.slice(0, index))![0].length - 1;
	if (text[mark] !== '、') return false;
	// Items of a word each (假发、发片), not longer ones that share a character in different words (信息系统、联系电话); the
	// first item may run on from the verb before it (针对假发).
	const end = mark + 1 + ITEM_AFTER.exec(text.slice(mark + 1))![0].length;
	if (end - mark - 1 > 3) return false;
	const start = mark - Math.min(end - mark - 1, ITEM_BEFORE.exec(text.slice(0, mark))![0].length);
	return choices.some(
		(other) => other.index >= start && other.index < mark && other.source === source && other.chosen !== chosen && other.settledBy === 'phrase',
	);
}

// What follows a neighbourhood's name: a lane, an alley, a market town, a house or lane number, the area around it,
// Stop 44 (fresh-169): or a neighbourhood's market (新港里菜市场东侧).
const LANE_AFTER = /^(?:[巷弄集]|街(?!道)|[0-9０-９一二三四五六七八九十]+[号巷弄]|一带|菜市场|农贸市场)/;

// The Han characters of a 、-list item before an offset in it, and after its start.
const ITEM_BEFORE = /[\u3400-\u9fff]*$/;
const ITEM_AFTER = /^[\u3400-\u9fff]*?(?=[等和及与]|[^\u3400-\u9fff]|$)/;

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
// Words of grammar that are surnames too and come before names (和, 向, 于 …).
const GRAMMAR_BEFORE_NAME = /[和向于由对与及把被从给为同跟]/;

/**
 * The word a flag asks about, as the fix names it, never one character (a pair for 台 would write every 颱風 as 臺風): a
 * name of the document's `names` (namesIn) around it (余干明, not ICU's 余干); the one word ICU reads around it, or the
 * phrase that settled it where ICU reads less (手术台); with one neighbouring character if it is a word of one.
 */
export function reviewedWord(
	text: string,
	{ index, source, chosen, doubt, settledBy, phrase }: Choice,
	documentNames?: ReadonlySet<string>,
): { start: number; end: number } {
	const found = documentNames && nameAround(text, index, documentNames);
	if (found) return found;
	const names = nameData();
	// A given name's character that a name rule wrote and names write either way (钟谷雨 → 鍾穀雨, 余谷丰): the whole name,
	// so that a pair for it leaves the word alone elsewhere (谷雨时节).
	if (doubt === 'context' && settledBy === 'rule' && names.givenGuess.has(source)) {
		// The surname right before it or two before it, whichever is likelier: a surname of several forms (余谷丰, 党金谷
		// where 金 is a surname too) before any other, and no word of grammar that is also a surname (和钟谷雨, 主任余谷丰).
		const likeliness = (k: number) =>
			names.surnameForms.has(text[k] ?? '') ? 2 : names.surnames.has(text[k] ?? '') && !GRAMMAR_BEFORE_NAME.test(text[k]!) ? 1 : 0;
		const [one, two] = [likeliness(index - 1), likeliness(index - 2)];
		if (two > one) return { start: index - 2, end: index + 1 };
		if (one > 0) return { start: index - 1, end: index + (HAN.test(text[index + 1] ?? '') && !NOT_IN_NAMES.test(text[index + 1]!) ? 2 : 1) };
	}
	// A surname asked about as one (于 written 於 in 村民于发财的, 后 written 後 in 外科后永强): the name it may begin, which a
	// glossary pair can name.
	const surname = names.surnameForms.get(source) ?? RARE_SURNAME_FORMS.get(source);
	if (doubt === 'context' && settledBy !== 'rule' && surname !== undefined && surname !== chosen) {
		const given = /^[\u3400-\u9fff]{1,2}/.exec(text.slice(index + 1))?.[0] ?? '';
		// No name follows (手术台、): the word is asked about, not a surname alone.
		if (given !== '') return { start: index, end: index + 1 + (given.length === 2 && NOT_IN_NAMES.test(given[1]!) ? 1 : given.length) };
	}
	const word = segmenter.segment(text).containing(index)!;
	const start = word.index;
	const end = word.index + word.segment.length;
	if (phrase && phrase.end - phrase.start > end - start && phrase.start <= index && index < phrase.end) return phrase;
	if (end - start > 1) return { start, end };
	if (start > 0 && HAN.test(text[start - 1]!)) return { start: start - 1, end };
	return { start, end: HAN.test(text[end] ?? '') ? end + 1 : end };
}

/** The span of a name of `names` (three characters, as namesIn finds them) in `text` that covers `index`, if one does. */
function nameAround(text: string, index: number, names: ReadonlySet<string>): { start: number; end: number } | undefined {
	for (let start = Math.max(0, index - 2); start <= index; start++) if (names.has(text.slice(start, start + 3))) return { start, end: start + 3 };
	return undefined;
}

/** A flag of the review list in a document: the choice and the text (a line, a paragraph) it was made in. */
export interface DocumentFlag {
	choice: Choice;
	text: string;
}

/**
 * A document's flags, one question per distinct word: the same word with the same character written the same way
 * (党金谷 twice, 米面 in two lists) is one question, since one answer (a glossary pair) settles it everywhere, so it is
 * asked at its first occurrence and the later ones go with it as `repeats`, in the order given.
 */
export function oncePerDocument<T extends DocumentFlag>(flags: readonly T[], names?: ReadonlySet<string>): Array<T & { repeats: T[] }> {
	const byWord = new Map<string, T & { repeats: T[] }>();
	// trial-40: a name is one question however many of its characters are asked about (余干明: 余 and 干), since one
	// pair for the whole name answers them all; the question about a given name's character is the one asked.
	const occurrences = new Set<string>();
	for (const flag of flags) {
		const { start, end } = reviewedWord(flag.text, flag.choice, names);
		const word = flag.text.slice(start, end);
		const inName = names?.has(word) === true;
		const key = inName ? `${word}\tname` : `${word}\t${flag.choice.index - start}\t${flag.choice.chosen}`;
		const first = byWord.get(key);
		const occurrence = `${key}\t${start}\t${flag.text}`;
		if (inName && occurrences.has(occurrence)) {
			// Another character of an occurrence already asked about: it replaces the surname's question, and is no repeat.
			if (first && first.text === flag.text && first.choice.index === start && flag.choice.index > start) byWord.set(key, { ...flag, repeats: first.repeats });
			continue;
		}
		occurrences.add(occurrence);
		if (first) first.repeats.push(flag);
		else byWord.set(key, { ...flag, repeats: [] });
	}
	return [...byWord.values()];
}

/** Why a choice is worth an editor's look, if it is. */
function reviewDoubt(choice: Choice, reading: Reading): Asked | undefined {
	const review = reviewData();
	const { index, source, chosen, settledBy, doubt } = choice;
	const surname = nameData().surnameForms.get(source);
	// A given name's character that a name rule settled and names write either way (钟秋谷, 余穀豐).
	if (doubt === 'context' && settledBy === 'rule') return ask(doubt, 'given-name');
	// A surname suspected where a word took it is no doubt if the word writes it as the surname anyway (周建新和).
	// The rules suspect a measure word only after a count (5只有, 一台风机), a surname elsewhere.
	if (doubt === 'context') return surname !== chosen ? ask(doubt, countingPlace(reading.text, index) ? 'count' : 'name') : undefined;
	// A name rule found a name where a word starting at the surname reads as well (医师范围), unless a title, speech or
	// a place after it ends the name (周一鸣主任, 谷雨说, 钟山风景区), 姓 before it says it is one (姓钟的) or a shop or a home is
	// named after the family (丰岭县周记面馆, 余氏宗祠; trial-45: 周记 "a weekly journal" is no word there); the count rules
	// have a number to go on (两台风机).
	if (doubt === 'overlap' && settledBy === 'rule')
		return surname === chosen &&
			!countingPlace(reading.text, index) &&
			!nameEndsBefore(reading.text, index) &&
			reading.text[index - 1] !== '姓' &&
			!familyPlaceAt(reading.text, index)
			? ask(doubt, 'name-or-word')
			: undefined;
	if (surname !== undefined && surnameDoubt(reading, choice, surname === chosen)) return ask('context', surname === chosen ? 'not-name' : 'name');
	// A surname whose other form is a preposition (于), written as the surname before a title, where nothing before it
	// starts a name (存放于局长办公室: "in the director's office" or "in Director Yu's office"); after 的 or the unit a
	// person works in, only a name stands (卫健委的于科长, 呼吸内科于主任).
	if (
		surname === chosen &&
		settledBy === 'rule' &&
		reviewData().peopleExcept.has(source) &&
		titleAfter(reading.text, index) &&
		!nameMayStart(reading.text, index) &&
		!UNIT_ENDS.test(reading.text[index - 1] ?? '')
	)
		return ask('context', 'not-name');
	// A default is the converter's weakest evidence: where it wrote a surname otherwise in a span that reads as a name,
	// ask (钟阿婆和余阿公把, 退休教师于发祥在).
	if (surname !== undefined && surname !== chosen && settledBy === 'default' && (nameLikeSpan(reading.text, index) || titleAfter(reading.text, index)))
		return ask('context', 'name');
	// Where a name may start, a surname that only a default wrote otherwise is asked about too where what follows
	// reads as nothing but a name: the clause holds only it and one or two characters that ICU does not read as one word
	// (记录：余发。, 于征和范云。), or ICU reads it and the two characters after it as three words of one character, as it
	// reads names it does not know (游建军带着儿子).
	if (surname !== undefined && surname !== chosen && settledBy === 'default' && unknownName(reading, index)) return ask('context', 'name');
	// conv-24: after a role that the rules do not list but whose last character makes one (社工, 片警, 厂医), a surname a
	// default or a phrase wrote otherwise before one or two characters that a verb or a title ends (片警党建华协助).
	if (surname !== undefined && surname !== chosen && settledBy !== 'rule' && afterRoleLike(reading.text, index) && spanEndsName(reading.text, index))
		return ask('context', 'name');
	// conv-24: so is one that a phrase across the role's end wrote otherwise after a listed role (理疗师范里松为: 师范).
	if (
		surname !== undefined &&
		surname !== chosen &&
		settledBy === 'phrase' &&
		nameMayFollow(nameData(), reading.text, index) &&
		!reading.words.startsAt(index) &&
		nameLikeSpan(reading.text, index)
	)
		return ask('context', 'name');
	// So is one that a phrase wrote otherwise where ICU reads it and the two characters after it as three words of one
	// character, as it reads names it does not know, and a title, speech or a subject's next word ends the three (干红梅在:
	// OpenCC's 干红 "dry red" 乾紅, which ICU cuts).
	if (
		surname !== undefined &&
		surname !== chosen &&
		settledBy === 'phrase' &&
		[0, 1, 2, 3].every((k) => reading.words.startsAt(index + k)) &&
		nameOfThreeEnds(reading.text, index)
	)
		return ask('context', 'name');
	// Wherever it stands, a surname written otherwise right before two characters of a name and speech (牙医郁文松说,
	// 理发师傅游建平说): only a person speaks, and the words before a name are too many to list.
	if (surname !== undefined && surname !== chosen && settledBy !== 'rule' && nameOfThreeSpeaks(reading, index)) return ask('context', 'name');
	// 于 after a word for a person before one character that ICU reads alone and more than a localizer (产妇于莉产后): the
	// preposition's object is a place or a time that ICU reads as a word (患者于村口, 该居民于近日), so a name of two may stand there.
	if (source === '于' && surname !== chosen && settledBy === 'default' && nameOfTwoAfterPerson(reading, index)) return ask('context', 'name');
	// So is 于 after a word for a person before one or two characters and 的 and a relative (患儿于小松的家长, 渔民于海松的妻子):
	// a place or a time has no family.
	if (
		source === '于' &&
		surname !== chosen &&
		afterPerson(reading.text, index) &&
		!TIME_AFTER_YU.test(reading.text.slice(index + 1)) &&
		RELATIVE_AFTER.test(reading.text.slice(index + 1, index + 8))
	)
		return ask('context', 'name');
	// stop 31: so is one before two characters of a given name that ICU does not know as a word (夫人余秀兰是).
	if (givenNameAfter(choice, reading)) return ask('context', 'name');
	// So is a given name's character that a default or a phrase wrote otherwise there (老人刘金发每天: 金髮 "blond").
	if ((settledBy === 'default' || settledBy === 'phrase') && givenNameDoubt(reading.text, choice)) return ask('context', 'name');
	// After a word for a place a localizer is the likelier reading; a phrase there that writes it otherwise may have
	// taken a word of its own across it (乡里专门组建, where 乡里 is "home village").
	// OpenCC's 干的 "dry" (乾的) where ICU reads 干 alone and nothing before it dries (工人们干的, not 晒干的, 衣服干的):
	// "what someone did" 幹的 reads as well.
	if (
		source === '干' &&
		chosen === '乾' &&
		settledBy === 'phrase' &&
		reading.text[index + 1] === '的' &&
		standsAlone(reading.words, index) &&
		!DRIES.test(reading.text[index - 1] ?? '')
	)
		return ask(doubt ?? 'context', 'deed');
	const localizer = review.localizers.get(source);
	if (localizer !== undefined && chosen !== localizer && settledBy === 'phrase' && placeEndsAt(reading.text, index))
		return ask(doubt ?? 'context', 'localizer');
	// Stop 43: a localizer written "in" (裡) that starts a word before a lane, a market or a house number ends a place's name
	// more often (中阳里三巷, 仁里集, 余家里巷, 松溪里一带): a neighbourhood's 里.
	if (
		localizer !== undefined &&
		chosen === localizer &&
		settledBy !== 'rule' &&
		// ICU may read it into the word after (新港 + 里菜 + 市场), never into a place's name before it.
		reading.words.startsAt(index) &&
		LANE_AFTER.test(reading.text.slice(index + 1))
	)
		return ask(doubt ?? 'context', 'place-name');
	const counted = review.counted.get(source);
	if (counted && chosen !== counted.form) {
		// The other form counts, so it stands only after a count and before what it counts (一只只, 三出戏; not 只保留,
		// 进出, 一出现症状); there even a phrase over the character is no proof (这出新编京剧, where ICU reads 出新).
		// Without one of those nouns, a default there is still a guess where ICU reads the character as a word of its own
		// (这出小品): a default is the weakest evidence, and the noun may be one the list does not know.
		const text = reading.text;
		if (!countingPlace(text, index)) return undefined;
		const noun = (counted.nouns ?? ['']).some((noun) => clauseAfter(text, index).includes(noun));
		if (!noun && !(settledBy === 'default' && standsAlone(reading.words, index))) return undefined;
		if (settledBy === 'phrase' && counted.nouns) return ask(doubt ?? 'context', 'count');
	}
	if (!review.characters.has(source)) return undefined;
	// Standing alone, the character takes its default: a guess unless its other forms live only inside words. Inside a word
	// ICU reads (后面, 里面; 松谷 in 松谷轴承) that no phrase writes otherwise, the default is the word's and no guess.
	const defaultIsGuess = !review.wordBound.has(source);
	if (settledBy === 'default')
		return defaultIsGuess && !readsAsName(reading.text, index, chosen) && !surnameWhereNameReads(reading.text, choice) && standsAlone(reading.words, index)
			? ask('default', 'guess')
			: undefined;
	// A phrase that ICU reads as two words may not apply, and then the default stands: nothing is in doubt where the
	// phrase writes the default and the default is no guess (叶长发 aside, 头发 does not come apart), but 上签 in 书上签下
	// is (籤 or 簽).
	if (doubt === 'two-words') {
		if (defaultIsGuess) return ask(doubt, 'two-words');
		// A phrase that writes such a character in its word form (美髮, 燙髮 where ICU knows no 美发, 烫发) is worth a look only
		// where the pair may be a given name after a surname that ICU reads alone (刘|金|发, 叶|长|发): a word that ICU does not
		// know is far likelier after anything else (理发美发, 剪发、烫发).
		const nameOfTwo = nameData().surnames.has(reading.text[index - 1] ?? '') && nameMayStart(reading.text, index - 1);
		return chosen !== choice.forms[0] && (givenAfterSurname(reading, index - 1) || nameOfTwo) ? ask(doubt, 'two-words') : undefined;
	}
	return doubt === undefined ? undefined : ask(doubt, doubt === 'overlap' ? 'overlap' : 'two-words');
}

/**
 * Whether a default stands where a name would write the same form: a given name's character after a surname
 * (于德松领到, 松 as names write it) or a proper name's last character before a place it names (万松农贸市场, 青松路).
 */
function readsAsName(text: string, index: number, chosen: string): boolean {
	const names = nameData();
	if (names.givenForms.get(text[index]!) !== chosen) return false;
	return names.surnames.has(text[index - 1] ?? '') || names.surnames.has(text[index - 2] ?? '') || NAMED_PLACE.test(text.slice(index + 1, index + 6));
}

/**
 * Whether a default wrote a surname's own form (臺 for the surname 台) where a name stands: after a role or a word for a
 * person (副局长台建华), or as a name of two or three characters that a 、 or the clause's end closes where a name may
 * start (通讯员：台丽丽、郁发); there the other forms (檯, 颱) would be a word that a phrase takes, not one character.
 */
function surnameWhereNameReads(text: string, { index, source, chosen }: Choice): boolean {
	if (nameData().surnameForms.get(source) !== chosen || !HAN.test(text[index + 1] ?? '') || NOT_IN_NAMES.test(text[index + 1]!)) return false;
	if (nameMayFollow(nameData(), text, index)) return true;
	return (
		nameMayStart(text, index) &&
		/^[\u3400-\u9fff]{1,2}(?:、|[^\u3400-\u9fff]|$)/.test(text.slice(index + 1)) &&
		!NOT_IN_NAMES.test(text.slice(index + 1, index + 3))
	);
}

// Places and buildings that a proper name of one or two characters more comes before (万松农贸市场, 青松路, 松岗村).
const NAMED_PLACE = /^[\u3400-\u9fff]?(?:农贸市场|菜市场|市场|小区|社区|公园|路|街|村|山|镇|乡|医院|宾馆|酒店|学校|中学|小学)/;

/** Whether the two characters from `start` follow a surname that ICU reads as a word of its own, as a given name does. */
function givenAfterSurname({ text, words }: Reading, start: number): boolean {
	return nameData().surnames.has(text[start - 1] ?? '') && standsAlone(words, start - 1);
}

/**
 * Whether the surname-like character of `choice` stands where a name may: after a word for a person with more of a
 * name after it (大学生姜小雨), written otherwise than a surname and not settled by a rule; or
 * written as a surname by a rule that had only a prefix to go on, where the other form is a thing and no speech follows
 * (老钟是, 小姜是; not 老钟说, nor 老余是).
 */
function surnameDoubt({ text, words }: Reading, { index, source, settledBy }: Choice, asSurname: boolean): boolean {
	const { peopleExcept } = reviewData();
	const { things } = nameData();
	if (asSurname) return settledBy === 'rule' && things.has(source) && PREFIXES.test(text[index - 1] ?? '') && !speechAfter(text, index + 1);
	if (settledBy === 'rule' || peopleExcept.has(source) || !HAN.test(text[index + 1] ?? '')) return false;
	if (!nameData().people.some((word) => text.startsWith(word, index - word.length))) return false;
	// A word ICU reads from the surname on is no name (居民党员带头), unless it is two characters and one more stands
	// alone after it, as a name of three would (村民谷雨生主动: 谷雨 + 生).
	const startsWord = words.startsAt(index) && !words.startsAt(index + 1);
	const nameOfThree = words.startsAt(index + 2) && HAN.test(text[index + 2] ?? '') && words.startsAt(index + 3);
	return !startsWord || nameOfThree;
}

/**
 * Whether a title, a verb of speech or a word for a place follows one or two characters after the surname at `index`,
 * ending the name there (周一鸣主任, 谷雨说, 钟山风景区); or, two characters after it, the mark of a list's next item,
 * ending a name of three (科长范文松、副支队长游志刚; 游春兰、, where a word of two, 游春, and one more character make the
 * name; a word of two in a list, 网格员周末、节假日, the rules take for no name).
 */

function nameEndsBefore(text: string, index: number): boolean {
	const { after, places } = nameData();
	const ending = new RegExp(`${after.source}|${places.source}`, 'y');
	return (
		text[index + 3] === '、' ||
		// fresh-27: a note in brackets after three (郁金里（西沟村）、余里发（下谷村）) follows a name in a list of people.
		((text[index + 3] === '（' || text[index + 3] === '(') && (text[index - 1] === '、' || !HAN.test(text[index - 1] ?? ''))) ||
		// conv-23: a person of three comes or goes to see (主任余里松前往, 镇长范云发赶到).
		COMES.test(text.slice(index + 3, index + 5)) ||
		[2, 3].some((end) => {
			ending.lastIndex = index + end;
			return ending.test(text) || speechAfter(text, index + end);
		})
	);
}

// What comes out dry before 干的: a way of drying or a thing that dries (晒干的, 衣服干的, 口罩干的).
const DRIES = /[晒晾烘吹擦拧风阴烤焙服罩巾布物衣土]/;

// How the name of a unit ends (内科, 卫健局, 街道办, 疾控中心) and 的: a person of that unit may follow, not a preposition.
const UNIT_ENDS = /[的科局委办院所站部处队组心]/;

// What may stand before a name besides a word for a person: a list or a pair of names (钟阿婆和余阿公).
const JOINS_NAMES = /[和与及、]/;

/**
 * Whether the surname at `index` begins a span that reads as a name: at a clause start, after a word for a person or
 * a role, or after 和/与/及/、, one or two characters of no grammar that a title, speech or a word that follows a
 * subject ends (退休教师于发祥在, 钟阿婆和余阿公把) — but not 于 before a time (患者于近日在); with `through`, only a
 * span that covers that offset too.
 */
function nameLikeSpan(text: string, index: number, through = index): boolean {
	if (!nameMayStart(text, index)) return false;
	if (text[index] === '于' && TIME_AFTER_YU.test(text.slice(index + 1))) return false;
	const title = nameData().afterAt;
	return [2, 3].some((end) => {
		if (index + end <= through) return false;
		const given = text.slice(index + 1, index + end);
		if (given.length !== end - 1 || ![...given].every((char) => HAN.test(char)) || NOT_IN_NAMES.test(given)) return false;
		title.lastIndex = index + end;
		return (
			title.test(text) ||
			speechAfter(text, index + end) ||
			AFTER_SUBJECT.has(text.charCodeAt(index + end)) ||
			SUBJECT_ACTS.test(text.slice(index + end)) ||
			HOUSEHOLD.test(text.slice(index + end, index + end + 2))
		);
	});
}

// The next item of a list of offices: a mark or 和, and two characters ending as an office does (、宣传办, 和宣传科).
const OFFICE_LIST = new RegExp(`^[、和与及][\u3400-\u9fff]{1,3}${OFFICE_END.source}`);

/**
 * Whether the surname at `index`, where a name may start, begins what reads as a name ICU does not know: one or two
 * characters after it end the clause and ICU does not read the span as one word (记录：余发。), or ICU reads it and the
 * next two as three words of one character (游|建|军).
 */
function unknownName({ text, words }: Reading, index: number): boolean {
	if (!nameMayStart(text, index) || GRAMMAR_AFTER_SURNAME.test(text[index + 1] ?? '')) return false;
	// 于 is the preposition before a time (患者于凌晨3时) and after a word for a person (该市民于次日返回).
	if (
		reviewData().peopleExcept.has(text[index]!) &&
		(TIME_AFTER_YU.test(text.slice(index + 1)) || nameData().people.some((word) => text.startsWith(word, index - word.length)))
	)
		return false;
	const han = (k: number) => HAN.test(text[k] ?? '');
	const clauseIsName = [2, 3].some(
		(end) => !han(index + end) && [...text.slice(index + 1, index + end)].every((_, k) => han(index + 1 + k)) && words.startsAt(index + 1),
	);
	// conv-23: nor the first of a list of offices (党建办、宣传办; 党建办和宣传办).
	if (OFFICE_END.test(text[index + 2] ?? '') && OFFICE_LIST.test(text.slice(index + 3, index + 7))) return false;
	const threeAlone = han(index + 1) && han(index + 2) && [1, 2, 3].every((k) => words.startsAt(index + k));
	return (clauseIsName || threeAlone) && !NOT_IN_NAMES.test(text.slice(index + 1, index + 3));
}

/** Whether a name of three from the surname at `index`, where a name may start, ends before a title, speech or a subject's next word. */
function nameOfThreeEnds(text: string, index: number): boolean {
	return !PLACE_SUFFIX.test(text[index + 2] ?? '') && nameLikeSpan(text, index, index + 2);
}

// What ends the name of a place, not of a person (余杭区在).
const PLACE_SUFFIX = /[省市县区镇乡村街路山河湖]/;

// What 于 is followed by as the preposition in a single character: grammar, a determiner or a localizer (于此, 于该, 于其).
const YU_OBJECT_ALONE = /[此该其本各每这那上下中内外前后里间]/;

/** Whether a word for a person (names.yaml's `people`: 患儿, 渔民) ends right before `index`. */
function afterPerson(text: string, index: number): boolean {
	return nameData().people.some((word) => text.startsWith(word, index - word.length));
}

/** Whether 于 at `index`, after a word for a person, is followed by one character ICU reads alone and then more than a localizer (产妇于莉产后; not 于家中). */
function nameOfTwoAfterPerson({ text, words }: Reading, index: number): boolean {
	if (!nameData().people.some((word) => text.startsWith(word, index - word.length))) return false;
	if (TIME_AFTER_YU.test(text.slice(index + 1)) || !HAN.test(text[index + 1] ?? '') || YU_OBJECT_ALONE.test(text[index + 1]!)) return false;
	return words.startsAt(index + 1) && words.startsAt(index + 2) && HAN.test(text[index + 2] ?? '') && !YU_OBJECT_ALONE.test(text[index + 2]!);
}

// Words of grammar that follow a verb or a subject, not a surname in a name (冲在前面、干在实处).
const GRAMMAR_AFTER_SURNAME = /[在和与也都已还就将把被从向对了着过的]/;

/** Whether a title of two characters or more (局长, 主任, 医生) follows the character at `index`: a surname stands there, whatever a default wrote (县卫健局于局长处). */
function titleAfter(text: string, index: number): boolean {
	const title = nameData().afterAt;
	title.lastIndex = index + 1;
	const match = title.exec(text);
	return match !== null && match[0].length > 1;
}

/** Whether the character of `choice`, written otherwise than in given names, is the second or third of a span that reads as a name. */
function givenNameDoubt(text: string, { index, source, chosen }: Choice): boolean {
	const names = nameData();
	const given = names.givenForms.get(source);
	if (given === undefined || given === chosen) return false;
	// A localizer written as one right after a noun that is also a surname (池里已有, 林里) is a name only as the middle of
	// three (钟里平在): a name of two that ends in it is rare, a noun and its localizer everywhere.
	const localizer = reviewData().localizers.get(source) === chosen;
	return [1, 2].some((n) => names.surnames.has(text[index - n] ?? '') && nameLikeSpan(text, index - n, localizer && n === 1 ? index + 1 : index));
}

// conv-24: last characters of roles the rules do not take for roles, but a name often follows (社工, 片警, 护士, 厂医, 选手).
const ROLE_LIKE_ENDS = /[工警士官手医]/;

/** Whether a word ending as a role does (社工, 片警, 厂医) stands right before `index`: two Han characters or more. */
function afterRoleLike(text: string, index: number): boolean {
	return ROLE_LIKE_ENDS.test(text[index - 1] ?? '') && HAN.test(text[index - 2] ?? '');
}

/** Whether one or two characters after the surname at `index` end as a name does: before a title, speech, a subject's next word or a verb of acts. */
function spanEndsName(text: string, index: number): boolean {
	if (text[index] === '于' && TIME_AFTER_YU.test(text.slice(index + 1))) return false;
	const title = nameData().afterAt;
	return [2, 3].some((end) => {
		const given = text.slice(index + 1, index + end);
		if (given.length !== end - 1 || ![...given].every((char) => HAN.test(char)) || NOT_IN_NAMES.test(given)) return false;
		title.lastIndex = index + end;
		return title.test(text) || speechAfter(text, index + end) || AFTER_SUBJECT.has(text.charCodeAt(index + end)) || SUBJECT_ACTS.test(text.slice(index + end));
	});
}

/** Whether a name may start at `index`: at a clause start, after a word for a person or a role, or in a list or a pair. */
function nameMayStart(text: string, index: number): boolean {
	const before = text[index - 1] ?? '';
	return !HAN.test(before) || JOINS_NAMES.test(before) || nameMayFollow(nameData(), text, index);
}

/** Whether a word for a place (县, 乡, 村, 社区) ends right before `index`. */
function placeEndsAt(text: string, index: number): boolean {
	return placeBefore().test(text.slice(Math.max(0, index - 3), index));
}

const placeBefore = once(() => new RegExp(`(?:${nameData().places.source})$`));

/** Whether a verb of speech starts at `index` (说, 表示, 介绍): only a person speaks. */
function speechAfter(text: string, index: number): boolean {
	return nameData().verbs.some((verb) => verb !== '是' && verb !== '系' && text.startsWith(verb, index));
}

/** Whether ICU reads the character at `index` as a word of its own. */
function standsAlone(words: TextWords, index: number): boolean {
	return words.startsAt(index) && words.startsAt(index + 1);
}

/** Whether a counted form can stand at `index`: after a number, a demonstrative, or itself (一只只). */
function countingPlace(text: string, index: number): boolean {
	const before = text[index - 1] ?? '';
	return COUNT_OR_DEMONSTRATIVE.test(before) || before === text[index];
}

/** The rest of the clause after `index`. */
function clauseAfter(text: string, index: number): string {
	return /^[^，。；！？、\n]*/.exec(text.slice(index + 1))![0];
}

/**
 * Whether a name of three may start at `index` before speech: two characters after it that are no grammar, ICU reading no
 * word across the name's end, then a verb of speech (郁文松说, 游建平表示; not 于是他说, 余下的说).
 */
function nameOfThreeSpeaks({ text, words }: Reading, index: number): boolean {
	const given = text.slice(index + 1, index + 3);
	if (!/^[\u3400-\u9fff]{2}$/.test(given) || NOT_IN_NAMES.test(given) || /[他她我你它们]/.test(given) || !words.startsAt(index) || !words.startsAt(index + 3))
		return false;
	return nameData().speech.some((verb) => text.startsWith(verb, index + 3));
}

/**
 * Whether a surname that a default or a phrase wrote otherwise (於, 餘, 黨) stands before two characters common in given
 * names that ICU reads as words of one character, as it reads names it does not know (夫人余秀兰是, 由于松涛副主任): where
 * the rules know no word for a person before it, the name is still likelier than the preposition's object.
 */
function givenNameAfter({ index, source, chosen, settledBy }: Choice, { text, words }: Reading): boolean {
	const names = nameData();
	const surname = names.surnameForms.get(source);
	if (surname === undefined || surname === chosen || settledBy === 'rule') return false;
	if (!names.givenCharacters.has(text.charCodeAt(index + 1)) || !names.givenCharacters.has(text.charCodeAt(index + 2))) return false;
	return words.startsAt(index + 1) && words.startsAt(index + 2);
}
