// Where words start in Chinese text, by ICU's dictionary segmenter (Intl.Segmenter, built into Node and browsers): the
// converter uses it so that no phrase of OpenCC's dictionary is matched across a word boundary (金发 inside 奖金发放,
// 和面 inside 和面对), and the name rules use it to tell a name from a word.

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Runs of text that words and phrases can span; punctuation and spaces end a run, so a run is segmented on its own. */
export const RUN = /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}〇0-9０-９A-Za-z]+/gu;

const OUTSIDE_RUNS = /[^\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}〇0-9０-９A-Za-z]+/gu;

/**
 * The text with everything outside the runs turned into line breaks, offsets kept. ICU always breaks before and after a
 * line break (UAX #29, WB3a/WB3b) and segments each stretch between breaks on its own, so each run of this text falls
 * into the words it would fall into alone; a run stays segmented "on its own" while all of them share one call.
 */
function runsOnly(text: string): string {
	return text.replace(OUTSIDE_RUNS, (outside) => '\n'.repeat(outside.length));
}

/** Whether the span `[start, end)` keeps to words: it is made of whole words, or lies inside one word. */
export function keepsToWords(starts: Uint8Array, start: number, end: number): boolean {
	if (starts[start] && starts[end]) return true;
	for (let k = start + 1; k < end; k++) if (starts[k]) return false;
	return true;
}

/**
 * The word boundaries of one text, found only where someone asks (the converter asks about whole runs, the context
 * rules about single offsets), so the converter and the context rules share one segmentation. Each
 * Intl.Segmenter.segment() call costs about as much as segmenting a clause (ICU clones its break iterator), so the text
 * is handed to ICU once and each offset asked about is read from it with containing().
 */
export class TextWords {
	private readonly segmented = new Map<number, Uint8Array>();
	private readonly text: string;
	/** Per offset (and at the end): 1 where a word starts, -1 where none does, 0 where ICU has not been asked yet. */
	private readonly known: Int8Array;
	private segments: Intl.Segments | undefined;

	constructor(text: string) {
		this.text = text;
		this.known = new Int8Array(text.length + 1);
	}

	/** Word starts of the run that begins at `start` (offsets within the run, and 1 at `run.length`). */
	ofRun(start: number, run: string): Uint8Array {
		let starts = this.segmented.get(start);
		if (starts) return starts;
		starts = new Uint8Array(run.length + 1);
		const known = this.known;
		for (let at = start; at < start + run.length;) {
			starts[at - start] = 1;
			// A word the context rules already asked about is not asked again: ICU's answer is the costliest step.
			let end = at + 1;
			while (known[end] === -1) end++;
			at = known[at] === 1 && known[end] === 1 ? end : this.wordAt(at);
		}
		starts[run.length] = 1;
		this.segmented.set(start, starts);
		return starts;
	}

	/** Whether a word starts at `index` of the text (outside runs, and at a run's edges, one always does). */
	startsAt(index: number): boolean {
		if (this.known[index] === 0) this.wordAt(index);
		return this.known[index] === 1;
	}

	/** Asks ICU for the word around `index`, notes where it starts and ends, and returns its end. */
	private wordAt(index: number): number {
		this.segments ??= segmenter.segment(runsOnly(this.text));
		const word = this.segments.containing(index);
		if (!word) {
			this.known[index] = 1;
			return index;
		}
		const end = word.index + word.segment.length;
		this.known[word.index] = 1;
		this.known.fill(-1, word.index + 1, end);
		this.known[end] = 1;
		return end;
	}
}
