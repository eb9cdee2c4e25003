// OpenCC's own Trie (opencc-js/core) returns only the longest phrase at a position. The converter needs every phrase
// that starts there, longest first, so that it can fall back to a shorter one when the longest would straddle a word
// boundary; that is the whole of this module.

interface TrieNode {
	next?: Map<number, TrieNode>;
	value?: string;
	/** Set on phrases a caller marked when adding them (the converter marks those that change a default). */
	marked?: boolean;
	/** Set on every node on the way to a marked phrase, so that markedAt() can stop where none lies ahead. */
	markedAhead?: boolean;
}

/** One dictionary phrase found in a text: it covers `[start, end)` and is written `value` in the other script. */
export interface PhraseMatch {
	end: number;
	value: string;
}

// Reused by longestWhere() so that trying a position allocates nothing; phrases are at most a few dozen characters.
const scratchEnds: number[] = [];
const scratchValues: string[] = [];

// Asked about nearly every character of a text, the trie takes its first step by an array indexed by character code and
// markedAt() looks at a typed array before it walks: a Map lookup per character was a tenth of the converter's time.

/** Slots of the filter of two-character beginnings of marked phrases (a power of two). */
const PAIR_SLOTS = 1 << 17;

/** The filter slot of the character codes `first` and `second`; different pairs may share one. */
const pairSlot = (first: number, second: number) => (Math.imul(first, 0x9e3779b1) ^ second) & (PAIR_SLOTS - 1);

/** A phrase dictionary (source text → replacement) answering "which phrases start here?" in one walk. */
export class PhraseTrie {
	private readonly root: TrieNode = {};
	/** The root's children by character code, for the first step of every walk. */
	private readonly firsts: Array<TrieNode | undefined> = new Array<TrieNode | undefined>(0x10000).fill(undefined);
	/** 1 at the slot of each two-character beginning of a marked phrase: where none is, markedAt() need not walk. */
	private markedPairs: Uint8Array | undefined;

	/** Adds or replaces a phrase; `marked` phrases can be looked for with markedAt(). */
	add(source: string, value: string, marked = false): void {
		let node = this.root;
		if (marked && source.length > 1) (this.markedPairs ??= new Uint8Array(PAIR_SLOTS))[pairSlot(source.charCodeAt(0), source.charCodeAt(1))] = 1;
		if (marked) node.markedAhead = true;
		for (let i = 0; i < source.length; i++) {
			const code = source.charCodeAt(i);
			node.next ??= new Map();
			let child = node.next.get(code);
			if (!child) node.next.set(code, (child = {}));
			if (node === this.root) this.firsts[code] = child;
			node = child;
			if (marked) node.markedAhead = true;
		}
		node.value = value;
		node.marked = marked;
	}

	/**
	 * Adds every `source value` entry of an OpenCC dictionary string (`a b|c d`); entries already present are kept, as
	 * OpenCC's earlier dictionaries win. `mark` decides which entries are marked.
	 */
	addOpenccDictionary(dictionary: string, mark: (source: string, value: string) => boolean = () => false): void {
		for (const entry of dictionary.split('|')) {
			const space = entry.indexOf(' ');
			if (space <= 0) continue;
			const source = entry.slice(0, space);
			const value = entry.slice(space + 1).split(' ')[0]!;
			if (this.get(source) === undefined) this.add(source, value, mark(source, value));
		}
	}

	/** The replacement of exactly `source`, if it is in the dictionary. */
	get(source: string): string | undefined {
		let node: TrieNode | undefined = this.root;
		for (let i = 0; i < source.length && node; i++) node = node.next?.get(source.charCodeAt(i));
		return node?.value;
	}

	/** Whether a marked phrase of two or more characters starts at `start` (no allocation: the converter asks this of every character). */
	markedAt(text: string, start: number): boolean {
		if (start + 1 >= text.length || !this.markedPairs?.[pairSlot(text.charCodeAt(start), text.charCodeAt(start + 1))]) return false;
		let node = this.firsts[text.charCodeAt(start)];
		for (let i = start + 1; node?.markedAhead; i++) {
			if (node.marked && i - start > 1) return true;
			node = node.next?.get(text.charCodeAt(i));
		}
		return false;
	}

	/** Whether any phrase starts with the character code `code`. */
	starts(code: number): boolean {
		return this.firsts[code] !== undefined;
	}

	/** Every phrase of the dictionary that starts at `start` in `text`, longest first. */
	matchesAt(text: string, start: number, limit = text.length): PhraseMatch[] {
		const found: PhraseMatch[] = [];
		let node = start < limit ? this.firsts[text.charCodeAt(start)] : undefined;
		for (let i = start + 1; node; i++) {
			if (node.value !== undefined) found.push({ end: i, value: node.value });
			node = i < limit ? node.next?.get(text.charCodeAt(i)) : undefined;
		}
		return found.reverse();
	}

	/** The longest phrase starting at `start` that `accept` takes (given its end and replacement), without building the list of all of them. */
	longestWhere(text: string, start: number, accept: (end: number, value: string) => boolean): PhraseMatch | undefined {
		let count = 0;
		let node = this.firsts[text.charCodeAt(start)];
		for (let i = start + 1; node; i++) {
			if (node.value !== undefined) {
				scratchEnds[count] = i;
				scratchValues[count++] = node.value;
			}
			node = node.next?.get(text.charCodeAt(i));
		}
		for (let k = count - 1; k >= 0; k--) if (accept(scratchEnds[k]!, scratchValues[k]!)) return { end: scratchEnds[k]!, value: scratchValues[k]! };
		return undefined;
	}

	/** The longest phrase starting at `start`, if any. */
	longestAt(text: string, start: number): PhraseMatch | undefined {
		let end = 0;
		let value: string | undefined;
		let node = this.firsts[text.charCodeAt(start)];
		for (let i = start + 1; node; i++) {
			if (node.value !== undefined) ((end = i), (value = node.value));
			node = node.next?.get(text.charCodeAt(i));
		}
		return value === undefined ? undefined : { end, value };
	}

	/**
	 * Converts text by longest match, left to right (what OpenCC does with one dictionary group); `accept` can turn down a
	 * match, and a shorter one starting at the same place is tried instead.
	 */
	convert(text: string, accept?: (start: number, match: PhraseMatch) => boolean): string {
		let out = '';
		let copied = 0;
		for (let i = 0; i < text.length;) {
			let match = this.starts(text.charCodeAt(i)) ? this.longestAt(text, i) : undefined;
			if (match && accept && !accept(i, match)) match = this.matchesAt(text, i).find((m) => accept(i, m));
			if (!match) {
				i++;
				continue;
			}
			out += text.slice(copied, i) + match.value;
			i = copied = match.end;
		}
		return copied === 0 ? text : out + text.slice(copied);
	}
}
