import type { z } from 'astro/zod';

/** One line per validation problem, as `field: message`, so editors see which field to fix. */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string {
	return issues
		.map((issue) => {
			const field = issue.path.length > 0 ? issue.path.join('.') : '(file)';
			return `  - ${field}: ${issue.message}`;
		})
		.join('\n');
}
