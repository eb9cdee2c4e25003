import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			// Unit tests read data files through the same functions as the build: from the frozen sample, never the live content/.
			// A few unit tests run a script in a child process (git, npm run alert); on a loaded 2-core machine that can take
			// longer than vitest's 5 s.
			{
				extends: true,
				test: { name: 'unit', include: ['test/unit/**/*.test.ts'], env: { BULLETIN_CONTENT: 'test/fixtures/sample-site' }, testTimeout: 30_000 },
			},
			// Build and browser tests run real `astro build`s; one at a time keeps a 2-core machine from timing out.
			{
				extends: true,
				test: {
					name: 'build',
					include: ['test/build/**/*.test.ts'],
					globalSetup: ['test/setup/shared-builds.ts'],
					testTimeout: 180_000,
					hookTimeout: 300_000,
					fileParallelism: false,
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
					fileParallelism: false,
				},
			},
		],
	},
});
