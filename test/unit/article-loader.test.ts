import { afterEach, describe, expect, it, vi } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { articleProblems } from '../../src/content-model/content-check.ts';
import { articlesLoader } from '../../src/content-model/loader.ts';
import { formatProblem } from '../../src/content-model/problems.ts';
import { siteArticleSchema } from '../../src/content-model/site-schema.ts';

// Counts the pictures the check decodes, to see which ones a build decodes again.
const decoded = vi.hoisted(() => [] as string[]);
vi.mock('sharp', async (importOriginal) => {
	const sharp = ((await importOriginal()) as { default: (...args: unknown[]) => unknown }).default;
	return { default: (input: unknown, ...rest: unknown[]) => (typeof input === 'string' && decoded.push(input), sharp(input, ...rest)) };
});

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

/** The loader's meta store of each store in memory, kept between loads as Astro keeps it with the store. */
const metas = new WeakMap<Map<string, unknown>, Map<string, string>>();

/** Runs the articles loader against a store in memory, with the schema applied as written (no image imports). */
/** The lines the loader logged as errors: each problem, as npm run check prints it, before the error that stops the build. */
const logged: string[] = [];
async function load(store = new Map()): Promise<Map<string, { data: Record<string, unknown>; rendered?: { html: string } }>> {
	if (!metas.has(store)) metas.set(store, new Map());
	const meta = metas.get(store)!;
	const context = {
		collection: 'articles',
		config: { root: pathToFileURL(`${process.cwd()}/`) },
		logger: { warn: () => {}, info: () => {}, error: (line: string) => logged.push(line) },
		parseData: async ({ data }: { data: Record<string, unknown> }) => data,
		renderMarkdown: async (markdown: string) => ({ html: markdown }),
		generateDigest: (text: string) => text,
		store: {
			get: (id: string) => store.get(id),
			set: (entry: { id: string }) => store.set(entry.id, entry),
			keys: () => [...store.keys()],
			delete: (id: string) => store.delete(id),
			clear: () => store.clear(),
		},
		meta: { get: (key: string) => meta.get(key), set: (key: string, value: string) => meta.set(key, value) },
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
		logged.length = 0;
		await expect(load()).rejects.toThrow('文章有 1 個問題，什麼都沒有發佈');
		expect(logged).toEqual([formatProblem(problem!)]);
	});

	it("stores the fields as the project's yaml parser read them and renders the whole body", async () => {
		contentWith('09-good.md', article('2020-02-09'));
		const entry = (await load()).get('2020/02/09-good');
		// js-yaml, Astro's own frontmatter reader, would have made a Date of it.
		expect(entry?.data.date).toBe('2020-02-09');
		// A body that begins with a rule ("---") is rendered whole, not read as a second frontmatter.
		expect(entry?.rendered?.html).toMatch(/---\n---\n---\n\n正文。$/);
	});

	it('decodes the pictures of an article it stored before with the same text and pictures only once, and again when either changes', async () => {
		contentWith('09-picture.md', `${article('2020-02-09')}\n![口罩生產線](./images/09-picture.png)\n`);
		const picture = join(process.env.BULLETIN_CONTENT!, 'articles/2020/02/images/09-picture.png');
		mkdirSync(dirname(picture));
		const { default: sharp } = await import('sharp');
		const draw = (background: string) =>
			(sharp as unknown as (options: object) => { png(): { toFile(path: string): Promise<unknown> } })({
				create: { width: 8, height: 8, channels: 3, background },
			})
				.png()
				.toFile(picture);
		await draw('#c00');
		decoded.length = 0;
		const store = await load();
		expect(decoded).toEqual([picture]);
		decoded.length = 0;
		await load(store);
		expect(decoded).toEqual([]);
		// Another picture under the same name is a new version of the article: decoded again.
		await draw('#00c');
		decoded.length = 0;
		await load(store);
		expect(decoded).toEqual([picture]);
		writeFileSync(picture, 'not a picture');
		logged.length = 0;
		await expect(load(store)).rejects.toThrow('文章有 1 個問題');
		expect(logged).toEqual([expect.stringContaining('09-picture.png')]);
	});
});
