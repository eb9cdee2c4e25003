import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { githubAnnotation } from '../../src/content-model/problems.ts';

describe('pull request annotations', () => {
	it('writes a problem as a GitHub workflow command on its file and line', () => {
		expect(
			githubAnnotation({
				file: 'content/articles/a,b.md',
				line: 4,
				severity: 'error',
				message: 'county: "福安" is not a county id\n50% sure',
				hint: 'use fuan',
			}),
		).toBe('::error file=content/articles/a%2Cb.md,line=4::county: "福安" is not a county id%0A50%25 sure (use fuan)');
		expect(githubAnnotation({ file: 'content/topics.yaml', severity: 'warning', message: 'x' })).toBe('::warning file=content/topics.yaml::x');
	});
});

describe('hosting files', () => {
	const csp = (text: string) => /^\s*(?:add_header )?Content-Security-Policy:? "?(default-src[^"\n]+)"?/m.exec(text)?.[1]?.trim();

	it('sends the same Content-Security-Policy from _headers and from nginx, with no unsafe-inline', () => {
		const headers = csp(readFileSync('public/_headers', 'utf8'));
		expect(headers).toBeDefined();
		expect(csp(readFileSync('scripts/deploy/nginx.conf', 'utf8'))).toBe(headers);
		expect(headers).not.toContain('unsafe-inline');
		expect(headers).toContain("default-src 'self'");
	});

	it('gives the web editor (/admin/) the same wider policy in _headers and nginx, and only it', () => {
		const admin = (text: string) =>
			/(?:Content-Security-Policy:|add_header Content-Security-Policy) "?(default-src[^"\n]*'unsafe-eval'[^"\n]*)"?/.exec(text)?.[1]?.trim();
		const headers = readFileSync('public/_headers', 'utf8');
		expect(admin(headers)).toBeDefined();
		expect(admin(readFileSync('scripts/deploy/nginx.conf', 'utf8'))).toBe(admin(headers));
		expect(headers).toMatch(/^\/admin\/\*\n  ! Content-Security-Policy\n  Content-Security-Policy: /m);
		expect(readFileSync('scripts/deploy/nginx.conf', 'utf8')).toMatch(
			/location \^~ \/admin\/ \{\n\t\tadd_header Cache-Control [^\n]+\n\t\tadd_header Content-Security-Policy /,
		);
	});

	it('checks and builds once and deploys that build; tests run on pull requests and code changes only', () => {
		const workflow = parse(readFileSync('.github/workflows/publish.yml', 'utf8'));
		const runs = (job: string) => workflow.jobs[job].steps.map((step: { run?: string }) => step.run).filter(Boolean);
		expect(runs('build')).toEqual(expect.arrayContaining(['npm ci', 'npm run check -- --format github', 'npm run build']));
		expect(workflow.jobs.build.steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/upload-pages-artifact')).with.path).toBe('dist');
		expect(runs('test')).toEqual(expect.arrayContaining(['npm ci', 'npm test']));
		expect(workflow.jobs.test.if).toContain("needs.build.outputs.code-changed == 'true'");
		expect(workflow.jobs.deploy.needs).toEqual(['build', 'test']);
		expect(workflow.jobs.deploy.if).toContain("needs.test.result == 'skipped'");
		expect(workflow.jobs.deploy.steps.map((s: { run?: string }) => s.run).filter(Boolean)).toEqual([]);
	});

	it('tells a content-only push from a code push', () => {
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
		const changes = (before: string) => {
			const output = join(repo, '.output');
			writeFileSync(output, '');
			execFileSync('bash', ['-c', script], { cwd: repo, env: { ...process.env, BEFORE: before, GITHUB_OUTPUT: output } });
			return readFileSync(output, 'utf8').trim();
		};
		try {
			git('init', '-q');
			const first = commit('README.md');
			const bulletin = commit('content/articles/2020/02/09-fuan-notice.md');
			expect(changes(first)).toBe('code=false');
			commit('src/pages/index.astro');
			expect(changes(bulletin)).toBe('code=true');
			expect(changes('0000000000000000000000000000000000000000')).toBe('code=true');
			expect(changes('')).toBe('code=true');
		} finally {
			rmSync(repo, { recursive: true, force: true });
		}
	});
});
