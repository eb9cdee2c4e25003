import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { conversionTime } from '../convert/convert.ts';
import { editorMessage } from '../content-model/editor-messages.ts';
import { buildSitePart } from '../core/site-parts.ts';
import { codeChangeNote, codeFingerprint, publishedBuild } from '../publish/published-build.ts';
import { leadDiskFailuresInWords } from './disk-failures.ts';

/**
 * Logs, first, that the code changed since the last published whole build (so a slow build is expected), and at the
 * end how long the build spent converting between scripts (text and article HTML), which the benchmark reads; a build
 * that stops on a full disk in Astro's or rolldown's own code is explained in words before their message.
 */
export function buildReport(): AstroIntegration {
	return {
		name: 'bulletin-build-report',
		hooks: {
			'astro:config:setup': ({ command, config, logger }) => {
				if (command !== 'build') return;
				// Astro's and rolldown's own failures on a full disk are printed in English: a line in words goes first.
				leadDiskFailuresInWords();
				// A build of changes refuses to run on other code, saying so itself.
				if (buildSitePart().kind !== 'whole') return;
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
