import { describe, expect, it } from 'vitest';
import { RUN, TextWords } from '../../src/convert/word-boundaries.ts';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Word starts of a run segmented on its own, as the converter always read them (one ICU call per run). */
function alone(run: string): number[] {
	return [...segmenter.segment(run)].map(({ index }) => index);
}

const ofRun = (starts: Uint8Array) => [...starts.keys()].filter((k) => starts[k] === 1);

// Digits and Latin letters next to punctuation that ICU joins them across (3，5 and 3.5 are one number to ICU), Han next
// to Latin, full-width digits, a character outside the BMP and an emoji, which is neither in a run nor one code unit.
const TEXTS = [
	'奖金发放3，5天后在浦源镇进登村,郭锡文与镇村干部亲切交谈。',
	'COVID19疫情期间，3.5万只口罩送到周宁县；余发华、于长征参加。',
	'第２周１２只羊😀𣨼字和面对面。\n湿了又干，干了又湿',
];

describe('TextWords', () => {
	it.each(TEXTS)('reads each run as ICU segments it alone: %s', (text) => {
		const words = new TextWords(text);
		for (const run of text.matchAll(RUN)) expect(ofRun(words.ofRun(run.index, run[0]))).toEqual([...alone(run[0]), run[0].length]);
	});

	it.each(TEXTS)('answers startsAt the same in whatever order it is asked: %s', (text) => {
		const offsets = [...Array(text.length + 1).keys()];
		// A word starts everywhere but inside a run, where ICU says where.
		const expected = offsets.map(() => true);
		for (const run of text.matchAll(RUN)) {
			const starts = alone(run[0]);
			for (let k = 1; k < run[0].length; k++) expected[run.index + k] = starts.includes(k);
		}
		const forwards = new TextWords(text);
		expect(offsets.map((k) => forwards.startsAt(k))).toEqual(expected);
		const backwards = new TextWords(text);
		expect(offsets.toReversed().map((k) => backwards.startsAt(k))).toEqual(expected.toReversed());
		// Runs segmented first, then single offsets: what the converter and the context rules do in turn.
		const runsFirst = new TextWords(text);
		for (const run of text.matchAll(RUN)) runsFirst.ofRun(run.index, run[0]);
		expect(offsets.map((k) => runsFirst.startsAt(k))).toEqual(expected);
	});

	it.each(TEXTS)('reads a run the same after single offsets were asked about, asking ICU only about words it has not told: %s', (text) => {
		const asked = new TextWords(text);
		for (let k = 0; k <= text.length; k += 3) asked.startsAt(k);
		for (const run of text.matchAll(RUN)) {
			const fresh = new TextWords(text);
			expect(ofRun(asked.ofRun(run.index, run[0]))).toEqual(ofRun(fresh.ofRun(run.index, run[0])));
		}
		// Once every offset has been asked about, reading the runs asks ICU nothing more.
		const known = new TextWords(text);
		for (let k = 0; k <= text.length; k++) known.startsAt(k);
		let calls = 0;
		const segments = (known as unknown as { segments: Intl.Segments }).segments;
		const containing = segments.containing.bind(segments);
		segments.containing = (index?: number) => (calls++, containing(index));
		for (const run of text.matchAll(RUN)) known.ofRun(run.index, run[0]);
		expect(calls).toBe(0);
	});

	it('starts a word at every offset outside the runs and at each run edge', () => {
		const text = TEXTS[0]!;
		const words = new TextWords(text);
		for (const run of text.matchAll(RUN)) {
			expect(words.startsAt(run.index)).toBe(true);
			expect(words.startsAt(run.index + run[0].length)).toBe(true);
		}
		expect(words.startsAt(text.indexOf('，'))).toBe(true);
	});
});
