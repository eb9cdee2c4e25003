// npm run lint:conversion — reports spellings and names that would come out wrong in one of the two editions.
import { checkArticlesFolder } from '../src/content-model/articles-folder.ts';
import { formatProblem } from '../src/content-model/problems.ts';
import { siteArticleSchema } from '../src/content-model/site-schema.ts';
import { lintSiteConversion } from '../src/editions/lint-site.ts';
import { contentPath } from '../src/site/paths.ts';
import { runCli } from './cli.ts';

runCli(() => {
	const folder = checkArticlesFolder(contentPath('articles'), siteArticleSchema());
	const problems = lintSiteConversion(folder);
	for (const problem of problems) console.log(formatProblem(problem));
	console.log(`conversion lint: ${folder.files.size} articles, ${problems.length} warning${problems.length === 1 ? '' : 's'}`);
	return process.argv.includes('--strict') && problems.length > 0 ? 1 : 0;
});
