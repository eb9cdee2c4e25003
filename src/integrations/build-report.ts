import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { conversionTime } from '../convert/convert.ts';
import { editorMessage } from '../content-model/editor-messages.ts';
import { buildSitePart } from '../core/site-parts.ts';
import { codeChangeNote, codeFingerprint, publishedBuild } from '../publish/published-build.ts';

/**
 * Logs, first, that the code changed since the last published whole build (so a slow build is expected), and at the
 * end how long the build spent converting between scripts (text and article HTML), which the benchmark reads.
 */
export function buildReport(): AstroIntegration {
	return {
		name: 'bulletin-build-report',
		hooks: {
			'astro:config:setup': ({ command, config, logger }) => {
				// A build of changes refuses to run on other code, saying so itself.
				if (command !== 'build' || buildSitePart().kind !== 'whole') return;
				const note = codeChangeNote(publishedBuild(fileURLToPath(config.cacheDir)), codeFingerprint(fileURLToPath(config.root)));
				if (note) logger.info(note);
			},
			'astro:build:done': ({ logger }) => {
				logger.info(
					editorMessage({ zh: '簡繁轉換用了 {seconds} 秒', en: 'script conversion took {seconds} s' }, { seconds: (conversionTime.ms / 1000).toFixed(1) }),
				);
			},
		},
	};
}
