import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { githubAnnotation } from '../../src/content-model/problems.ts';
import { headersFile, IMMUTABLE_FOLDERS } from '../../src/publish/http-headers.ts';
import { CHANGES_REFUSED } from '../../src/integrations/changes.ts';

describe('pull request annotations', () => {
	it('writes a problem as a GitHub workflow command on its file and line', () => {
		expect(
			githubAnnotation({
				file: 'content/articles/a,b.md',
				line: 4,
				severity: 'error',
				message: 'county: 「福安」不是 county 的 id\n50% sure',
				hint: '改用 fuan',
			}),
		).toBe('::error file=content/articles/a%2Cb.md,line=4::county: 「福安」不是 county 的 id%0A50%25 sure（改用 fuan）');
		expect(githubAnnotation({ file: 'content/topics.yaml', severity: 'warning', message: 'x' })).toBe('::warning file=content/topics.yaml::x');
	});
});

describe('hosting files', () => {
	const csp = (text: string) => /^\s*(?:add_header )?Content-Security-Policy:? "?(default-src[^"\n]+)"?/m.exec(text)?.[1]?.trim();

	it('sends the same Content-Security-Policy from _headers and from nginx, with no unsafe-inline', () => {
		const headers = csp(headersFile('/'));
		expect(headers).toBeDefined();
		expect(csp(readFileSync('scripts/deploy/nginx.conf', 'utf8'))).toBe(headers);
		expect(headers).not.toContain('unsafe-inline');
		expect(headers).toContain("default-src 'self'");
	});

	it('gives the web editor (/admin/) the same wider policy in _headers and nginx, and only it', () => {
		const admin = (text: string) =>
			/(?:Content-Security-Policy:|add_header Content-Security-Policy) "?(default-src[^"\n]*'unsafe-eval'[^"\n]*)"?/.exec(text)?.[1]?.trim();
		const headers = headersFile('/');
		expect(admin(headers)).toBeDefined();
		expect(admin(readFileSync('scripts/deploy/nginx.conf', 'utf8'))).toBe(admin(headers));
		expect(headers).toMatch(/^\/admin\/\*\n  ! Content-Security-Policy\n  Content-Security-Policy: /m);
		expect(readFileSync('scripts/deploy/nginx.conf', 'utf8')).toMatch(
			/location \^~ \/admin\/ \{\n\t\tadd_header Cache-Control [^\n]+\n\t\tadd_header Content-Security-Policy /,
		);
	});

	it('builds once and deploys that build, with the content check beside it; tests run on pull requests and code changes only', () => {
		const workflow = parse(readFileSync('.github/workflows/publish.yml', 'utf8'));
		const runs = (job: string) => workflow.jobs[job].steps.map((step: { run?: string }) => step.run).filter(Boolean);
		expect(runs('build')).toEqual(expect.arrayContaining(['npm ci']));
		expect(workflow.jobs.build.steps.find((s: { name?: string }) => s.name === 'Build').run).toMatch(/npm run build:changes[^]*\n\s*npm run build\s*$/);
		// The published site is kept with the caches, for build:changes to lay the changed pages over.
		expect(
			workflow.jobs.build.steps
				.find((s: { uses?: string }) => s.uses?.startsWith('actions/cache'))
				.with.path.split('\n')
				.filter(Boolean),
		).toEqual(['.cache', 'dist']);
		expect(runs('build').filter((run: string) => run.startsWith('npm run check'))).toEqual([]);
		// The check's annotations come from a job of their own, which the deployment does not wait for.
		expect(runs('check')).toEqual(['npm ci', 'npm run check -- --format github']);
		expect(workflow.jobs.check.needs).toBeUndefined();
		expect(workflow.jobs.build.steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/upload-pages-artifact')).with.path).toBe('dist');
		expect(runs('test')).toEqual(expect.arrayContaining(['npm ci', 'npm test']));
		expect(workflow.jobs.test.if).toContain("needs.build.outputs.code-changed == 'true'");
		expect(workflow.jobs.deploy.needs).toEqual(['build', 'test']);
		expect(workflow.jobs.deploy.if).toContain("needs.test.result == 'skipped'");
		expect(workflow.jobs.deploy.steps.map((s: { run?: string }) => s.run).filter(Boolean)).toEqual([]);
	});

	it('rebuilds every morning, so urgent marks end after their day with no push; one publish at a time, none cancelling another', () => {
		const publish = parse(readFileSync('.github/workflows/publish.yml', 'utf8'));
		const sharded = parse(readFileSync('.github/workflows/publish-sharded.yml', 'utf8'));
		expect(publish.on.schedule).toEqual([{ cron: expect.stringMatching(/^\d+ \d+ \* \* \*$/) }]);
		expect(publish.jobs.check.if).toBe("github.event_name != 'schedule'");
		// A content push and a sharded rebuild share one group and wait for each other.
		expect(publish.concurrency).toEqual({ group: 'publish-${{ github.ref }}', 'cancel-in-progress': "${{ github.event_name == 'pull_request' }}" });
		expect(sharded.concurrency).toEqual({ group: 'publish-${{ github.ref }}', 'cancel-in-progress': false });
		// Every run saves its caches, a rebuild of the same commit too; the sharded assembly saves the site it published.
		const cacheOf = (steps: Array<{ uses?: string; with?: { path: string; key: string } }>) =>
			steps.filter((s) => s.uses?.startsWith('actions/cache')).map((s) => ({ path: s.with!.path.split('\n').filter(Boolean), key: s.with!.key }));
		const key = 'site-build-${{ github.sha }}-${{ github.run_id }}-${{ github.run_attempt }}';
		expect(cacheOf(publish.jobs.build.steps)).toEqual([{ path: ['.cache', 'dist'], key }]);
		expect(cacheOf(sharded.jobs.assemble.steps)).toEqual([{ path: ['.cache', 'dist'], key }]);
	});

	it('builds a large archive in shards, one job each, and deploys what the assembly built', () => {
		const workflow = parse(readFileSync('.github/workflows/publish-sharded.yml', 'utf8'));
		const step = (job: string, run: string) => workflow.jobs[job].steps.find((s: { run?: string }) => s.run === run);
		expect(workflow.jobs.shard.strategy.matrix.shard).toBe('${{ fromJSON(needs.plan.outputs.numbers) }}');
		expect(step('shard', 'npm run build').env.BULLETIN_PART).toBe('${{ matrix.shard }}/${{ inputs.shards }}');
		expect(workflow.jobs.shard.steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/upload-artifact')).with.path).toBe(
			'shards/${{ matrix.shard }}',
		);
		expect(workflow.jobs.assemble.needs).toBe('shard');
		expect(step('assemble', 'npm run build').env.BULLETIN_PART).toBe('assemble');
		expect(workflow.jobs.assemble.steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/upload-pages-artifact')).with.path).toBe('dist');
		expect(workflow.jobs.deploy.needs).toBe('assemble');
	});

	it('moves downloaded shard artifacts where the assembly reads them', () => {
		const dir = mkdtempSync(join(tmpdir(), 'shard-artifacts-'));
		for (const n of ['1', '2', '12']) mkdirSync(join(dir, 'shards', `shard-${n}`), { recursive: true });
		const workflow = parse(readFileSync('.github/workflows/publish-sharded.yml', 'utf8'));
		const move = workflow.jobs.assemble.steps.find((s: { run?: string }) => s.run?.startsWith('for folder in shards/')).run;
		execFileSync('bash', ['-c', move], { cwd: dir });
		expect(readdirSync(join(dir, 'shards')).sort()).toEqual(['1', '12', '2']);
		rmSync(dir, { recursive: true, force: true });
	});

	it('publishes with build:changes only a push of added or corrected articles, and builds the whole site when it refuses', () => {
		const workflow = parse(readFileSync('.github/workflows/publish.yml', 'utf8'));
		const script: string = workflow.jobs.build.steps.find((s: { name?: string }) => s.name === 'Build').run;
		const bin = mkdtempSync(join(tmpdir(), 'workflow-build-'));
		// A stand-in npm that logs what it was asked to run and ends build:changes with the status it is told to.
		writeFileSync(join(bin, 'npm'), '#!/bin/sh\necho "$*" >> "$LOG"\n[ "$2" = build:changes ] && exit "$CHANGES_STATUS"\nexit 0\n', { mode: 0o755 });
		const build = (articles: string, event: string, changesStatus = 0) => {
			const log = join(bin, 'log');
			writeFileSync(log, '');
			const run = script.replace('${{ steps.changes.outputs.articles }}', articles).replace('${{ github.event_name }}', event);
			const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, LOG: log, CHANGES_STATUS: String(changesStatus) };
			let status = 0;
			try {
				execFileSync('bash', ['-e', '-o', 'pipefail', '-c', run], { env, stdio: 'ignore' });
			} catch (error) {
				status = (error as { status: number }).status;
			}
			return { runs: readFileSync(log, 'utf8').trim().split('\n'), status };
		};
		try {
			expect(build('true', 'push')).toEqual({ runs: ['run build:changes'], status: 0 });
			// Refused (exit status CHANGES_REFUSED): the whole build publishes it.
			expect(build('true', 'push', CHANGES_REFUSED)).toEqual({ runs: ['run build:changes', 'run build'], status: 0 });
			// A content error: printed once, by build:changes, and the job fails.
			expect(build('true', 'push', 1)).toEqual({ runs: ['run build:changes'], status: 1 });
			expect(build('false', 'push')).toEqual({ runs: ['run build'], status: 0 });
			expect(build('true', 'pull_request')).toEqual({ runs: ['run build'], status: 0 });
		} finally {
			rmSync(bin, { recursive: true, force: true });
		}
	});

	it('tells a content-only push from a code push, and a push of added or changed articles from other content', () => {
		const workflow = parse(readFileSync('.github/workflows/publish.yml', 'utf8'));
		const script: string = workflow.jobs.build.steps.find((s: { id?: string }) => s.id === 'changes').run;
		const repo = mkdtempSync(join(tmpdir(), 'workflow-changes-'));
		const git = (...args: string[]) =>
			execFileSync('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { encoding: 'utf8' }).trim();
		const commit = (file: string) => {
			mkdirSync(dirname(join(repo, file)), { recursive: true });
			writeFileSync(join(repo, file), file);
			git('add', '.');
			git('commit', '-qm', file);
			return git('rev-parse', 'HEAD');
		};
		const changes = (before: string, event = 'push') => {
			// Inside .git, so no commit of the test picks it up.
			const output = join(repo, '.git', 'workflow-output');
			writeFileSync(output, '');
			execFileSync('bash', ['-c', script], { cwd: repo, env: { ...process.env, BEFORE: before, EVENT: event, GITHUB_OUTPUT: output } });
			return readFileSync(output, 'utf8').trim();
		};
		try {
			git('init', '-q');
			const first = commit('README.md');
			const bulletin = commit('content/articles/2020/02/09-fuan-notice.md');
			expect(changes(first)).toBe('code=false\narticles=true');
			const topics = commit('content/topics.yaml');
			expect(changes(bulletin)).toBe('code=false\narticles=false');
			git('rm', '-q', 'content/articles/2020/02/09-fuan-notice.md');
			git('commit', '-qm', 'remove');
			expect(changes(topics)).toBe('code=false\narticles=false');
			const removed = git('rev-parse', 'HEAD');
			commit('src/pages/index.astro');
			expect(changes(removed)).toBe('code=true\narticles=false');
			expect(changes('0000000000000000000000000000000000000000')).toBe('code=true\narticles=false');
			expect(changes('')).toBe('code=true\narticles=false');
			// The morning's scheduled run has no push to compare with: a whole build, no tests.
			expect(changes('', 'schedule')).toBe('code=false\narticles=false');
		} finally {
			rmSync(repo, { recursive: true, force: true });
		}
	});
});

describe('the _headers file the build writes', () => {
	/** The rules of a _headers file: a path pattern and the names of the headers it sets. */
	const rules = (text: string) =>
		text
			.split(/\n(?=\S)/)
			.filter((block) => !block.startsWith('#'))
			.map((block) => {
				const [path, ...headers] = block.trim().split('\n');
				return { path: path!, names: headers.map((h) => h.trim().split(':')[0]) };
			});
	/** Whether a Netlify/Cloudflare path pattern (* matches anything, a :placeholder one path segment) matches a path. */
	const matches = (pattern: string, path: string) => {
		const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
		const source = pattern
			.split('*')
			.map((part) =>
				part
					.split(/:[a-z]+/)
					.map(escape)
					.join('[^/]+'),
			)
			.join('.*');
		return new RegExp(`^${source}$`).test(path);
	};

	it.each(['/', '/bulletins/'])('sets each header of a path by one rule only, under base %s', (base) => {
		const file = rules(headersFile(base));
		expect(file.every((rule) => rule.path.startsWith(base))).toBe(true);
		const paths = ['', 'zh-hant/', 'zh-hant/pagefind/pagefind.js', ...IMMUTABLE_FOLDERS.map((folder) => `${folder.replace(':bundle', '2020')}x.js`)].map(
			(p) => `${base}${p}`,
		);
		for (const path of paths) {
			const names = file.filter((rule) => matches(rule.path, path)).flatMap((rule) => rule.names);
			expect(new Set(names).size, path).toBe(names.length);
			expect(names, path).toContain('Content-Security-Policy');
		}
		const immutable = file.filter((rule) => rule.names.includes('Cache-Control')).map((rule) => rule.path);
		expect(immutable).toEqual(IMMUTABLE_FOLDERS.map((folder) => `${base}${folder}*`));
	});
});
