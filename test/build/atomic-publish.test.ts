import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildProject, projectRoot, sampleProjects } from '../../scripts/lib/build-site.ts';
import { startBuild } from '../helpers/build-process.ts';
import { snapshot } from '../helpers/dist-snapshot.ts';

const projects = sampleProjects();
let root: string;
let published: Record<string, string>;
const article = (name: string, text: string) => writeFileSync(join(root, 'content/articles/2020/02', name), text);
const frontmatter = '---\ntitle: 標題\ndate: 2020-02-09\ncounty: fuan\ntopics: [epidemic-control]\n---\n\n';
const dist = () => join(root, 'dist');

beforeAll(() => {
	root = projects.create();
	const first = buildProject(root);
	if (!first.ok) throw new Error(first.output);
	published = snapshot(dist());
});
afterAll(() => projects.removeAll());

describe('publishing all at once or not at all', () => {
	it('publishes a checked site and leaves no staging folder, lock or build chunks', () => {
		expect(Object.keys(published)).toContain('zh-hant/index.html');
		expect(Object.keys(published).filter((file) => file.split('/').some((part) => part.startsWith('.')))).toEqual([]);
		expect(readdirSync(root).filter((entry) => entry.startsWith('.dist'))).toEqual([]);
	});

	it('leaves dist/ byte-identical when the build throws half-way through rendering', () => {
		article('09-fuan-throws.mdx', `${frontmatter}{(() => { throw new Error('broken component'); })()}\n`);
		const failed = buildProject(root);
		rmSync(join(root, 'content/articles/2020/02/09-fuan-throws.mdx'));
		expect(failed.ok).toBe(false);
		expect(failed.output).toContain('broken component');
		expect(snapshot(dist())).toEqual(published);
		expect(existsSync(join(root, '.dist.lock'))).toBe(false);
	});

	it('leaves dist/ byte-identical when the final check finds a link to nothing', () => {
		// A month of the archive with no bulletin: the content check (which refuses /zh-hant/no-such-page/ on its line)
		// knows the pages from the ids alone and lets it through.
		article('09-fuan-dead-link.md', `${frontmatter}見[通知](/zh-hant/archive/1999/01/)。\n`);
		const failed = buildProject(root);
		rmSync(join(root, 'content/articles/2020/02/09-fuan-dead-link.md'));
		expect(failed.ok).toBe(false);
		// Named by the article that wrote the link, with the page it was found in.
		expect(failed.output).toContain(
			'content/articles/2020/02/09-fuan-dead-link.md: 錯誤：連結 /zh-hant/archive/1999/01/ 指向的檔案不在網站裡（在建置出的 dist/zh-hant/articles/2020/02/09-fuan-dead-link/index.html）',
		);
		expect(failed.output).toContain('建成的網站沒有通過最後檢查，dist/ 保持原樣');
		expect(failed.output).not.toMatch(/Stack trace|\n\s+at /);
		expect(snapshot(dist())).toEqual(published);
	});

	it('leaves dist/ byte-identical when the disk fills up, saying so in words without a stack trace', () => {
		article('09-fuan-full-disk.md', `${frontmatter}磁碟滿時的通報。\n`);
		// test/helpers/full-disk.mjs stops writes into the staging folder half way with ENOSPC, as a full disk does.
		const failed = buildProject(root, {
			NODE_OPTIONS: `--import=${pathToFileURL(join(projectRoot, 'test/helpers/full-disk.mjs')).href}`,
			FULL_DISK_DIR: join(root, '.dist.staging'),
		});
		rmSync(join(root, 'content/articles/2020/02/09-fuan-full-disk.md'));
		expect(failed.ok).toBe(false);
		expect(failed.output).toMatch(/建置沒有完成：磁碟已滿（ENOSPC）(（寫入 \S+ 時）)?；dist\/ 保持原樣，沒有發佈任何東西/);
		expect(failed.output).toContain('請先騰出磁碟空間');
		expect(failed.output).not.toMatch(/Stack trace|\n\s+at /);
		expect(snapshot(dist())).toEqual(published);
	});

	it('puts a line in words before Astro’s own message when the disk fills up while it writes the pages, keeping that message', () => {
		article('09-fuan-full-disk-pages.md', `${frontmatter}磁碟滿時的通報。\n`);
		// Astro's writes of the rendered pages fail (its fs.promises.writeFile), as they do on a full disk: its failure, not our hooks'.
		const failed = buildProject(root, {
			NODE_OPTIONS: `--import=${pathToFileURL(join(projectRoot, 'test/helpers/full-disk.mjs')).href}`,
			FULL_DISK_DIR: join(root, '.dist.staging'),
			FULL_DISK_ASYNC: '1',
		});
		rmSync(join(root, 'content/articles/2020/02/09-fuan-full-disk-pages.md'));
		expect(failed.ok).toBe(false);
		const lead = failed.output.indexOf('建置沒有完成：磁碟已滿（ENOSPC）；dist/ 保持原樣，沒有發佈任何東西。請先騰出磁碟空間');
		expect(lead, failed.output).toBeGreaterThanOrEqual(0);
		expect(failed.output.indexOf('ENOSPC: no space left on device', lead)).toBeGreaterThan(lead);
		expect(snapshot(dist())).toEqual(published);
	});

	it('lets a build of changes recover dist/ after a whole build killed between the two renames of its swap', () => {
		renameSync(dist(), join(root, '.dist.previous'));
		article('09-fuan-after-swap.md', `${frontmatter}快速發佈的通報。\n`);
		const changed = buildProject(root, { BULLETIN_PART: 'changes' });
		expect(changed.ok, changed.output).toBe(true);
		expect(existsSync(join(dist(), 'zh-hant/articles/2020/02/09-fuan-after-swap/index.html'))).toBe(true);
		expect(existsSync(join(root, '.dist.previous'))).toBe(false);
		published = snapshot(dist());
	});

	it.each([
		['while rendering pages', /generating static routes/],
		['while indexing for search', /bulletin-search-index\] 搜尋索引：zh-hant 共/],
	])('leaves dist/ byte-identical when the build is killed %s, and the next build recovers its lock', async (_when, moment) => {
		article('09-fuan-new.md', `${frontmatter}新的通報。\n`);
		const killed = startBuild(root);
		await killed.printed(moment);
		killed.kill();
		expect((await killed.done).code).toBe(null);
		expect(snapshot(dist())).toEqual(published);
		expect(existsSync(join(root, '.dist.lock'))).toBe(true);
		const next = buildProject(root);
		rmSync(join(root, 'content/articles/2020/02/09-fuan-new.md'));
		expect(next.ok, next.output).toBe(true);
		expect(existsSync(join(dist(), 'zh-hant/articles/2020/02/09-fuan-new/index.html'))).toBe(true);
		published = snapshot(dist());
	});

	it('stops a second build in the same folder while the first runs, and the first publishes', async () => {
		article('09-fuan-while-locked.md', `${frontmatter}鎖定期間的通報。\n`);
		const first = startBuild(root);
		// The lock is taken before content is synced. The first build's process group is paused while the second runs: on a
		// loaded machine it could otherwise finish before the second Node process is up, and a paused process holds its lock.
		await first.printed(/Syncing content/);
		process.kill(-first.child.pid!, 'SIGSTOP');
		let second: ReturnType<typeof buildProject>;
		try {
			second = buildProject(root);
		} finally {
			process.kill(-first.child.pid!, 'SIGCONT');
		}
		expect(second.ok, second.output).toBe(false);
		expect(second.output).toMatch(new RegExp(`另一次建置（程序 ${first.child.pid}，[^）]+ 開始）正在寫入 dist；這次建置已經停下`));
		expect((await first.done).code).toBe(0);
		expect(existsSync(join(root, '.dist.lock'))).toBe(false);
		expect(existsSync(join(dist(), 'zh-hant/articles/2020/02/09-fuan-while-locked/index.html'))).toBe(true);
	});
});
