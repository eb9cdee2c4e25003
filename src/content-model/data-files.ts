import { readSiteGlossary } from './glossary-file.ts';
import { siteConfig } from './config.ts';
import { DataFileError } from './yaml-file.ts';
import { readAlerts } from './alerts.ts';
import type { Problem } from './problems.ts';
import { siteArticleSchema } from './site-schema.ts';

/** Problems with the data files (site.yaml, taxonomies, glossary, alerts), which every article check depends on. */
export function dataFileProblems(): Problem[] {
	const problems: Problem[] = [];
	for (const read of [siteConfig, readSiteGlossary, siteArticleSchema, readAlerts]) {
		try {
			read();
		} catch (error) {
			if (!(error instanceof DataFileError)) throw error;
			// The schema reads site.yaml and the taxonomies again, so a problem of theirs is thrown twice: list it once.
			for (const problem of error.problems) {
				if (!problems.some((seen) => seen.file === problem.file && seen.line === problem.line && seen.message === problem.message)) {
					problems.push({ ...problem, hint: problem.hint ?? error.hint });
				}
			}
		}
	}
	return problems;
}
