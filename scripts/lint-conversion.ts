// npm run lint:conversion — reports spellings and names that would come out wrong in one of the two editions.
import { checkArticlesFolder } from '../src/content-model/articles-folder.ts';
import { formatProblem } from '../src/content-model/problems.ts';
import { siteArticleSchema } from '../src/content-model/site-schema.ts';
import { lintSiteConversion } from '../src/content-model/conversion-lint-site.ts';
import { contentPath } from '../src/content-model/paths.ts';
import { editorMessage } from '../src/content-model/editor-messages.ts';
import { failOnProblems, parseCommand, runCli } from './cli.ts';

const spec = {
	command: 'npm run lint:conversion',
	summary: {
		zh: '找出在繁體或簡體版裏會轉錯的寫法和人名地名（附檔案和行號）',
		en: 'finds spellings and names that would come out wrong in the Traditional or Simplified edition (with file and line)',
	},
	options: { strict: { type: 'boolean', help: { zh: '有警告也以 1 結束（給持續整合用）', en: 'exits 1 on warnings too (for CI)' } } },
	examples: ['npm run lint:conversion', 'npm run lint:conversion -- --strict'],
} as const;

runCli(() => {
	const { values, problems: usage } = parseCommand(spec);
	failOnProblems(spec, usage);
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
