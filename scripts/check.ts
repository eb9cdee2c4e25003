// npm run check [-- --format github] [--lang zh-Hant|zh-Hans|en] — validates all content without building: the same checks the build runs
// first, plus the conversion lint. One line per problem (file:line: 錯誤|警告：message（hint）), a summary,
// exit 1 on any error. With --format github the problems are also printed as annotations for pull requests.
import { articleId, currentArticles, noArticlesYet, type FolderCheck } from '../src/content-model/articles-folder.ts';
import { lostArticles, type PublishedEntry } from '../src/content-model/lost-articles.ts';
import { lostTaxonomyIds } from '../src/content-model/lost-taxonomy-ids.ts';
import { editions } from '../src/core/editions.ts';
import { articleProblems } from '../src/content-model/content-check.ts';
import { dataFileProblems, unreadDataFiles } from '../src/content-model/data-files.ts';
import { formatProblem, githubAnnotation, type Problem } from '../src/content-model/problems.ts';
import { siteArticleSchema } from '../src/content-model/site-schema.ts';
import { readAlerts } from '../src/content-model/alerts.ts';
import { alertLinkProblems, sitePages } from '../src/content-model/site-pages.ts';
import { publishedSite } from '../src/publish/swap.ts';
import { readTaxonomy, taxonomyFiles } from '../src/content-model/taxonomies.ts';
import { siteConfig } from '../src/content-model/config.ts';
import { siteExamples } from '../src/content-model/site-examples.ts';
import { glossaryWarnings, usableSiteGlossary } from '../src/content-model/glossary-file.ts';
import { DataFileError } from '../src/content-model/yaml-file.ts';
import { lintSiteConversion } from '../src/content-model/conversion-lint-site.ts';
import { contentPath, displayPath } from '../src/content-model/paths.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readSource } from '../src/content-model/source-files.ts';
import { editorMessage } from '../src/content-model/editor-messages.ts';
import { failOnProblems, parseCommand, runCli } from './cli.ts';

const spec = {
	command: 'npm run check',
	summary: {
		zh: '不建站，只檢查全部內容（和建站時同樣的檢查，外加繁簡轉換檢查），一次列出所有問題；有錯誤時以 1 結束',
		en: 'checks all content without building (the checks of the build, and the conversion lint), listing every problem at once; exits 1 on an error',
	},
	options: {
		format: {
			type: 'string',
			default: 'text',
			value: '<text|github>',
			help: {
				zh: 'github：另外以 GitHub Actions 註記輸出，讓問題顯示在拉取請求的那一行上',
				en: 'github: also prints GitHub Actions annotations, so each problem shows on its line of the pull request',
			},
		},
	},
	examples: ['npm run check', 'npm run check -- --format github'],
} as const;

/** What a data file's reader returns, or undefined when the file has an error (listed with the data files' problems). */
function readable<T>(read: () => T): T | undefined {
	try {
		return read();
	} catch (error) {
		if (error instanceof DataFileError) return undefined;
		throw error;
	}
}

/** Alerts (shown on every page, when alerts.yaml reads) that link to a page the site does not have; links in article bodies are the articles' check. */
function alertPageLinkProblems(folder: FolderCheck): Problem[] {
	const pages = sitePages(new Set([...folder.files.keys()].map(articleId)));
	const alertsFile = contentPath('alerts.yaml');
	const alerts = pages && existsSync(alertsFile) ? readable(readAlerts) : undefined;
	return alerts && pages ? alertLinkProblems(alerts, readSource(alertsFile).toString('utf8'), displayPath(alertsFile), pages) : [];
}

/**
 * Every edition's articles as the last build published them (dist/<edition>/articles.json); none when nothing was built
 * here, or the record is unreadable (the next build writes it again).
 */
function lastBuildArticles(): PublishedEntry[] {
	return editions.flatMap((edition) => {
		const file = join(publishedSite(resolve(process.cwd(), 'dist')), edition.path, 'articles.json');
		try {
			const articles = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { articles: PublishedEntry[] }).articles : [];
			return articles.map((article) => ({ ...article, script: edition.script }));
		} catch {
			return [];
		}
	});
}

/**
 * The ids of the jurisdictions, topics or series whose listing the last build published in any edition
 * (dist/<edition>/counties/<id>/); none when nothing was built here.
 */
function lastBuildListings(kind: 'counties' | 'topics' | 'series'): string[] {
	const ids = editions.flatMap((edition) => {
		const folder = join(publishedSite(resolve(process.cwd(), 'dist')), edition.path, kind);
		if (!existsSync(folder)) return [];
		return readdirSync(folder, { withFileTypes: true })
			.filter((entry) => entry.isDirectory())
			.map((entry) => entry.name);
	});
	return [...new Set(ids)];
}

/** Warnings for the jurisdictions, topics and series the last build published and the data files lost (no formerIds). */
function lostListingProblems(): Problem[] {
	const words = {
		counties: editorMessage({ zh: '{word}', en: 'jurisdiction' }, { word: siteExamples().jurisdiction }),
		topics: editorMessage({ zh: '專題', en: 'topic' }),
		series: editorMessage({ zh: '系列報道', en: 'series' }),
	};
	return (['counties', 'topics', 'series'] as const).flatMap((kind) => {
		const path = contentPath(taxonomyFiles[kind].file());
		const current = readable(() => readTaxonomy(kind));
		if (!current) return [];
		const listings = { kind, file: displayPath(path), text: readSource(path).toString('utf8'), published: lastBuildListings(kind), current };
		return lostTaxonomyIds(listings, words[kind]);
	});
}

runCli(async () => {
	const { values, problems: usage } = parseCommand(spec);
	if (!['text', 'github'].includes(values.format)) {
		usage.push(
			editorMessage({ zh: '--format 只能是 text 或 github，不是 {format}', en: '--format must be text or github, not {format}' }, { format: values.format }),
		);
	}
	failOnProblems(spec, usage);
	const started = performance.now();
	const dataProblems = dataFileProblems();
	// Joined with concat, never push(...list): a site with 200,000 warnings would overflow the call stack.
	let problems = [...dataProblems, ...unreadDataFiles(), ...glossaryWarnings()];
	let articles = 0;
	// Articles are checked against site.yaml and the jurisdictions, topics and series files: with an error in one of those
	// they cannot be, and the summary says so; an error in the glossary or alerts.yaml leaves them checkable.
	const schema = readable(siteArticleSchema);
	if (schema) {
		const { folder, problems: found } = await articleProblems(schema);
		articles = folder.files.size;
		problems = problems.concat(found, alertPageLinkProblems(folder));
		// The conversion review reads the glossary; with an error in it (listed above), its valid entries.
		problems = problems.concat(lintSiteConversion(folder, undefined, usableSiteGlossary()));
		// A deleted article's title is quoted in the site's script, as its editors wrote it.
		const script = readable(siteConfig)?.defaultScript;
		problems = problems.concat(lostArticles(lastBuildArticles(), currentArticles(folder, contentPath('articles')), undefined, script), lostListingProblems());
	}
	for (const problem of problems) console.log(formatProblem(problem));
	const empty = schema && noArticlesYet(contentPath('articles'));
	if (empty) console.log(empty);
	if (values.format === 'github') for (const problem of problems) console.log(githubAnnotation(problem));
	const errors = problems.filter((p) => p.severity === 'error').length;
	const warnings = problems.length - errors;
	const seconds = ((performance.now() - started) / 1000).toFixed(2);
	console.log(
		schema
			? editorMessage(
					{
						zh: '已檢查 {articles} 篇快訊，{seconds} 秒：{errors} 個錯誤，{warnings} 個警告',
						en: 'checked {articles} articles in {seconds} s: {errors} error(s), {warnings} warning(s)',
					},
					{ articles, seconds, errors, warnings },
				)
			: editorMessage(
					{
						zh: '已檢查資料檔，{seconds} 秒：{errors} 個錯誤，{warnings} 個警告。快訊沒有檢查：快訊要對照 site.yaml、{file}、topics.yaml 和 series.yaml 才能檢查；改正上面資料檔的錯誤後再執行一次 npm run check',
						en: 'checked the data files in {seconds} s: {errors} error(s), {warnings} warning(s). Articles were not checked: they are checked against site.yaml, {file}, topics.yaml and series.yaml; fix the data-file errors above, then run npm run check again',
					},
					{ seconds, errors, warnings, file: siteExamples().countiesFile },
				),
	);
	return errors > 0 ? 1 : 0;
});
