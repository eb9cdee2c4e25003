import { copyFileSync, createReadStream, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { adminConfig, adminPage, adminStyle } from '../editor/admin-page.ts';
import { editorSetupScript } from '../editor/editor-setup.ts';
import { siteConfig } from '../content-model/config.ts';
import { adminPath } from '../editor/cms-config.ts';
import { editorMessage } from '../content-model/editor-messages.ts';
import { EDITOR_FOLDER } from '../content-model/paths.ts';

const require = createRequire(import.meta.url);

// Decap CMS's own pre-built bundle (decap-cms-app with React), loaded by the editor's page (admin-page.ts). Bundling
// decap-cms-app through Vite instead added about 18 s to every build, the test builds included, for the same code.
const BUNDLE = dirname(require.resolve('decap-cms/dist/decap-cms.js'));

/** The files of the bundle the editor page loads: the main script, the chunks it fetches beside itself, and its WebAssembly. */
function bundleFiles(): string[] {
	return readdirSync(BUNDLE).filter((file) => /(^|\.)decap-cms\.js$|\.wasm$/.test(file));
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.yml': 'text/yaml; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.wasm': 'application/wasm',
};

/** The editor's own files, generated now: its page and its configuration. */
const generated = (): Record<string, string> => ({
	'index.html': adminPage(),
	'config.yml': adminConfig(),
	'editor.css': adminStyle(),
	'editor-setup.js': editorSetupScript(siteConfig()),
});

/**
 * The web editor at /admin/ (Decap CMS, from npm, never a CDN): a page, its configuration generated from content/,
 * and Decap's bundle next to them, written into the build.
 * `npm run dev` serves the bundle and, at /admin/api/v1, Decap's local backend (decap-server's file-system API), which
 * saves into this project's folder, so the editor can be tried, and used offline, with no Git host.
 */
export function webEditor(): AstroIntegration {
	let base = '/';
	let command = '';
	return {
		name: 'bulletin-web-editor',
		hooks: {
			'astro:config:setup': (options) => {
				base = options.config.base.endsWith('/') ? options.config.base : `${options.config.base}/`;
				command = options.command;
			},
			'astro:server:setup': async ({ server, logger }) => {
				// `astro build` sets up a Vite server of its own too; the editor and its local backend belong to `npm run dev` only.
				if (command !== 'dev') return;
				const admin = adminPath(base);
				const files = new Set(bundleFiles());
				server.middlewares.use(admin, (request, response, next) => {
					const file = (request.url ?? '').split('?')[0]!.replace(/^\//, '') || 'index.html';
					const type = TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream';
					// The page and configuration are made again on each request, so a change to the data files shows at once.
					const page = generated()[file];
					if (page !== undefined) response.setHeader('Content-Type', type).end(page);
					else if (files.has(file)) createReadStream(join(BUNDLE, file)).pipe(response.setHeader('Content-Type', type));
					else next();
				});
				// decap-server's own Express app, mounted under /admin/ so the editor reaches it on the page's origin.
				const express = require('express') as () => (request: unknown, response: unknown, next: () => void) => void;
				const { registerLocalFs } = require('decap-server/dist/middlewares') as {
					registerLocalFs(app: unknown, options?: { logLevel?: string }): Promise<void>;
				};
				const backend = express();
				// Mounted before anything is awaited, so it comes before Astro's own page handler in the server's stack.
				server.middlewares.use(admin, backend);
				await registerLocalFs(backend, { logLevel: 'warn' });
				logger.info(
					editorMessage({ zh: '網頁編輯器：{admin}（在本機存檔到 content/）', en: 'web editor: {admin} (saves into content/ on this computer)' }, { admin }),
				);
			},
			'astro:build:done': ({ dir }) => {
				const target = join(fileURLToPath(dir), EDITOR_FOLDER);
				mkdirSync(target, { recursive: true });
				for (const [file, text] of Object.entries(generated())) writeFileSync(join(target, file), text);
				for (const file of bundleFiles()) copyFileSync(join(BUNDLE, file), join(target, file));
			},
		},
	};
}
