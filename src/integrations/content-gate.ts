import type { AstroIntegration } from 'astro';
import { dataFileProblems } from '../content-model/data-files.ts';
import { ContentError, formatProblem } from '../content-model/problems.ts';

/**
 * Checks the data files (site.yaml, taxonomies, glossary, alerts) before Astro loads the content config: Astro wraps
 * an error thrown while loading it in one of its own, printed with a stack trace, which would bury the file and line.
 */
export function contentGate(): AstroIntegration {
	return {
		name: 'bulletin-content-gate',
		hooks: {
			'astro:config:setup': ({ command }) => {
				if (command !== 'build') return;
				const errors = dataFileProblems().filter((problem) => problem.severity === 'error');
				if (errors.length === 0) return;
				throw new ContentError(
					`${errors.length} problem${errors.length > 1 ? 's' : ''} in data files; nothing was published:\n${errors.map(formatProblem).join('\n')}`,
					'Fix each line above (file:line: message), then build again. `npm run check` lists the same problems without building.',
				);
			},
		},
	};
}
