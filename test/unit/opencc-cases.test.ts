import { describe, expect, it } from 'vitest';
import cases from '../fixtures/opencc/testcases.json' with { type: 'json' };
import { createConverter } from '../../src/convert/convert.ts';
import { openccConverter } from '../../src/convert/opencc.ts';
import type { Script, TraditionalVariant } from '../../src/core/scripts.ts';

// OpenCC's configurations and the project's directions they correspond to.
const configurations: Record<string, [Script, Script, TraditionalVariant]> = {
	s2t: ['zh-Hans', 'zh-Hant', 't'],
	s2tw: ['zh-Hans', 'zh-Hant', 'tw'],
	t2s: ['zh-Hant', 'zh-Hans', 't'],
	tw2s: ['zh-Hant', 'zh-Hans', 'tw'],
	hk2s: ['zh-Hant', 'zh-Hans', 'hk'],
};

/** Where the project deliberately writes something else than OpenCC's test expects, and why. */
const deliberate: Record<string, string> = {
	'BYVoid_OpenCC_Issue_767_solace t2s':
		'the project reads Traditional in any regional form, so 著 in 慰藉著 is read as Taiwan’s particle 着 (the golden set’s 帶著 → 带着)',
	'BYVoid_OpenCC_Issue_767_solace hk2s': 'the same: 著 as a particle is read as 着 whatever the regional form',
	'BYVoid_OpenCC_Issue_1275_amino_acid_tw2x tw2s':
		'Taiwan’s 醯 (acyl) is written 酰 as mainland nomenclature writes it (天冬酰胺, 乙酰, 磺酰胺; fresh-85), where OpenCC leaves 醯 in the Simplified text',
	'dioxin_terms_tw_tw2sp s2t':
		'a Traditional character already in a source is written in the edition’s regional standard, so an edition never mixes forms: Taiwan’s 汙 is OpenCC’s standard 污',
};

/** Upstream cases newer than opencc-js 1.4.2's dictionaries: plain OpenCC fails them too. */
const newerThanOpenccJs = ['BYVoid_OpenCC_PR_1228_existing_behaviors t2s', 'BYVoid_OpenCC_PR_1229_existing_behaviors t2s', 'BYVoid_OpenCC_PR_464_xi_vs_xi t2s'];

const all = cases.cases.flatMap(({ id, input, expected }) =>
	Object.entries(expected).map(([configuration, output]) => ({ name: `${id} ${configuration}`, configuration, input, output: output as string })),
);

describe("OpenCC's own test cases (test/fixtures/opencc/testcases.json)", () => {
	it.each(all.filter(({ name }) => !(name in deliberate) && !newerThanOpenccJs.includes(name)))('$name', ({ configuration, input, output }) => {
		const [from, to, variant] = configurations[configuration]!;
		expect(createConverter({ from, to, variant, glossary: [] })(input)).toBe(output);
	});

	it.each(Object.entries(deliberate))('differs on purpose: %s (%s)', (name) => {
		const { configuration, input, output } = all.find((c) => c.name === name)!;
		const [from, to, variant] = configurations[configuration]!;
		expect(openccConverter(from, to, variant)(input)).toBe(output);
		expect(createConverter({ from, to, variant, glossary: [] })(input)).not.toBe(output);
	});

	it.each(newerThanOpenccJs)('is newer than the dictionaries opencc-js ships: %s', (name) => {
		const { configuration, input, output } = all.find((c) => c.name === name)!;
		const [from, to, variant] = configurations[configuration]!;
		expect(openccConverter(from, to, variant)(input)).not.toBe(output);
	});
});
