import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createConverter } from '../../src/convert/convert.ts';
import { foldVariants, variantFolding } from '../../src/convert/variant.ts';
import { readSiteGlossary } from '../../src/content-model/glossary-file.ts';
import { otherScript, scripts, type Script } from '../../src/core/scripts.ts';
import { convertQuery } from '../../src/search/convert-query.ts';
import { deriveQueryMap, glossaryQueries } from '../../src/search/query-map.ts';
import { textWords } from '../../src/search/words.ts';

const glossary = readSiteGlossary();
const converter = (from: Script, to: Script) => createConverter({ from, to, variant: 'tw', glossary });
// Fixture articles in both scripts (names, 发/髮, 后/後, 只/隻, 面/麵, 周/週, 衞 …, Hong Kong and Taiwan forms), published in both editions.
const sources: Array<[Script, string[]]> = [
	['zh-Hans', readFileSync('test/fixtures/query-map/simplified.txt', 'utf8').split('\n').filter(Boolean)],
	['zh-Hant', readFileSync('test/fixtures/query-map/traditional.txt', 'utf8').split('\n').filter(Boolean)],
];

// A Traditional edition's index holds every variant in one form (衞 and 衛 as 衛), as the search integration folds it.
const fold = (edition: Script) => (edition === 'zh-Hant' ? foldVariants : (text: string) => text);

/** The words an edition's index holds, with counts, as the search integration collects them. */
function indexWords(edition: Script): Map<string, number> {
	const words = new Map<string, number>();
	for (const [script, lines] of sources) {
		for (const line of lines)
			for (const word of textWords(fold(edition)(converter(script, edition)(line)), edition)) words.set(word, (words.get(word) ?? 0) + 1);
	}
	return words;
}

/** The sets of variant characters (衛, 衞), each with the form it is folded to first. */
const variantSets = new Map<string, string[]>();
for (const [char, kept] of variantFolding()) variantSets.set(kept, [...(variantSets.get(kept) ?? [kept]), char]);
const variantsOf = new Map([...variantSets.values()].flatMap((members) => members.map((char) => [char, members] as const)));

/** A way of writing `text` with any variant of each of its characters (熱線 as 熱綫), picked by `picks`. */
function respelled(text: string, picks: number[]): string {
	return [...text]
		.map((char, i) => {
			const members = variantsOf.get(char);
			return members ? members[picks[i % picks.length]! % members.length]! : char;
		})
		.join('');
}

describe.each(scripts)('the query map of the %s edition', (edition) => {
	const words = indexWords(edition);
	const toOther = converter(edition, otherScript(edition));
	const toEdition = (text: string) => fold(edition)(converter(otherScript(edition), edition)(text));
	const map = deriveQueryMap(words, toOther, toEdition, variantFolding());
	const hanWords = [...words.keys()].filter((word) => /[\u3400-\u9fff]/.test(word));
	// Index words that share one form in the other script (發 and 髮 alone) cannot both be reached by typing it.
	const byOtherForm = new Map<string, string[]>();
	for (const word of hanWords) byOtherForm.set(toOther(word), [...(byOtherForm.get(toOther(word)) ?? []), word]);

	it('gives the same query in the edition’s script for every index word, typed in either script', () => {
		expect(hanWords.length).toBeGreaterThan(50);
		fc.assert(
			fc.property(fc.constantFrom(...hanWords), (word) => {
				const typedInOther = toOther(word);
				const reachable = byOtherForm.get(typedInOther)!.length === 1;
				return convertQuery(word, map) === word && (!reachable || convertQuery(typedInOther, map) === word);
			}),
			{ numRuns: 500 },
		);
	});

	it('gives the same query for every variant spelling of an index word, in either script (衞生 and 衛生, 熱綫 and 熱線)', () => {
		expect(hanWords.some((word) => [...word].some((char) => variantsOf.has(char)))).toBe(true);
		fc.assert(
			fc.property(fc.constantFrom(...hanWords), fc.array(fc.nat(), { minLength: 1 }), (word, picks) => {
				const typedInOther = toOther(word);
				const reachable = byOtherForm.get(typedInOther)!.length === 1;
				// Typed in Traditional: the edition's own word (Traditional edition) or what its Traditional form gives (Simplified).
				const traditional = edition === 'zh-Hant' ? word : typedInOther;
				if (edition === 'zh-Hans' && !reachable) return true;
				return convertQuery(respelled(traditional, picks), map) === word;
			}),
			{ numRuns: 1000 },
		);
	});

	it('lets the converter decide between index words that share a form in the other script', () => {
		for (const [typed, candidates] of byOtherForm) {
			if (candidates.length > 1) expect([...candidates, toEdition(typed)]).toContain(convertQuery(typed, map));
		}
	});
});

describe('the query map and a spelling mistake in the pages', () => {
	it('keeps 钟南山 finding 鍾南山 when two articles wrote 鐘南山', () => {
		const words = new Map([
			['鍾', 9],
			['鐘', 2],
			['南山', 11],
		]);
		const map = deriveQueryMap(words, converter('zh-Hant', 'zh-Hans'), converter('zh-Hans', 'zh-Hant'));
		expect(convertQuery('钟南山', map)).toBe('鍾南山');
		expect(convertQuery('鐘南山', map)).toBe('鐘南山');
	});

	it('turns a query in the other script into the edition’s, and leaves the edition’s own text alone', () => {
		const words = new Map([
			['葉其發', 3],
			['頭髮', 1],
			['發展', 2],
		]);
		const map = deriveQueryMap(words, converter('zh-Hant', 'zh-Hans'), converter('zh-Hans', 'zh-Hant'));
		expect(convertQuery('叶其发', map)).toBe('葉其發');
		expect(convertQuery('头发', map)).toBe('頭髮');
		expect(convertQuery('发展', map)).toBe('發展');
		expect(convertQuery('葉其發', map)).toBe('葉其發');
	});
});

describe.each(scripts)('glossary terms in the query map of the %s edition (trial-40)', (edition) => {
	// 谷丰村 prints 穀豐村, while 谷 stays 谷 in a name of the same pages (范谷豐): the index holds 穀|豐|村 and 谷.
	const pairs = [...glossary, { hant: ['穀豐村', '谷豐村'], hans: '谷丰村' }, { hant: ['范谷豐'], hans: '范谷丰' }];
	const convert = (from: Script, to: Script) => createConverter({ from, to, variant: 'tw', glossary: pairs });
	const words = new Map<string, number>();
	for (const { hans } of pairs)
		for (const word of textWords(fold(edition)(convert('zh-Hans', edition)(`${hans}的工作人员说。`)), edition)) words.set(word, (words.get(word) ?? 0) + 1);
	const toEdition = (text: string) => fold(edition)(convert(otherScript(edition), edition)(text));
	const map = deriveQueryMap(words, convert(edition, otherScript(edition)), toEdition, variantFolding(), glossaryQueries(pairs, edition, fold(edition)));

	it('finds a glossary term typed in either script, in any of its spellings, as the pages print it', () => {
		fc.assert(
			fc.property(fc.constantFrom(...pairs), fc.nat(), ({ hans, hant }, pick) => {
				const typed = [hans, ...hant][pick % (hant.length + 1)]!;
				return convertQuery(typed, map) === fold(edition)(edition === 'zh-Hans' ? hans : hant[0]!);
			}),
			{ numRuns: 300 },
		);
		expect(convertQuery('谷丰村', map)).toBe(edition === 'zh-Hans' ? '谷丰村' : '穀豐村');
	});
});
