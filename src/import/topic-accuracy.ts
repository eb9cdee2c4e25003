import { z } from 'astro/zod';
import type { Topic } from '../content-model/taxonomies.ts';
import { guessTopics, keywordWeights } from './guess.ts';

export const labelledReportsSchema = z.array(
	z.strictObject({
		topic: z.string({ error: 'is required: the main topic id an editor would give the report' }),
		also: z.array(z.string()).default([]),
		title: z.string().min(1),
		text: z.string().min(1),
	}),
);
export type LabelledReport = z.output<typeof labelledReportsSchema>[number];

/** How the topic guesses compare with an editor's labels. */
export interface TopicAccuracy {
	total: number;
	/** Reports whose best-guessed topic is the labelled main topic. */
	mainCorrect: number;
	/** Reports whose written topics include the labelled main topic. */
	mainWritten: number;
	/** Topics written that the editor's labels (main and also) do not have. */
	extraTopics: number;
	misses: Array<{ title: string; expected: string; guessed?: string; written: string[] }>;
}

/** Guesses every labelled report's topics as the importer would (keyword weights learnt from the whole set) and counts the agreements. */
export function measureTopicGuesses(reports: readonly LabelledReport[], topics: Topic[]): TopicAccuracy {
	const weights = keywordWeights(
		reports.map((r) => `${r.title}\n${r.text}`),
		topics,
	);
	const result: TopicAccuracy = { total: reports.length, mainCorrect: 0, mainWritten: 0, extraTopics: 0, misses: [] };
	for (const report of reports) {
		const guess = guessTopics(report.title, report.text, topics, weights);
		const allowed = new Set([report.topic, ...report.also]);
		if (guess.main === report.topic) result.mainCorrect++;
		else result.misses.push({ title: report.title, expected: report.topic, guessed: guess.main, written: guess.value });
		if (guess.value.includes(report.topic)) result.mainWritten++;
		result.extraTopics += guess.value.filter((id) => !allowed.has(id)).length;
	}
	return result;
}
