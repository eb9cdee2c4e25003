import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pLimit from 'p-limit';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildProject, builtSite, runScript, runScriptAsync, sampleProjects, type BuiltSite } from '../../scripts/lib/build-site.ts';
import { startBuild } from '../helpers/build-process.ts';
import { snapshot } from '../helpers/dist-snapshot.ts';
import { sampleProjectWithPublishedBuild, sharedAcceptedSite, sharedSampleBuild } from '../helpers/shared-sample-build.ts';
import { acceptedInputs, prepareImages, unpublishedPictures } from '../fixtures/hostile/accepted.ts';
import { refusedDataFiles, type DataFileCase } from '../fixtures/hostile/data-files.ts';
import { refusedArticles, removeOutsideFiles } from '../fixtures/hostile/refused.ts';
import { parse } from 'parse5';
import { scanPage } from '../../src/publish/page-scan.ts';
import { EDITOR_FOLDER } from '../../src/content-model/paths.ts';

// Every input here is hostile or broken, as an attacker or a hurried editor would write it. Refused articles are grouped
// into one site and refused data files are checked two projects at a time, so the suite costs a few minutes of builds;
// each asserts its own error line, and every failed build leaves the previously published dist/ byte-identical.

const projects = sampleProjects();

type TreeNode = { nodeName: string; attrs?: Array<{ name: string; value: string }>; childNodes?: TreeNode[]; content?: TreeNode };
/** Elements and attributes of a parsed page that a browser would run: scripts other than the site's files or JSON, handlers, script URLs. */
function runnable(node: TreeNode): string[] {
	const attrs = node.attrs ?? [];
	const found = attrs
		.filter(({ name, value }) => name.startsWith('on') || /^\s*(javascript|vbscript):/i.test(value))
		.map(({ name }) => `${name} on <${node.nodeName}>`);
	const src = attrs.find((a) => a.name === 'src')?.value;
	const type = attrs.find((a) => a.name === 'type')?.value;
	if (node.nodeName === 'script' && !src?.startsWith('/_astro/') && type !== 'application/json') found.push('<script>');
	if (['iframe', 'object', 'embed', 'frame', 'base'].includes(node.nodeName)) found.push(`<${node.nodeName}>`);
	return [...found, ...[...(node.childNodes ?? []), ...(node.content ? [node.content] : [])].flatMap(runnable)];
}
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const counted = { refusedArticles: refusedArticles.length, refusedDataFiles: refusedDataFiles.length, acceptedInputs: acceptedInputs.length };

afterAll(() => {
	projects.removeAll();
	removeOutsideFiles();
	const total = Object.values(counted).reduce((a, b) => a + b, 0);
	console.log(
		`hostile inputs: ${total} (${counted.refusedArticles} refused articles, ${counted.refusedDataFiles} refused data files, ${counted.acceptedInputs} published safely)`,
	);
});

describe('refused articles', () => {
	let root: string;
	let published: Record<string, string>;
	let check: { status: number; output: string };
	let build: BuiltSite;

	beforeAll(async () => {
		root = await sampleProjectWithPublishedBuild(() => projects.create());
		published = snapshot(join(root, 'dist'));
		prepareImages(join(root, 'content'));
		for (const input of refusedArticles) await input.write(join(root, 'content'));
		check = runScript(root, 'scripts/check.ts');
		build = buildProject(root);
	});

	it(`all ${refusedArticles.length} fail the check and the build, which leaves dist/ byte-identical, with no stack trace`, () => {
		expect(check.status).toBe(1);
		expect(build.ok).toBe(false);
		expect(build.output).toMatch(/文章有 \d+ 個問題，什麼都沒有發佈/);
		expect(snapshot(build.dist)).toEqual(published);
		for (const output of [check.output, build.output]) expect(output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
	});

	it.each(refusedArticles.map((input) => [input.name, input.error]))('%s: %s', (_name, error) => {
		expect(check.output).toContain(error);
		expect(build.output).toContain(error);
	});
});

describe('refused data files', () => {
	let published: Record<string, string>;
	// Each case checks its own project, two at a time: a refused check or build is mostly Node or Astro starting, one
	// core's work, and the machine has two. The build refuses data files through the same dataFileProblems() as the
	// check (src/integrations/content-gate.ts), so one case of each file is built too, and the site.yaml cases that
	// astro.config.mjs reads before the gate (url, base).
	const twoAtATime = pLimit(2);
	const file = (input: DataFileCase) => input.where.replace(/:\d+$/, '');
	const built = new Set(
		refusedDataFiles.filter((input, i, all) => all.findIndex((other) => file(other) === file(input)) === i || /^site (url|base)/.test(input.name)),
	);

	beforeAll(async () => {
		published = snapshot((await sharedSampleBuild()).dist);
	});

	it.concurrent.each(refusedDataFiles.map((input) => [`${input.name}${built.has(input) ? ' (checked and built)' : ''}`, input]))(
		'%s: refused with the file and line',
		async (_name, input) => {
			const line = new RegExp(`${escape(input.where)}(:\\d+)?: (錯誤：)?${escape(input.message)}`);
			await twoAtATime(async () => {
				const root = built.has(input) ? await sampleProjectWithPublishedBuild(() => projects.create(input.write)) : projects.create(input.write);
				const check = await runScriptAsync(root, 'scripts/check.ts');
				expect(check.status).toBe(1);
				expect(check.output).toMatch(line);
				if (!built.has(input)) return;
				const { code, output } = await startBuild(root).done;
				const build = builtSite(root, code === 0, output);
				expect(build.ok).toBe(false);
				expect(build.output).toMatch(line);
				expect(build.output).not.toMatch(/Stack trace/);
				expect(snapshot(build.dist)).toEqual(published);
				build.remove();
			});
		},
	);

	it('builds one case of every data file', () => {
		expect(new Set([...built].map(file))).toEqual(new Set(refusedDataFiles.map(file)));
	});
});

describe('hostile inputs that are valid content', () => {
	let site: BuiltSite;

	beforeAll(async () => {
		site = await sharedAcceptedSite();
	});

	/** An article page's own text (its .prose block), or the whole page for other pages. */
	const articleText = (page: string) => {
		const html = site.read(page);
		const start = html.indexOf('<div class="prose">');
		return start === -1 ? html : html.slice(start, html.indexOf('</article>', start));
	};

	it.each(acceptedInputs.map((input) => [input.name, input]))('%s: published as text', (_name, input) => {
		for (const [page, html] of input.shows) expect(site.read(page), page).toContain(html);
		for (const [page, html] of input.hides ?? []) expect(articleText(page), page).not.toContain(html);
	});

	it('publishes no page with a script, handler or script URL', () => {
		// The web editor's page runs Decap CMS by design (and nothing else); every reader's page runs only the site's own files.
		expect(scanPage(site.read(`${EDITOR_FOLDER}index.html`), '/_astro/').executable).toEqual([
			'<script src="/admin/decap-cms.js">',
			'<script src="/admin/editor-setup.js">',
		]);
		const pages = site.files().filter((file) => file.endsWith('.html') && !file.startsWith(EDITOR_FOLDER));
		expect(pages.length).toBeGreaterThan(100);
		const found = pages.flatMap((page) => scanPage(site.read(page), '/_astro/').executable.map((what) => `${page}: ${what}`));
		expect(found).toEqual([]);
		// A second look with another parser (parse5's tree builder, which places foreign content as a browser does).
		expect(pages.flatMap((page) => runnable(parse(site.read(page))).map((what) => `${page}: ${what}`))).toEqual([]);
	});

	it('publishes feeds and sitemaps that a strict XML parser reads, and JSON that parses', () => {
		const xml = site.files().filter((file) => file.endsWith('.xml'));
		expect(xml.length).toBeGreaterThan(20);
		for (const file of xml) {
			expect(XMLValidator.validate(site.read(file)), file).toBe(true);
			expect(() => new XMLParser({ processEntities: true }).parse(site.read(file)), file).not.toThrow();
		}
		for (const file of site.files().filter((f) => f.endsWith('.json') && !f.includes('pagefind/')))
			expect(() => JSON.parse(site.read(file)), file).not.toThrow();
		const feed = new XMLParser().parse(site.read('zh-hant/rss.xml'));
		expect(feed.rss.channel.item.map((item: { title: string }) => item.title)).toContain('甲]]>乙 & 丙 <丁>');
	});

	it('publishes nothing of a draft, not even its picture', () => {
		expect(site.files().filter((file) => unpublishedPictures.some((name) => file.includes(name)) || file.includes('12-fuan-draft'))).toEqual([]);
	});
});
