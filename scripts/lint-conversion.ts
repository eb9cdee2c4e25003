// npm run lint:conversion [-- --strict] [--lang zh-Hant|zh-Hans|en] — reports spellings and names that would come out wrong in one of the two editions.
import { checkArticlesFolder } from '../src/content-model/articles-folder.ts';
import { formatProblem } from '../src/content-model/problems.ts';
import { siteArticleSchema } from '../src/content-model/site-schema.ts';
import { lintSiteConversion } from '../src/editions/lint-site.ts';
import { contentPath } from '../src/site/paths.ts';
import { parseArgs } from 'node:util';
import { chooseMessageLanguage, editorMessage } from '../src/site/editor-messages.ts';
import { langOption, runCli } from './cli.ts';

runCli(() => {
	const { values } = parseArgs({ options: { strict: { type: 'boolean' }, ...langOption } });
	chooseMessageLanguage(values.lang);
	const folder = checkArticlesFolder(contentPath('articles'), siteArticleSchema());
	const problems = lintSiteConversion(folder);
	for (const problem of problems) console.log(formatProblem(problem));
	console.log(
		editorMessage(
			{ zh: '轉換檢查：{articles} 篇快訊，{warnings} 個警告', en: 'conversion lint: {articles} articles, {warnings} warning(s)' },
			{ articles: folder.files.size, warnings: problems.length },
		),
	);
	return values.strict && problems.length > 0 ? 1 : 0;
});
