import { writeFileSync, mkdirSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints the files that took longest, hooks and builds included, and writes every file's time to
 * test-results/file-times.json: CI's 20 minutes are spent by a few files, and vitest's own reports count only the
 * tests' bodies, not the builds their beforeAll runs.
 */
export default class FileTimes implements Reporter {
	onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
		const rows = modules
			.map((module) => ({ file: module.relativeModuleId, project: module.project.name, seconds: Math.round(module.diagnostic().duration / 100) / 10 }))
			.sort((a, b) => b.seconds - a.seconds);
		mkdirSync('test-results', { recursive: true });
		writeFileSync('test-results/file-times.json', JSON.stringify(rows, null, '\t') + '\n');
		const total = rows.reduce((sum, row) => sum + row.seconds, 0);
		console.log(`\nslowest test files (hooks included; ${Math.round(total)} s in all files):`);
		for (const row of rows.slice(0, 15)) console.log(`  ${String(row.seconds).padStart(6)} s  ${row.project.padEnd(7)} ${row.file}`);
	}
}
