import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync, copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeCorpus } from '../../scripts/bench/corpus.ts';
import { writeJpeg } from '../helpers/images.ts';
import { siteHashes } from '../../scripts/bench/sharded-build.ts';
import { buildProject, createProject, sampleContentWith, sampleSite, type BuiltSite } from '../../scripts/lib/build-site.ts';
import { CHANGES_REFUSED } from '../../src/integrations/changes.ts';
import { indexedFragments, searchManifest } from '../helpers/pagefind-output.ts';
import type { SearchBundle } from '../../src/search/bundles.ts';

// `npm run build:changes` publishes a new urgent bulletin and a correction by rendering only the pages they change and
// keeping the rest of the published site: the result must be the site a cold whole build makes of the same content,
// byte for byte, but for search, where the new bulletin has a bundle of its own (the next whole build folds it in) and
// every page is indexed as the cold build indexes it; content that would take a published page away must be refused
// with dist/ left as it was.
const COUNT = 30;
let root: string;
let ids: string[];
let pagesOfWholeBuild: number;
let changed: BuiltSite;
/** The files the build of changes published. */
let published: Map<string, string>;
/** A copy of the whole build's dist/, before the build of changes. */
let pagesBefore: string;
let cold: BuiltSite | undefined;
/** A cold whole build of the content after the changes, in a project of its own (built once, when first asked for). */
function coldBuild(): BuiltSite {
	cold ??= buildProject(createProject((content) => cpSync(join(root, 'content'), content, { recursive: true })));
	if (!cold.ok) throw new Error(cold.output);
	return cold;
}

const hashes = (site: BuiltSite) => siteHashes(site.dist);
/** The pages a build rendered, from Astro's log (one `├─ /path` line each). */
const renderedPages = (site: BuiltSite) => [...site.output.matchAll(/[├└]─ (\/\S+) \(\+[\d.]+m?s\)/g)].map((m) => m[1]!);
const articleFile = (id: string) => join(root, 'content/articles', `${id}.md`);

beforeAll(async () => {
	root = createProject(sampleContentWith((content) => rmSync(join(content, 'articles'), { recursive: true })));
	({ ids } = await writeCorpus(join(root, 'content'), { sample: sampleSite, count: COUNT, imageEvery: 20 }));
	// A picture inside an article's body, in an article the build of changes does not render again: Astro emits its
	// original beside the resized copies, and deletes it only when a page it renders asks for the resized ones. A picture
	// of its own: a copy of a lead picture would share that picture's name and its original, which pages name.
	const withBodyPicture = [...ids].sort()[2]!;
	const bodyPictures = join(dirname(articleFile(withBodyPicture)), 'images');
	mkdirSync(bodyPictures, { recursive: true });
	await writeJpeg(join(bodyPictures, 'body-queue.jpg'), 900, 600);
	appendFileSync(articleFile(withBodyPicture), '\n![市民在診所外排隊](./images/body-queue.jpg)\n');
	const whole = buildProject(root);
	if (!whole.ok) throw new Error(whole.output);
	pagesOfWholeBuild = renderedPages(whole).length;
	pagesBefore = join(root, 'whole-dist');
	cpSync(whole.dist, pagesBefore, { recursive: true });
	// An urgent bulletin with a lead picture, newest of all, and a corrected title and sentence in an older article.
	const newest = [...ids].sort().at(-1)!;
	const [year, month] = newest.split('/');
	const images = join(root, 'content/articles', year!, month!, 'images');
	mkdirSync(images, { recursive: true });
	const picture = readdirSync(join(root, 'content/articles'), { recursive: true, encoding: 'utf8' }).find((file) => file.endsWith('.jpg'))!;
	copyFileSync(join(root, 'content/articles', picture), join(images, 'urgent-closure.jpg'));
	writeFileSync(
		join(root, 'content/articles', year!, month!, '28-fuan-urgent-closure.md'),
		`---\ntitle: 緊急通告：福安市暫停室內聚集活動\ndate: ${year}-${month}-28 21:15\nurgent: true\ncounty: fuan\ntopics: [epidemic-control]\nimage: ./images/urgent-closure.jpg\nimageAlt: 市民在廣場排隊\n---\n\n即日起，全市暫停室內聚集活動，請市民配合。\n`,
	);
	const corrected = [...ids].sort()[Math.floor(COUNT / 2)]!;
	const text = readFileSync(articleFile(corrected), 'utf8');
	writeFileSync(articleFile(corrected), text.replace(/^title: .*$/m, 'title: 更正：防控工作會議的時間改為下午三時') + '\n更正：會議時間為下午三時。\n');
	changed = buildProject(root, { BULLETIN_PART: 'changes' });
	published = hashes(changed);
}, 600_000);

afterAll(() => {
	rmSync(root, { recursive: true, force: true });
	cold?.remove();
});

describe('publishing changes (npm run build:changes)', () => {
	it('renders only the pages the new and the corrected article change', () => {
		expect(changed.ok, changed.output).toBe(true);
		const pages = renderedPages(changed);
		const urgent = [...ids].sort().at(-1)!.slice(0, 'YYYY/MM/'.length) + '28-fuan-urgent-closure';
		for (const edition of ['zh-hant', 'zh-hans']) expect(pages).toContain(`/${edition}/articles/${urgent}/index.html`);
		// The two articles, their neighbours and related articles, the listings' top pages, feeds and the pages without a
		// key (home, indexes…): a bounded part of the site, not the whole.
		expect(pages.length).toBeLessThan(pagesOfWholeBuild / 2);
		expect(changed.output).toMatch(/快速發佈：產生了 \d+ 個頁面，沿用已發佈的 \d+ 個檔案/);
	});

	it('publishes the files a cold whole build makes of the same content, its search holding the same pages: the new one in a bundle of its own', () => {
		const expected = hashes(coldBuild());
		const search = /^zh-han[st]\/pagefind\//;
		const outsideSearch = (files: Map<string, string>) => new Map([...files].filter(([file]) => !search.test(file)));
		expect(outsideSearch(published)).toEqual(outsideSearch(expected));
		for (const edition of ['zh-hant', 'zh-hans']) {
			expect(indexedFragments(changed.dist, edition)).toEqual(indexedFragments(coldBuild().dist, edition));
			const [recent, ...periods] = searchManifest(changed.dist, edition).bundles;
			expect(recent).toMatchObject({ name: 'recent', pages: 1 });
			const withoutKeys = (bundles: SearchBundle[]) => bundles.map(({ key: _key, ...bundle }) => bundle);
			expect(withoutKeys(periods)).toEqual(withoutKeys(searchManifest(pagesBefore, edition).bundles));
		}
		expect(changed.output).toMatch(/zh-hant 共 \d+ 頁，分 \d+ 個分冊：recent（1 頁）.*重新建立 2 個分冊/);
	});

	it('leaves the whole build’s cache as it was: the next whole build renders only the changed pages again and folds the new bundle in', () => {
		const warm = buildProject(root);
		expect(warm.ok, warm.output).toBe(true);
		expect(renderedPages(warm).length).toBeLessThan(pagesOfWholeBuild / 2);
		expect(hashes(warm)).toEqual(hashes(coldBuild()));
	});

	it('refuses a removed article before rendering anything, names it, and leaves dist/ as it was', () => {
		const before = hashes(changed);
		const removed = [...ids].sort()[3]!;
		renameSync(articleFile(removed), join(root, 'removed.md'));
		const refused = buildProject(root, { BULLETIN_PART: 'changes' });
		renameSync(join(root, 'removed.md'), articleFile(removed));
		expect(refused.status).toBe(CHANGES_REFUSED);
		expect(refused.output).toContain(`快速發佈：這些已發佈的文章會讓已發佈的頁面消失：${removed}（已刪除或改了檔名）`);
		expect(refused.output).toContain('改用 npm run build 完整建置一次');
		// A refusal, not a crash: no stack trace, no "unhandled error" burying the reason.
		expect(refused.output).not.toMatch(/Stack trace|unhandled error|\bat .*changes\.ts/);
		expect(refused.output).not.toContain('generating static routes');
		expect(hashes(changed)).toEqual(before);
	});

	it('refuses an article moved to another county, which would take a page of its old county’s listing away', () => {
		const moved = [...ids].sort()[5]!;
		const text = readFileSync(articleFile(moved), 'utf8');
		const county = /^county: (\S+)$/m.exec(text)![1];
		writeFileSync(articleFile(moved), text.replace(/^county: \S+$/m, `county: ${county === 'fuan' ? 'xiapu' : 'fuan'}`));
		const refused = buildProject(root, { BULLETIN_PART: 'changes' });
		writeFileSync(articleFile(moved), text);
		expect(refused.status).toBe(CHANGES_REFUSED);
		expect(refused.output).toContain(`會讓已發佈的頁面消失：${moved}（改了縣區）`);
		expect(refused.output).not.toContain('generating static routes');
	});

	it('refuses to run on code other than the last whole build’s, before rendering anything', () => {
		const file = join(root, 'src/core/project-folders.ts');
		const code = readFileSync(file, 'utf8');
		appendFileSync(file, '// changed\n');
		const refused = buildProject(root, { BULLETIN_PART: 'changes' });
		writeFileSync(file, code);
		expect(refused.status).toBe(CHANGES_REFUSED);
		expect(refused.output).toContain('快速發佈：程式、設定或相依套件和上次完整建置時不同');
		expect(refused.output).not.toContain('generating static routes');
	});

	it('refuses changed data files, which may take pages away, before rendering anything', () => {
		const file = join(root, 'content/topics.yaml');
		const topics = readFileSync(file, 'utf8');
		appendFileSync(file, '- id: flood-relief\n  name: 防汛救災\n  order: 99\n');
		const refused = buildProject(root, { BULLETIN_PART: 'changes' });
		writeFileSync(file, topics);
		expect(refused.status).toBe(CHANGES_REFUSED);
		expect(refused.output).toContain('快速發佈：網站的資料檔');
		expect(refused.output).not.toContain('generating static routes');
	});

	it('refuses without a published whole build', () => {
		const bare = createProject(sampleSite);
		const refused = buildProject(bare, { BULLETIN_PART: 'changes' });
		rmSync(bare, { recursive: true, force: true });
		expect(refused.status).toBe(CHANGES_REFUSED);
		expect(refused.output).toContain('快速發佈：找不到上次完整建置發佈的網站');
		expect(readdirSync(root)).toContain('dist');
	});

	it('leaves the whole build’s record after a build of changes refused for a content error: fixed, the next one publishes', () => {
		const broken = [...ids].sort()[7]!;
		const text = readFileSync(articleFile(broken), 'utf8');
		writeFileSync(articleFile(broken), text.replace(/^title: .*\n/m, ''));
		const refused = buildProject(root, { BULLETIN_PART: 'changes' });
		writeFileSync(articleFile(broken), text);
		expect(refused.ok).toBe(false);
		expect(refused.output).toContain(broken);
		// A content error is not a refusal: the publish workflow does not run a whole build to print it again.
		expect(refused.status).not.toBe(CHANGES_REFUSED);
		const again = buildProject(root, { BULLETIN_PART: 'changes' });
		expect(again.ok, again.output).toBe(true);
		expect(again.output).toMatch(/快速發佈：產生了 \d+ 個頁面/);
	});

	it('publishes a renamed article with formerIds fast as a whole build does (without them it is refused): its old address leads to its new one', () => {
		const before = [...ids].sort()[10]!;
		const after = `${before}-renamed`;
		renameSync(articleFile(before), articleFile(after));
		const refused = buildProject(root, { BULLETIN_PART: 'changes' });
		expect(refused.status).toBe(CHANGES_REFUSED);
		expect(refused.output).toContain(`會讓已發佈的頁面消失：${before}（已刪除或改了檔名）。只是改了檔名的文章，在新檔案加上 formerIds: [舊 id]，就能快速發佈`);
		writeFileSync(
			articleFile(after),
			readFileSync(articleFile(after), 'utf8').replace(/^title: .*\n/m, (title) => `${title}formerIds: [${before}]\n`),
		);
		const fast = buildProject(root, { BULLETIN_PART: 'changes' });
		expect(fast.ok, fast.output).toBe(true);
		expect(renderedPages(fast).length).toBeLessThan(pagesOfWholeBuild / 2);
		const fastFiles = hashes(fast);
		const fastFragments = ['zh-hant', 'zh-hans'].map((edition) => indexedFragments(fast.dist, edition));
		const redirect = readFileSync(join(fast.dist, 'zh-hans/articles', before, 'index.html'), 'utf8');
		expect(redirect).toContain(`<meta http-equiv="refresh" content="0;url=/zh-hans/articles/${after}/">`);
		// The whole build that follows stands for a cold one: a whole build after a build of changes makes a cold build's
		// files (the test above; scale.test.ts at 500 articles), and a cold build of its own here cost the suite half a minute.
		const whole = buildProject(root);
		expect(whole.ok, whole.output).toBe(true);
		const search = /^zh-han[st]\/pagefind\//;
		const outsideSearch = (files: Map<string, string>) => new Map([...files].filter(([file]) => !search.test(file)));
		expect(outsideSearch(fastFiles)).toEqual(outsideSearch(hashes(whole)));
		expect(fastFragments).toEqual(['zh-hant', 'zh-hans'].map((edition) => indexedFragments(whole.dist, edition)));
		const exported = readFileSync(join(whole.dist, 'zh-hant/articles.json'), 'utf8');
		expect(exported).toContain(`/articles/${after}/`);
		expect(exported).not.toContain(`/articles/${before}/`);
	});
});
