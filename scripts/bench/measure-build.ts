import { execFileSync, spawn } from 'node:child_process';

export interface MeasuredRun {
	seconds: number;
	/** Highest sum of resident memory over the process and all its children (Pagefind runs as a child), in MB. */
	peakMB: number;
	/** Each output line with the seconds since the start at which it arrived. */
	lines: Array<{ at: number; text: string }>;
	status: number;
}

/** Resident memory (kB) of a process and its descendants, from one `ps` listing. */
function treeRss(root: number): number {
	const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' })
		.trim()
		.split('\n')
		.map((line) => line.trim().split(/\s+/).map(Number) as [number, number, number]);
	const children = new Map<number, number[]>();
	for (const [pid, ppid] of rows) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
	const rss = new Map(rows.map(([pid, , kb]) => [pid, kb]));
	let total = 0;
	const stack = [root];
	while (stack.length) {
		const pid = stack.pop()!;
		total += rss.get(pid) ?? 0;
		stack.push(...(children.get(pid) ?? []));
	}
	return total;
}

/** Runs a command, timing it and sampling its process tree's memory every 200 ms. */
export function measure(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<MeasuredRun> {
	return new Promise((resolve) => {
		const started = performance.now();
		const child = spawn(command, args, { cwd, env: { ...env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' } });
		const lines: MeasuredRun['lines'] = [];
		let peak = 0;
		const sampler = setInterval(() => {
			try {
				peak = Math.max(peak, treeRss(child.pid!));
			} catch {
				/* the process ended between two samples */
			}
		}, 200);
		const collect = (chunk: Buffer) => {
			const at = (performance.now() - started) / 1000;
			for (const text of chunk.toString().split('\n')) if (text.trim()) lines.push({ at, text });
		};
		child.stdout.on('data', collect);
		child.stderr.on('data', collect);
		child.on('close', (status) => {
			clearInterval(sampler);
			resolve({ seconds: (performance.now() - started) / 1000, peakMB: peak / 1024, lines, status: status ?? 1 });
		});
	});
}

/** Seconds between the first line matching `from` and the next line matching `to`. */
export function between(lines: MeasuredRun['lines'], from: RegExp, to: RegExp): number | undefined {
	const start = lines.findIndex((l) => from.test(l.text));
	if (start === -1) return undefined;
	const end = lines.findIndex((l, i) => i > start && to.test(l.text));
	return end === -1 ? undefined : lines[end]!.at - lines[start]!.at;
}

/** A number of seconds an integration reported in its log line. */
export function reported(lines: MeasuredRun['lines'], pattern: RegExp): number | undefined {
	const line = lines.find((l) => pattern.test(l.text));
	const seconds = line && /([\d.]+) s\b/.exec(line.text.slice(line.text.search(pattern)));
	return seconds ? Number(seconds[1]) : undefined;
}
