// Where words start in Chinese text, by ICU's dictionary segmenter (Intl.Segmenter, built into Node and browsers): the
// converter uses it so that no phrase of OpenCC's dictionary is matched across a word boundary (金发 inside 奖金发放,
// 和面 inside 和面对), and the name rules use it to tell a name from a word.

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Runs of text that words and phrases can span; punctuation and spaces end a run, so a run is segmented on its own. */
export const RUN = /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}〇0-9０-９A-Za-z]+/gu;

/** `starts[k]` is 1 where a word starts at offset k of `text`, and at `text.length`. */
function wordStarts(text: string): Uint8Array {
	const starts = new Uint8Array(text.length + 1);
	for (const { index } of segmenter.segment(text)) starts[index] = 1;
	starts[text.length] = 1;
	return starts;
}

/** Whether the span `[start, end)` keeps to words: it is made of whole words, or lies inside one word. */
export function keepsToWords(starts: Uint8Array, start: number, end: number): boolean {
	if (starts[start] && starts[end]) return true;
	for (let k = start + 1; k < end; k++) if (starts[k]) return false;
	return true;
}

/**
 * The word boundaries of one text, segmented run by run and only for the runs someone asks about (segmenting is the
 * costliest step of conversion), so the converter and the context rules share one segmentation.
 */
export class TextWords {
	private readonly segmented = new Map<number, Uint8Array>();
	private readonly text: string;
	private runs: Array<[number, number]> | undefined;

	constructor(text: string) {
		this.text = text;
	}

	/** Word starts of the run that begins at `start` (offsets within the run). */
	ofRun(start: number, run: string): Uint8Array {
		let starts = this.segmented.get(start);
		if (!starts) this.segmented.set(start, (starts = wordStarts(run)));
		return starts;
	}

	/** Whether a word starts at `index` of the text (a run's edges always start words). */
	startsAt(index: number): boolean {
		this.runs ??= [...this.text.matchAll(RUN)].map((m) => [m.index, m.index + m[0].length]);
		let low = 0;
		let high = this.runs.length - 1;
		while (low <= high) {
			const middle = (low + high) >> 1;
			const [start, end] = this.runs[middle]!;
			if (index < start) high = middle - 1;
			else if (index >= end) low = middle + 1;
			else return index === start || this.ofRun(start, this.text.slice(start, end))[index - start] === 1;
		}
		return true;
	}
}
