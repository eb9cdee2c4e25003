import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createConverter } from '../../src/convert/convert.ts';
import { choicesToReview } from '../../src/convert/review.ts';
import { toSimplified } from '../../src/convert/to-simplified.ts';
import type { Choice } from '../../src/convert/to-traditional.ts';
import type { LineResult } from './evaluate.ts';
import { hanCount } from './golden-set.ts';

/** A typical report: the seed page's six county reports (written in Traditional), read in Simplified. */
export const TYPICAL_REPORT = 'test/fixtures/seed-2020-02-08.txt';

const percent = (part: number, whole: number) => (whole === 0 ? 'n/a' : `${((part / whole) * 100).toFixed(1)} %`);

/** Review-list flags of a Simplified text converted for the Traditional edition (glossary empty). */
function reviewFlags(text: string): Choice[] {
	const choices: Choice[] = [];
	createConverter({ from: 'zh-Hans', to: 'zh-Hant', variant: 'tw', glossary: [] })(text, choices);
	return choicesToReview(choices);
}

/**
 * How the review list does on the golden set's Simplified half: the share of the converter's remaining errors it flags
 * (tuned and held-out lines apart), and its flags per 2,000 Han characters on a typical report and on the golden set.
 */
export function reviewListFigures(ours: readonly LineResult[]) {
	const counts = { tuned: [0, 0], heldOut: [0, 0] };
	let flags = 0;
	let han = 0;
	for (const { line, wrong } of ours) {
		if (line.half !== 's2t') continue;
		const flagged = new Set(reviewFlags(line.source).map((c) => c.index));
		flags += flagged.size;
		han += hanCount(line.source);
		const bucket = line.heldOut ? counts.heldOut : counts.tuned;
		bucket[0]! += wrong.filter((i) => flagged.has(i)).length;
		bucket[1]! += wrong.length;
	}
	const typical = toSimplified(readFileSync(join(process.cwd(), TYPICAL_REPORT), 'utf8'));
	const [flaggedErrors, errors] = [counts.tuned[0]! + counts.heldOut[0]!, counts.tuned[1]! + counts.heldOut[1]!];
	return {
		flaggedErrors,
		errors,
		recall: {
			tuned: percent(counts.tuned[0]!, counts.tuned[1]!),
			heldOut: percent(counts.heldOut[0]!, counts.heldOut[1]!),
			all: percent(flaggedErrors, errors),
		},
		typicalPer2000: (reviewFlags(typical).length / hanCount(typical)) * 2000,
		typicalSource: `${TYPICAL_REPORT} in Simplified, ${hanCount(typical)} Han characters`,
		goldenPer2000: han === 0 ? 0 : (flags / han) * 2000,
	};
}
