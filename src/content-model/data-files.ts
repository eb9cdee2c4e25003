import { readdirSync } from 'node:fs';
import { closest } from './closest.ts';
import { editorMessage } from './editor-messages.ts';
import { contentPath, displayPath } from './paths.ts';
import { taxonomyFiles } from './taxonomies.ts';
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

/**
 * A warning for each YAML file at the top of content/ that no part of the site reads: the sample's counties.yaml left
 * beside a region's own jurisdictions file (trial-45), a topics.yml or a copy, which an office would otherwise edit in
 * vain. None while site.yaml has an error, since it names the jurisdictions file (its error is listed already).
 */
export function unreadDataFiles(): Problem[] {
	let counties: string;
	try {
		counties = taxonomyFiles.counties.file();
	} catch (error) {
		if (error instanceof DataFileError) return [];
		throw error;
	}
	// alerts.yaml and glossary.yaml are read by alerts.ts and glossary-file.ts under these names.
	const read = ['site.yaml', counties, taxonomyFiles.topics.file(), taxonomyFiles.series.file(), 'glossary.yaml', 'alerts.yaml'];
	return readdirSync(contentPath(), { withFileTypes: true })
		.filter((entry) => entry.isFile() && /\.ya?ml$/i.test(entry.name) && !entry.name.startsWith('.') && !read.includes(entry.name))
		.sort((a, b) => a.name.localeCompare(b.name))
		.map(({ name }) => {
			const meant = closest(name, read);
			return {
				file: displayPath(contentPath(name)),
				severity: 'warning' as const,
				message: editorMessage(
					{
						zh: '建站和檢查都不讀這個檔案：網站的資料檔是 {read}',
						en: 'neither the build nor the check reads this file: the site’s data files are {read}',
					},
					{ read: read.join(', ') },
				),
				hint: meant
					? editorMessage({ zh: '是不是 {meant}？改成這個檔名，或刪除它', en: 'did you mean {meant}? Rename it so, or delete it' }, { meant })
					: editorMessage(
							{
								zh: '示範網站或舊版留下的檔案請刪除；如果它才是你們的地區檔案，在 site.yaml 寫 counties: {name}',
								en: 'delete it if the sample or an old version left it; if it is your jurisdictions file, write counties: {name} in site.yaml',
							},
							{ name },
						),
			};
		});
}
