import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');

/**
 * A frozen copy of the sample content the project started from: tests build and inspect this, never the live
 * `content/`, so an office that replaces `content/` with its own region (or adds one bulletin) still passes `npm test`.
 */
export const sampleSite = join(projectRoot, 'test/fixtures/sample-site');

export interface BuiltSite {
	/** The temporary project folder; `dist/` inside it holds the output. */
	root: string;
	dist: string;
	ok: boolean;
	/** The build's exit status, when it ran here (a refused build of changes exits with its own). */
	status?: number | null;
	output: string;
	/** Reads a file of the output, relative to dist/, without Astro's scoped-style attributes. */
	read(path: string): string;
	/** Every file of the output, relative to dist/. */
	files(): string[];
	remove(): void;
}

/** A fresh temporary project (in `parent`): this project's code and tools, node_modules linked, and the given content folder. */
export function createProject(content: string | ((contentDir: string) => void), parent = tmpdir()): string {
	const root = mkdtempSync(join(parent, 'bulletin-site-'));
	for (const entry of ['src', 'scripts', 'test/helpers', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
		if (existsSync(join(projectRoot, entry))) cpSync(join(projectRoot, entry), join(root, entry), { recursive: true });
	}
	symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
	const contentDir = join(root, 'content');
	if (typeof content === 'string') cpSync(content, contentDir, { recursive: true });
	else content(contentDir);
	return root;
}

/** Runs a Node script of the project (e.g. scripts/check.ts) in a project folder; returns its exit code and output. */
export function runScript(root: string, script: string, args: string[] = [], env: Record<string, string> = {}): { status: number; output: string } {
	const result = spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
	return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * Runs a script of a project like runScript(), but without blocking this process: a server started by the test (the
 * picture server) can answer the script's requests, and several projects can run at once.
 */
export function runScriptAsync(root: string, script: string, args: string[] = []): Promise<{ status: number; output: string }> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [script, ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('close', (code) => resolve({ status: code ?? 1, output }));
	});
}

/**
 * Builds the project's code over another content folder in a fresh temporary project, exactly as `npm run build` would,
 * so tests inspect a real `dist/` without touching the working tree.
 */
export function buildSite(content: string | ((contentDir: string) => void), env: Record<string, string> = {}): BuiltSite {
	return buildProject(createProject(content), env);
}

/**
 * The test process's environment without what vitest sets for its own import.meta.env (BASE_URL, MODE…), which Astro
 * would take over. NODE_ENV=test stays on purpose: a production build must not depend on it.
 */
export function buildEnv(): NodeJS.ProcessEnv {
	const vitestKeys = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);
	return Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitestKeys.has(key) && !key.startsWith('VITEST')));
}

/** Runs `astro build` in a project made by createProject() (for tests that add files to it first). */
export function buildProject(root: string, env: Record<string, string> = {}): BuiltSite {
	const result = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: root,
		encoding: 'utf8',
		env: { ...buildEnv(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
	});
	return { ...builtSite(root, result.status === 0, `${result.stdout}\n${result.stderr}`), status: result.status };
}

/** The output of a build that ran in a project folder, with what it printed. */
export function builtSite(root: string, ok: boolean, output: string): BuiltSite {
	const dist = join(root, 'dist');
	return {
		root,
		dist,
		ok,
		output,
		read: (path) => readFileSync(join(dist, path), 'utf8').replace(/ data-astro-cid-\w+(="[^"]*")?/g, ''),
		files: () => (existsSync(dist) ? readdirSync(dist, { recursive: true, encoding: 'utf8' }) : []),
		remove: () => rmSync(root, { recursive: true, force: true }),
	};
}

/** A copy of the sample content with changes applied, for fixture sites that differ from it in a few files. */
export function sampleContentWith(change: (contentDir: string) => void): (contentDir: string) => void {
	return (contentDir) => {
		cpSync(sampleSite, contentDir, { recursive: true });
		change(contentDir);
	};
}

/** Temporary projects made from the sample content (changed as a test needs), removed together by `removeAll`. */
export function sampleProjects() {
	const roots: string[] = [];
	return {
		create(change: (contentDir: string) => void = () => {}): string {
			const root = createProject(sampleContentWith(change));
			roots.push(root);
			return root;
		},
		removeAll(): void {
			roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true }));
		},
	};
}
