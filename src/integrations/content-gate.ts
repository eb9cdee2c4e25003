import type { AstroIntegration } from 'astro';
import { editorMessage } from '../content-model/editor-messages.ts';
import { dataFileProblems } from '../content-model/data-files.ts';
import { ContentError, logProblems } from '../content-model/problems.ts';
import { noArticlesYet } from '../content-model/articles-folder.ts';
import { contentPath } from '../content-model/paths.ts';

/**
 * Checks the data files (site.yaml, taxonomies, glossary, alerts) before Astro loads the content config: Astro wraps
 * an error thrown while loading it in one of its own, printed with a stack trace, which would bury the file and line.
 * With no article to publish yet, it says so, and the build goes on to an empty site.
 */
export function contentGate(): AstroIntegration {
	return {
		name: 'bulletin-content-gate',
		hooks: {
			'astro:config:setup': ({ command, logger }) => {
				if (command !== 'build') return;
				const errors = dataFileProblems().filter((problem) => problem.severity === 'error');
				if (errors.length === 0) {
					// The first thing a new office reads, in its words, rather than Astro's warning of an empty collection.
					const empty = noArticlesYet(contentPath('articles'));
					if (empty) logger.warn(empty);
					return;
				}
				logProblems(logger, errors);
				throw new ContentError(
					editorMessage(
						{
							zh: '資料檔有 {count} 個問題，什麼都沒有發佈；問題列在上面，每行一個',
							en: '{count} problem(s) in data files, listed above one a line; nothing was published',
						},
						{ count: errors.length },
					),
					editorMessage({
						zh: '逐行改正上面的問題（檔案:行: 訊息），再建置一次。`npm run check` 不建置也會列出同樣的問題。',
						en: 'Fix each line above (file:line: message), then build again. `npm run check` lists the same problems without building.',
					}),
				);
			},
		},
	};
}
