/** Something wrong with a content file, located precisely enough for an editor to fix it. */
export interface Problem {
	file: string;
	line?: number;
	severity: 'error' | 'warning';
	message: string;
	hint?: string;
}

/** `file:line: error: message (hint)`: the one-line form shared by the build, `npm run check` and CI annotations. */
export function formatProblem({ file, line, severity, message, hint }: Problem): string {
	return `${file}${line ? `:${line}` : ''}: ${severity}: ${message}${hint ? ` (${hint})` : ''}`;
}
