import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { HotPayload } from 'vite';
import { escapeText } from 'entities';
import { contentErrors, devContentMessage } from '../content-model/content-check.ts';
import { formatProblem, type Problem } from '../content-model/problems.ts';
import { editorMessage } from '../content-model/editor-messages.ts';
import { contentPath } from '../content-model/paths.ts';

// The dev server's integration and its middleware are loaded apart (the middleware through Vite), so they share the
// latest check through one global slot.
const LATEST = Symbol.for('bulletin.dev-content-errors');
type Slot = { [LATEST]?: Promise<Problem[]> };

/** The content errors found by the latest check in `npm run dev` (checking now if none ran yet). */
export function latestContentErrors(): Promise<Problem[]> {
	return ((globalThis as Slot)[LATEST] ??= contentErrors());
}

/**
 * `npm run dev` applies the build's content checks: at start and after every change under content/ it checks the
 * data files and every article (pictures' alt text included), prints the problems as `npm run check` does, and shows
 * them in the browser in Astro's error overlay, at once and on every page until they are fixed.
 */
export function devContentCheck(): AstroIntegration {
	let dev = false;
	return {
		name: 'bulletin-dev-content-check',
		hooks: {
			'astro:config:setup': ({ command, addMiddleware }) => {
				dev = command === 'dev';
				if (dev) addMiddleware({ order: 'pre', entrypoint: new URL('./dev-content-middleware.ts', import.meta.url) });
			},
			'astro:server:setup': ({ server, logger }) => {
				// `astro build` sets up a Vite server of its own too, where the build's own content check reports instead.
				if (!dev) return;
				let timer: NodeJS.Timeout | undefined;
				let hadErrors = false;
				// Astro renders an error sent to the overlay as Markdown, which would show a fix's ![說明](./images/x.jpg) as "說明",
				// unless the payload says it is rendered already (its own flag for the payloads it makes): the lines go escaped,
				// as written, with the first error's place for the overlay's link to the file.
				const showErrors = (errors: readonly Problem[]) => {
					const { message, hint } = devContentMessage(errors);
					const [first] = errors;
					const err = {
						name: 'ContentError',
						message: escapeText(message),
						hint: escapeText(hint),
						loc: { file: first && resolve(first.file), line: first?.line ?? 1, column: 1 },
						stack: '',
						plugin: 'bulletin-content-check',
					};
					server.hot.send({ __isEnhancedAstroErrorPayload: true, type: 'error', err } as unknown as HotPayload);
				};
				// A page opened while there are errors (the middleware's page) gets the overlay once its client connects.
				server.ws.on('connection', () => {
					void latestContentErrors().then((errors) => {
						if (errors.length > 0) showErrors(errors);
					});
				});
				const recheck = () => {
					const run = contentErrors();
					(globalThis as Slot)[LATEST] = run;
					run.then(
						(errors) => {
							if (errors.length > 0) {
								for (const error of errors) logger.error(formatProblem(error));
								showErrors(errors);
							} else if (hadErrors) {
								logger.info(editorMessage({ zh: '內容已沒有錯誤', en: 'the content has no errors now' }));
								server.hot.send({ type: 'full-reload' });
							}
							hadErrors = errors.length > 0;
						},
						(error: unknown) => logger.error(error instanceof Error ? error.message : String(error)),
					);
				};
				const content = contentPath();
				server.watcher.add(content);
				server.watcher.on('all', (_event, path) => {
					if (!path.startsWith(content)) return;
					// An editor saves a file in several writes; check once they have settled.
					clearTimeout(timer);
					timer = setTimeout(recheck, 150);
				});
				recheck();
			},
		},
	};
}
