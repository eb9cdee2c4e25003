import type { AstroIntegration } from 'astro';
import { conversionTime } from '../convert/convert.ts';

/** Logs how long the build spent converting between scripts (text and article HTML), which the benchmark reads. */
export function buildReport(): AstroIntegration {
	return {
		name: 'bulletin-build-report',
		hooks: {
			'astro:build:done': ({ logger }) => {
				logger.info(`script conversion took ${(conversionTime.ms / 1000).toFixed(1)} s`);
			},
		},
	};
}
