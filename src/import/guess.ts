import type { County, Topic } from '../content-model/taxonomies.ts';
import { editorMessage } from '../content-model/editor-messages.ts';
import { siteExamples } from '../content-model/site-examples.ts';
import { toSimplified } from '../convert/to-simplified.ts';

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

/** The county a report is about: the one its title and text name most; the whole region (a province, else a top-level city) when none is named. */
export function guessCounty(title: string, body: string, counties: County[]): Guess<string> {
	const scores = score(title, body, counties, (c) => [c.name, c.short]).sort((a, b) => b.score - a.score);
	const total = scores.reduce((sum, s) => sum + s.score, 0);
	const best = scores[0];
	if (!best || best.score === 0) {
		const city = counties.find((c) => c.level === 'province') ?? counties.find((c) => c.level === 'city' && c.parent === undefined) ?? counties[0]!;
		return {
			value: city.id,
			confidence: 0,
			reason: editorMessage(
				{ zh: '文中沒有提到任何{jurisdictions}，暫用{city}', en: 'the text names no jurisdiction; {city} for now' },
				{ jurisdictions: siteExamples().jurisdiction, city: city.name },
			),
		};
	}
	return {
		value: best.candidate.id,
		confidence: best.score / total,
		reason: editorMessage(
			{ zh: '{county} 得 {score} 分，共 {total} 分', en: '{county} scored {score} of {total} points' },
			{ county: best.candidate.name, score: best.score, total },
		),
	};
}

/** How much each topic keyword tells, learnt from the reports at hand: a word most of them use (口罩 in an epidemic) says little. */
export type KeywordWeights = ReadonlyMap<string, number>;

const termsOf = (topic: Topic) => [...new Set([topic.name, ...topic.keywords].map(toSimplified))];

/** Inverse document frequency of every topic keyword over some texts (the batch being imported and the site's articles). */
export function keywordWeights(texts: readonly string[], topics: readonly Topic[]): KeywordWeights {
	const simplified = texts.map(toSimplified);
	const weights = new Map<string, number>();
	for (const term of new Set(topics.flatMap(termsOf))) {
		const used = simplified.filter((text) => text.includes(term)).length;
		weights.set(term, Math.log((1 + simplified.length) / (1 + used)) + 1);
	}
	return weights;
}

/** A topic guess: the topics to write (topics.yaml order), the one the report is mostly about, and how sure the importer is. */
export interface TopicGuess extends Guess<string[]> {
	/** The best-scoring topic; undefined when no keyword of any topic was found. */
	main?: string;
}

/** The ids of the chosen topics in topics.yaml order. */
const topicIds = (chosen: ReadonlyArray<{ candidate: Topic }>) => [...chosen].sort((x, y) => x.candidate.order - y.candidate.order).map((s) => s.candidate.id);

/** Times a body mention can count: a long report repeating one word is not more about it than a short one. */
const BODY_CAP = 2;

/**
 * The most a guess resting on one mention of one keyword is sure of, below the 0.6 at which the importer asks the editor
 * to confirm: a keyword in the title alone scored full confidence, and a report on World Tuberculosis Day went to
 * 卫生监督 with 1.00 (trial-45).
 */
const ONE_MENTION = 0.5;

/**
 * Topics whose keywords the report uses enough: the best, and others with at least a third of its score and 2 points, at
 * most three, in topics.yaml order. A keyword counts TITLE_WEIGHT times in the title, at most BODY_CAP times in the text, times its weight.
 */
export function guessTopics(title: string, body: string, topics: Topic[], weights: KeywordWeights = new Map()): TopicGuess {
	const [t, b] = [toSimplified(title), toSimplified(body)];
	const scores = topics.map((candidate) => {
		const found = termsOf(candidate).map((term) => {
			const mentions = { title: occurrences(t, [term]) > 0 ? 1 : 0, body: Math.min(BODY_CAP, occurrences(b, [term])) };
			return { term, mentions: mentions.title + mentions.body, score: (weights.get(term) ?? 1) * (TITLE_WEIGHT * mentions.title + mentions.body) };
		});
		const mentioned = found.filter((f) => f.mentions > 0);
		return {
			candidate,
			score: found.reduce((sum, f) => sum + f.score, 0),
			mentions: mentioned.reduce((sum, f) => sum + f.mentions, 0),
			term: mentioned[0]?.term,
		};
	});
	const ranked = [...scores].sort((x, y) => y.score - x.score || x.candidate.order - y.candidate.order);
	const best = ranked[0]?.score ?? 0;
	if (best === 0) return { value: [], confidence: 0, reason: editorMessage({ zh: '沒有找到任何專題關鍵詞', en: 'no topic keyword found' }) };
	const chosen = ranked.filter((s, i) => i === 0 || s.score >= Math.max(2, best / 3)).slice(0, 3);
	const total = scores.reduce((sum, s) => sum + s.score, 0);
	const round = (n: number) => Math.round(n * 10) / 10;
	const main = ranked[0]!;
	// The share of the evidence the chosen topics hold, scaled down when all of it is weaker than one mention in the title.
	const confidence = (chosen.reduce((sum, s) => sum + s.score, 0) / total) * Math.min(1, best / TITLE_WEIGHT);
	const reason = chosen.map((s) => `${s.candidate.id} ${round(s.score)}`).join(', ');
	if (main.mentions > 1) return { value: topicIds(chosen), main: main.candidate.id, confidence, reason };
	// The keyword as topics.yaml writes it, not its Simplified form the texts were compared in.
	const keyword = [main.candidate.name, ...main.candidate.keywords].find((word) => toSimplified(word) === main.term) ?? main.term!;
	return {
		value: topicIds(chosen),
		main: main.candidate.id,
		confidence: Math.min(confidence, ONE_MENTION),
		reason: editorMessage(
			{ zh: '{reason}；{id} 只憑一處提到「{keyword}」', en: '{reason}; {id} rests on one mention of "{keyword}"' },
			{ reason, id: main.candidate.id, keyword },
		),
	};
}
