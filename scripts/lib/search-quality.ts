import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from './build-site.ts';

/** The search quality set: a content folder written for it and the queries with the articles each must find. */
export const searchFixture = join(projectRoot, 'test/fixtures/search');

export interface QualityEntry {
	query: string;
	/** exact: the articles containing the query; absent: no result at all; partial: none as written, these under 部分相符. */
	kind: 'exact' | 'absent' | 'partial';
	/** Article ids (paths under content/articles without .md). */
	expect: string[];
}

/** The quality set's queries (test/fixtures/search/queries.yaml). */
export function qualitySet(): QualityEntry[] {
	return (parse(readFileSync(join(searchFixture, 'queries.yaml'), 'utf8')) as Array<Omit<QualityEntry, 'expect'> & { expect?: string[] }>).map((entry) => ({
		...entry,
		expect: entry.expect ?? [],
	}));
}
