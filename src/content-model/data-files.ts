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
			problems.push(...error.problems.map((p) => ({ ...p, hint: error.hint })));
		}
	}
	return problems;
}
