// The golden set holds a few hundred names, each in one position; new text puts other names in the same positions.
// Swapping the name's surname (or a given name's character) for another of several forms tells whether the rules
// read the position or only that name: a figure of how well they carry over to names nobody wrote down.
import { nameData } from '../../src/convert/context-rules.ts';
import type { GoldenLine } from './golden-set.ts';

/** One golden line with one character of a name swapped, and what the converter must write for it (at `index` and the two characters after it, the rest of the name). */
export interface NameSwap {
	line: GoldenLine;
	index: number;
	/** The character that stood there and the one put in its place. */
	from: string;
	to: string;
	source: string;
	expected: string;
}

// Surnames whose name form is not what the character means alone (钟 → 鍾, not the bell 鐘; 于, not 於).
// Names are looked for at the first five only: the golden set has 干 mostly in 干预 and 干扰, 朴 in the herb 厚朴, 党
// in 党员, all written as the surname is; each of the seven may take a name's place.
const SWAP_SURNAMES = [...'钟余于范涂干党'];
const NAME_SURNAMES = SWAP_SURNAMES.slice(0, 5);
// A place name's end close after the character makes it a place (于都县, 余干两县), not a person; 钟情 and 钟爱 are words.
const NO_NAME_AFTER = /^(?:[\u3400-\u9fff]?[省市县区镇乡村州都]|[情爱])/;
// Given names' characters of the same kind (发 → 發, not 髮; 丰 → 豐). Not 谷, which a name may mean either way.
const SWAP_GIVEN = [...'发丰'];

/** Every swap of a name's character in the Simplified lines: where the hand-checked line writes it in its name form. */
export function nameSwaps(lines: readonly GoldenLine[]): NameSwap[] {
	const { surnameForms, givenForms } = nameData();
	const swaps: NameSwap[] = [];
	const put = (text: string, index: number, char: string) => text.slice(0, index) + char + text.slice(index + 1);
	for (const line of lines) {
		if (line.half !== 's2t' || line.source.length !== line.expected.length) continue;
		for (let i = 0; i + 1 < line.source.length; i++) {
			const char = line.source[i]!;
			const [kind, forms] = NAME_SURNAMES.includes(char) ? [SWAP_SURNAMES, surnameForms] : SWAP_GIVEN.includes(char) ? [SWAP_GIVEN, givenForms] : [];
			// Only where the line writes the name form: a surname or a given name, not 余额 or 头发.
			if (!kind || !forms || line.expected[i] !== forms.get(char)) continue;
			if (NO_NAME_AFTER.test(line.source.slice(i + 1, i + 3))) continue;
			// A given name's character needs a surname one or two characters before it (刘金发, 叶其发), not 发展 or 丰收 alone.
			if (kind === SWAP_GIVEN && !nameData().surnames.has(line.source[i - 1] ?? '') && !nameData().surnames.has(line.source[i - 2] ?? '')) continue;
			for (const other of kind) {
				if (other === char) continue;
				swaps.push({ line, index: i, from: char, to: other, source: put(line.source, i, other), expected: put(line.expected, i, forms.get(other)!) });
			}
		}
	}
	return swaps;
}
