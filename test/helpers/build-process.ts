import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { buildEnv, projectRoot } from '../../scripts/lib/build-site.ts';

export interface RunningBuild {
	child: ChildProcess;
	/** Resolves with the exit code (null when killed) and everything the build printed. */
	done: Promise<{ code: number | null; output: string }>;
	/** Resolves once the build has printed a line matching the pattern. */
	printed(pattern: RegExp): Promise<void>;
	/** Kills the build and every process it started (Pagefind, sharp workers) at once, as a power cut or OOM would. */
	kill(): void;
}

/** Starts `astro build` in a project folder in its own process group, without waiting for it. */
export function startBuild(root: string): RunningBuild {
	const child = spawn(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: root,
		detached: true,
		env: { ...buildEnv(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
	});
	let output = '';
	const waiting: Array<{ pattern: RegExp; resolve: () => void }> = [];
	const collect = (chunk: Buffer) => {
		output += chunk.toString();
		for (const wait of waiting.filter((w) => w.pattern.test(output))) {
			waiting.splice(waiting.indexOf(wait), 1);
			wait.resolve();
		}
	};
	child.stdout!.on('data', collect);
	child.stderr!.on('data', collect);
	const done = new Promise<{ code: number | null; output: string }>((resolve) => child.once('close', (code) => resolve({ code, output })));
	return {
		child,
		done,
		printed: (pattern) =>
			new Promise<void>((resolve, reject) => {
				if (pattern.test(output)) return resolve();
				waiting.push({ pattern, resolve });
				void done.then(() => reject(new Error(`the build ended without printing ${pattern}:\n${output}`)));
			}),
		kill: () => process.kill(-child.pid!, 'SIGKILL'),
	};
}
