import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		// Vitest's default on two cores is one file at a time, which leaves a core idle through the builds.
		maxWorkers: Math.max(2, availableParallelism() - 1),
		projects: [
			// Unit tests read data files through the same functions as the build: from the frozen sample, never the live content/.
			// A few unit tests run a script in a child process (git, npm run alert); on a loaded 2-core machine that can take
			// longer than vitest's 5 s.
			{
				extends: true,
				test: { name: 'unit', include: ['test/unit/**/*.test.ts'], env: { BULLETIN_CONTENT: 'test/fixtures/sample-site' }, testTimeout: 30_000 },
			},
			// Build and browser tests run real `astro build`s, each mostly one core's work: two files at a time keep both
			// cores of a 2-core machine busy (test/setup/shared-builds.ts lets them share the sample's build).
			{
				extends: true,
				test: {
					name: 'build',
					include: ['test/build/**/*.test.ts'],
					globalSetup: ['test/setup/shared-builds.ts'],
					testTimeout: 180_000,
					hookTimeout: 300_000,
				},
			},
			{
				extends: true,
				test: {
					name: 'browser',
					include: ['test/browser/**/*.test.ts'],
					globalSetup: ['test/setup/shared-builds.ts'],
					testTimeout: 60_000,
					hookTimeout: 300_000,
				},
			},
		],
	},
});
