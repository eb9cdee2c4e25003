import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
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

	it('runs the check, the tests and the build in the workflow, and deploys dist/ from main only', () => {
		const workflow = parse(readFileSync('.github/workflows/publish.yml', 'utf8'));
		const runs = (job: string) => workflow.jobs[job].steps.map((step: { run?: string }) => step.run).filter(Boolean);
		expect(runs('check')).toEqual(['npm ci', 'npm run check -- --format github']);
		expect(runs('test')).toEqual(expect.arrayContaining(['npm ci', 'npm run build', 'npm test']));
		expect(workflow.jobs.deploy.if).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
		expect(workflow.jobs.deploy.steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/upload-pages-artifact')).with.path).toBe('dist');
	});
});
