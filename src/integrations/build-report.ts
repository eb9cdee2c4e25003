import type { AstroIntegration } from 'astro';
import { conversionTime } from '../convert/convert.ts';
import { editorMessage } from '../content-model/editor-messages.ts';

/** Logs how long the build spent converting between scripts (text and article HTML), which the benchmark reads. */
export function buildReport(): AstroIntegration {
	return {
		name: 'bulletin-build-report',
		hooks: {
			'astro:build:done': ({ logger }) => {
				logger.info(
					editorMessage({ zh: '簡繁轉換用了 {seconds} 秒', en: 'script conversion took {seconds} s' }, { seconds: (conversionTime.ms / 1000).toFixed(1) }),
				);
			},
		},
	};
}
