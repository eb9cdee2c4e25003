import { Document, visit } from 'yaml';
import { articleFile } from '../content-model/slug.ts';
import type { County, Series, Topic } from '../content-model/taxonomies.ts';
import { pageLines } from './blocks.ts';
import { guessCounty, guessDate, guessTopics } from './guess.ts';
import { splitPage, type ImportedPage } from './split.ts';
import { toSimplified } from '../editions/to-simplified.ts';

export interface ImportOptions {
	/** YYYY-MM-DD: the year for dates written without one, and the date of reports that give none. */
	date: string;
	counties: County[];
	topics: Topic[];
	series: Series[];
}

export interface ImportedArticle {
	/** Path under content/articles/, e.g. 2020/02/08-fuan-ye-qi-fa-diao-yan-wo.md */
	file: string;
	frontmatter: Record<string, unknown>;
	paragraphs: string[];
	/** The whole file as written. */
	markdown: string;
	/** What to check before publishing. */
	notes: string[];
}

/** Below this confidence a guess is reported as unsure. */
const SURE = 0.6;

/** Turns a scraped page (plain text or saved HTML) into one Markdown article per report, with guessed metadata and notes on what to check. */
export function importPage(input: string, options: ImportOptions): { articles: ImportedArticle[]; dropped: ImportedPage['dropped']; series?: string } {
	const page = splitPage(pageLines(input));
	const seriesId = page.series ? options.series.find((s) => toSimplified(s.name) === toSimplified(page.series!))?.id : undefined;
	const articles = page.reports.map((report) => {
		const body = report.paragraphs.join('\n');
		const county = guessCounty(report.title, body, options.counties);
		const topics = guessTopics(report.title, body, options.topics);
		const date = guessDate(report.paragraphs, options.date);
		const notes = [...report.notes];
		if (county.confidence < SURE) notes.push(`county ${county.value} is a guess (${county.reason})`);
		if (topics.confidence < SURE) notes.push(`topics ${topics.value.join(', ')} are a guess (${topics.reason})`);
		if (date.confidence < SURE) notes.push(`date ${date.value}: ${date.reason}`);
		if (page.series && !seriesId) notes.push(`series "${page.series}" is not in content/series.yaml; add it there and set series:`);
		const frontmatter: Record<string, unknown> = { title: report.title, date: date.value, county: county.value, topics: topics.value };
		if (seriesId) frontmatter.series = seriesId;
		if (report.credits.source) frontmatter.source = report.credits.source;
		if (report.credits.authors.length) frontmatter.authors = report.credits.authors;
		if (report.credits.photographers.length) frontmatter.photographers = report.credits.photographers;
		return {
			file: articleFile(date.value, county.value, report.title),
			frontmatter,
			paragraphs: report.paragraphs,
			markdown: articleMarkdown(frontmatter, report.paragraphs),
			notes,
		};
	});
	return { articles, dropped: page.dropped, series: page.series };
}

/** An article file: YAML frontmatter (lists written inline, as editors write them) and the paragraphs. */
export function articleMarkdown(frontmatter: Record<string, unknown>, paragraphs: string[]): string {
	const doc = new Document(frontmatter);
	visit(doc, { Seq: (_key, node) => void (node.flow = true) });
	return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n\n${paragraphs.join('\n\n')}\n`;
}
