import type { County, Topic } from '../content-model/taxonomies.ts';
import { toSimplified } from '../editions/to-simplified.ts';

/** A guess and how sure the importer is of it (0–1), so the editor knows what to check. */
export interface Guess<T> {
	value: T;
	confidence: number;
	reason: string;
}

const TITLE_WEIGHT = 5;

function occurrences(text: string, terms: string[]): number {
	const sorted = [...new Set(terms.map(toSimplified))].sort((a, b) => b.length - a.length);
	if (sorted.length === 0) return 0;
	return text.match(new RegExp(sorted.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g'))?.length ?? 0;
}

/** Scores of each candidate in a report: mentions in the title count five times those in the text (compared in Simplified, so either script works). */
function score<T>(title: string, body: string, candidates: T[], terms: (c: T) => string[]): Array<{ candidate: T; score: number }> {
	const [t, b] = [toSimplified(title), toSimplified(body)];
	return candidates.map((candidate) => ({ candidate, score: TITLE_WEIGHT * occurrences(t, terms(candidate)) + occurrences(b, terms(candidate)) }));
}

/** The county a report is about: the one its title and text name most; the city level when none is named. */
export function guessCounty(title: string, body: string, counties: County[]): Guess<string> {
	const scores = score(title, body, counties, (c) => [c.name, c.short]).sort((a, b) => b.score - a.score);
	const total = scores.reduce((sum, s) => sum + s.score, 0);
	const best = scores[0];
	if (!best || best.score === 0) {
		const city = counties.find((c) => c.level === 'city') ?? counties[0]!;
		return { value: city.id, confidence: 0, reason: 'no county named; using the city level' };
	}
	return { value: best.candidate.id, confidence: best.score / total, reason: `${best.candidate.name} scored ${best.score} of ${total}` };
}

/** Topics whose keywords the report uses enough: at least a third of the best score and 2 points, at most three, in topics.yaml order. */
export function guessTopics(title: string, body: string, topics: Topic[]): Guess<string[]> {
	const scores = score(title, body, topics, (t) => [t.name, ...t.keywords]);
	const best = Math.max(0, ...scores.map((s) => s.score));
	if (best === 0) {
		const first = [...topics].sort((a, b) => a.order - b.order)[0]!;
		return { value: [first.id], confidence: 0, reason: 'no topic keyword found' };
	}
	const chosen = scores
		.filter((s) => s.score >= Math.max(2, best / 3))
		.sort((a, b) => b.score - a.score)
		.slice(0, 3)
		.sort((a, b) => a.candidate.order - b.candidate.order);
	const total = scores.reduce((sum, s) => sum + s.score, 0);
	return {
		value: chosen.map((s) => s.candidate.id),
		confidence: chosen.reduce((sum, s) => sum + s.score, 0) / total,
		reason: chosen.map((s) => `${s.candidate.id} ${s.score}`).join(', '),
	};
}

/** The report's date: month and day from its opening (2月8日), the year from `fallback` (--date), else `fallback` itself. */
export function guessDate(paragraphs: string[], fallback: string): Guess<string> {
	const opening = paragraphs.slice(0, 2).join('');
	const full = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(opening);
	const short = /(\d{1,2})月(\d{1,2})日/.exec(opening);
	const pad = (n: string) => n.padStart(2, '0');
	if (full) return { value: `${full[1]}-${pad(full[2]!)}-${pad(full[3]!)}`, confidence: 1, reason: `the text says ${full[0]}` };
	if (short)
		return {
			value: `${fallback.slice(0, 4)}-${pad(short[1]!)}-${pad(short[2]!)}`,
			confidence: 0.9,
			reason: `the text says ${short[0]}; the year is from --date`,
		};
	return { value: fallback, confidence: 0.5, reason: 'no date in the text; using --date' };
}
