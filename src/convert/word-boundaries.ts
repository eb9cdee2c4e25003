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
 * The word boundaries of one text, found run by run where someone asks (the converter asks about whole runs, the context
 * rules about single offsets), so the converter and the context rules share one segmentation. The text is handed to ICU
 * once (each Intl.Segmenter.segment() call clones ICU's break iterator) and a run is read from it whole, word by word
 * with containing(), the first time any offset in it is asked about: ICU segments a run's whole stretch of Han
 * characters for any offset in it, and again each time it is asked about one after another run, so reading a run at
 * once costs little more than one offset in it, and the rules' offsets, asked in no order, cost nothing more.
 */
export class TextWords {
	private readonly segmented = new Map<number, Uint8Array>();
	/** The text with everything outside the runs turned into line breaks (runsOnly), made when ICU is first asked. */
	private runs: string | undefined;
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
		const known = this.known;
		// A run is read whole or not at all: one offset inside it that ICU has not told means none has been.
		if (run.length > 1 && known[start + 1] === 0) this.readRun(start);
		starts = new Uint8Array(run.length + 1);
		starts[0] = 1;
		for (let k = 1; k < run.length; k++) starts[k] = known[start + k] === 1 ? 1 : 0;
		starts[run.length] = 1;
		this.segmented.set(start, starts);
		return starts;
	}

	/** Whether a word starts at `index` of the text (outside runs, and at a run's edges, one always does). */
	startsAt(index: number): boolean {
		if (this.known[index] === 0) this.readRun(index);
		return this.known[index] === 1;
	}

	/** Asks ICU for every word of the run around `index` (or the one character outside runs there) and notes where each starts and ends. */
	private readRun(index: number): void {
		const known = this.known;
		const runs = (this.runs ??= runsOnly(this.text));
		if (index >= runs.length || runs[index] === '\n') {
			known[index] = known[index + 1] = 1;
			return;
		}
		this.segments ??= segmenter.segment(runs);
		const end = runs.indexOf('\n', index);
		for (let at = runs.lastIndexOf('\n', index) + 1, stop = end < 0 ? runs.length : end; at < stop;) {
			const word: Intl.SegmentData = this.segments.containing(at)!;
			const wordEnd = word.index + word.segment.length;
			known[word.index] = 1;
			known.fill(-1, word.index + 1, wordEnd);
			known[wordEnd] = 1;
			at = wordEnd;
		}
	}
}
