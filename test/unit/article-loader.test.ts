import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { articleProblems } from '../../src/content-model/content-check.ts';
import { articlesLoader } from '../../src/content-model/loader.ts';
import { formatProblem } from '../../src/content-model/problems.ts';
import { siteArticleSchema } from '../../src/content-model/site-schema.ts';

const sample = process.env.BULLETIN_CONTENT!;
const folders: string[] = [];
afterEach(() => {
	process.env.BULLETIN_CONTENT = sample;
	folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true }));
});

/** The sample content with one more article, as the content folder of this test. */
function contentWith(name: string, text: string): void {
	const folder = mkdtempSync(join(tmpdir(), 'bulletin-loader-'));
	folders.push(folder);
	cpSync(sample, folder, { recursive: true });
	writeFileSync(join(folder, 'articles/2020/02', name), text);
	process.env.BULLETIN_CONTENT = folder;
}

/** Runs the articles loader against a store in memory, with the schema applied as written (no image imports). */
async function load(): Promise<Map<string, { data: Record<string, unknown>; rendered?: { html: string } }>> {
	const store = new Map();
	const context = {
		collection: 'articles',
		config: { root: pathToFileURL(`${process.cwd()}/`) },
		logger: { warn: () => {}, info: () => {}, error: () => {} },
		parseData: async ({ data }: { data: Record<string, unknown> }) => data,
		renderMarkdown: async (markdown: string) => ({ html: markdown }),
		generateDigest: (text: string) => text,
		store: {
			get: (id: string) => store.get(id),
			set: (entry: { id: string }) => store.set(entry.id, entry),
			keys: () => [...store.keys()],
			delete: (id: string) => store.delete(id),
		},
	} as unknown as LoaderContext;
	await articlesLoader(siteArticleSchema()).load(context);
	return store;
}

const article = (date: string) => `---\ntitle: 標題\ndate: ${date}\ncounty: fuan\ntopics: [epidemic-control]\n---\n\n---\n\n正文。\n`;

describe('the articles loader', () => {
	it('refuses 2020-02-30 with the line npm run check prints for it', async () => {
		contentWith('09-bad-date.md', article('2020-02-30'));
		const [problem] = (await articleProblems(siteArticleSchema())).problems.filter((p) => p.severity === 'error');
		expect(formatProblem(problem!)).toContain('content/articles/2020/02/09-bad-date.md:3: 錯誤：date: 「2020-02-30」不是有效的日期或時間');
		await expect(load()).rejects.toThrow(formatProblem(problem!));
	});

	it("stores the fields as the project's yaml parser read them and renders the whole body", async () => {
		contentWith('09-good.md', article('2020-02-09'));
		const entry = (await load()).get('2020/02/09-good');
		// js-yaml, Astro's own frontmatter reader, would have made a Date of it.
		expect(entry?.data.date).toBe('2020-02-09');
		// A body that begins with a rule ("---") is rendered whole, not read as a second frontmatter.
		expect(entry?.rendered?.html).toMatch(/---\n---\n---\n\n正文。$/);
	});
});
