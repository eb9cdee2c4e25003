import type { Topic } from '../content-model/taxonomies.ts';
import { toSimplified } from '../convert/to-simplified.ts';

/** Topics that an old site's tags and categories name, and the tags that name none. */
export interface TagTopics {
	topics: string[];
	/** tag → the topic id it was read as */
	matched: Array<{ tag: string; topic: string }>;
	unmatched: string[];
}

/**
 * Reads tags and categories as topics: a tag that is a topic's id or name, or that contains one of its importer keywords
 * (or is contained in one, for tags of two characters or more), compared in Simplified so either script matches.
 */
export function topicsFromTags(tags: readonly string[], topics: readonly Topic[]): TagTopics {
	const matched: TagTopics['matched'] = [];
	const unmatched: string[] = [];
	for (const tag of tags) {
		const t = toSimplified(tag.trim()).toLowerCase();
		const topic = topics.find((candidate) => {
			if (t === candidate.id) return true;
			const terms = [candidate.name, ...candidate.keywords].map(toSimplified);
			return terms.some((term) => t.includes(term) || ([...t].length >= 2 && term.includes(t)));
		});
		if (topic) matched.push({ tag, topic: topic.id });
		else unmatched.push(tag);
	}
	const ids = new Set(matched.map((m) => m.topic));
	return { topics: topics.filter((t) => ids.has(t.id)).map((t) => t.id), matched, unmatched };
}
