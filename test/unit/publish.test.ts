import { afterEach, describe, expect, it, vi } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { contentCache } from '../../src/integrations/content-cache.ts';
import { openEntry, sealEntry } from '../../src/view/sealed-entry.ts';
import { acquireBuildLock } from '../../src/publish/build-lock.ts';
import { scanPage } from '../../src/publish/page-scan.ts';
import { publishedSite, publishPaths, publishStaged, recoverInterruptedPublish } from '../../src/publish/swap.ts';
import { claimPublishFolder } from '../../src/publish/publish-folder.ts';
import { checkBuiltSite } from '../../src/publish/verify-site.ts';
import { diskFailureInWords, diskFailureLead, withDiskFailuresInWords } from '../../src/integrations/disk-failures.ts';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const folders: string[] = [];
function folder(): string {
	const dir = mkdtempSync(join(tmpdir(), 'bulletin-publish-'));
	folders.push(dir);
	return dir;
}
afterEach(() => folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function write(dir: string, files: Record<string, string | Buffer>): void {
	for (const [file, body] of Object.entries(files)) {
		mkdirSync(join(dir, file, '..'), { recursive: true });
		writeFileSync(join(dir, file), body);
	}
}

describe('the build lock', () => {
	it('stops a second build while the first holds the lock, naming it', () => {
		const lock = join(folder(), '.dist.lock');
		// A live process that is not this one holds the lock.
		writeFileSync(lock, JSON.stringify({ pid: process.ppid, started: '2026-01-01T00:00:00Z' }));
		expect(() => acquireBuildLock(lock, 'dist')).toThrow(`另一次建置（程序 ${process.ppid}，2026-01-01T00:00:00Z 開始）正在寫入 dist`);
		expect(JSON.parse(readFileSync(lock, 'utf8')).pid).toBe(process.ppid);
	});

	it('takes over the lock of a killed build and gives it back when done', () => {
		const lock = join(folder(), '.dist.lock');
		const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
		writeFileSync(lock, JSON.stringify({ pid: Number(gone.stdout), started: 'earlier' }));
		const release = acquireBuildLock(lock, 'dist');
		expect(JSON.parse(readFileSync(lock, 'utf8')).pid).toBe(process.pid);
		release();
		expect(existsSync(lock)).toBe(false);
	});

	it.runIf(existsSync('/proc/self/stat'))('takes over the lock of a killed build whose process waits to be reaped (a zombie)', () => {
		const lock = join(folder(), '.dist.lock');
		const child = spawn(process.execPath, ['-e', '']);
		const state = () => {
			try {
				const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
				return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
			} catch {
				return '';
			}
		};
		// Synchronously, so the event loop cannot reap the child before the lock is taken.
		const until = Date.now() + 20_000;
		while (state() !== 'Z' && Date.now() < until);
		expect(state()).toBe('Z');
		writeFileSync(lock, JSON.stringify({ pid: child.pid, started: 'earlier' }));
		acquireBuildLock(lock, 'dist')();
		expect(existsSync(lock)).toBe(false);
	});

	it('takes over a lock file cut off while it was written', () => {
		const lock = join(folder(), '.dist.lock');
		writeFileSync(lock, '{"pi');
		acquireBuildLock(lock, 'dist')();
		expect(existsSync(lock)).toBe(false);
	});
});

describe('replacing the published folder', () => {
	it('swaps in the staged folder and leaves no copy behind', () => {
		const root = folder();
		const target = join(root, 'dist');
		const { staging, previous } = publishPaths(target);
		write(target, { 'index.html': 'old' });
		write(staging, { 'index.html': 'new' });
		publishStaged(staging, target);
		expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('new');
		expect([existsSync(staging), existsSync(previous)]).toEqual([false, false]);
	});

	it('puts the published folder back when the staged one cannot take its place', () => {
		const root = folder();
		const target = join(root, 'dist');
		write(target, { 'index.html': 'published' });
		// A staged folder that is not there fails the second rename, as a read-only parent or a full disk would.
		expect(() => publishStaged(join(root, '.dist.staging'), target)).toThrow(/ENOENT/);
		expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('published');
		expect(readdirSync(root)).toEqual(['dist']);
	});

	it('stops a build whose writing failed for space or permission in words, with no stack, saying dist/ was left as it was', async () => {
		const fail = (code: string) => async () => {
			throw Object.assign(new Error(`${code}: operation failed`), { code, path: 'dist' });
		};
		const wrapped = withDiskFailuresInWords({ name: 'x', hooks: { 'astro:build:done': fail('ENOSPC'), 'astro:build:start': fail('EPERM') } });
		const run = (hook: 'astro:build:done' | 'astro:build:start') => (wrapped.hooks[hook] as () => Promise<void>)();
		await expect(run('astro:build:done')).rejects.toMatchObject({
			message: '建置沒有完成：磁碟已滿（ENOSPC）（寫入 dist 時）；dist/ 保持原樣，沒有發佈任何東西',
			hint: expect.stringContaining('請先騰出磁碟空間'),
			stack: '',
		});
		await expect(run('astro:build:start')).rejects.toMatchObject({
			message: expect.stringContaining('沒有寫入的權限（EPERM）'),
			hint: expect.stringContaining('ls -ld'),
		});
		const bug = new TypeError('a bug');
		expect(diskFailureInWords(bug)).toBe(bug);
	});

	// trial-42: a full disk in Astro's or rolldown's own code was told only in their English.
	it('puts a line in words before the messages Astro and rolldown print themselves for a full disk or a refused write', () => {
		const full = '建置沒有完成：磁碟已滿（ENOSPC）；dist/ 保持原樣，沒有發佈任何東西。請先騰出磁碟空間（df -h 看哪裡滿了），然後再執行一次。下面是原來的訊息：';
		expect(diskFailureLead("[ENOSPC] ENOSPC: no space left on device, write '/site/.dist.staging/zh-hant/index.html'")).toBe(full);
		expect(diskFailureLead('[plugin rolldown] Failed to write chunk: No space left on device (os error 28)')).toBe(full);
		expect(diskFailureLead('EDQUOT: disk quota exceeded, write')).toMatch(/^建置沒有完成：磁碟已滿（EDQUOT）/);
		expect(diskFailureLead('Read-only file system (os error 30)')).toMatch(/^建置沒有完成：沒有寫入的權限（EROFS）/);
		expect(diskFailureLead("EACCES: permission denied, open '/site/.dist.staging/a.js'")).toMatch(/^建置沒有完成：沒有寫入的權限（EACCES）/);
		// Our own message in words already names the code, and other failures are not about the disk.
		expect(diskFailureLead(String((diskFailureInWords(Object.assign(new Error('x'), { code: 'EACCES' })) as Error).message))).toBeUndefined();
		expect(diskFailureLead('建置沒有完成：磁碟已滿（ENOSPC）')).toBeUndefined();
		expect(diskFailureLead('TypeError: a bug')).toBeUndefined();
	});

	it('can leave the old copy to a process of its own, which removes it after the swap', async () => {
		const root = folder();
		const target = join(root, 'dist');
		const { staging, previous } = publishPaths(target);
		write(target, { 'index.html': 'old' });
		write(staging, { 'index.html': 'new' });
		publishStaged(staging, target, { removeOld: 'background' });
		expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('new');
		expect(existsSync(previous)).toBe(false);
		await vi.waitFor(() => expect(readdirSync(root)).toEqual(['dist']), { timeout: 10_000, interval: 50 });
	});

	it('names the old copy after the process removing it, never after the build, which a build started right after finds gone', async () => {
		const root = folder();
		const target = join(root, 'dist');
		const { staging, previous } = publishPaths(target);
		write(target, Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`articles/${i}/index.html`, 'old'])));
		write(staging, { 'index.html': 'new' });
		publishStaged(staging, target, { removeOld: 'background' });
		// Named before publishStaged returns; the remover, a process that has to start first, cannot have removed it yet.
		const old = readdirSync(root).filter((name) => name.startsWith(`${basename(previous)}-`));
		expect(old).toHaveLength(1);
		expect(old[0]).not.toBe(`${basename(previous)}-${process.pid}`);
		await vi.waitFor(() => expect(readdirSync(root)).toEqual(['dist']), { timeout: 20_000, interval: 50 });
	});

	it('removes an old copy whose removal in the background was stopped, and only that', () => {
		const root = folder();
		const target = join(root, 'dist');
		const { previous } = publishPaths(target);
		write(target, { 'index.html': 'published' });
		// No process has this id (Linux's largest is below it); this test's own process is still running.
		write(`${previous}-99999999`, { 'index.html': 'old' });
		write(`${previous}-${process.pid}`, { 'index.html': 'being removed' });
		recoverInterruptedPublish(target);
		expect(readdirSync(root).sort()).toEqual([`${basename(previous)}-${process.pid}`, 'dist']);
	});

	it('puts the previous site back when a build was killed between the two renames', () => {
		const target = join(folder(), 'dist');
		const { previous } = publishPaths(target);
		write(previous, { 'index.html': 'published' });
		recoverInterruptedPublish(target);
		expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('published');
		expect(existsSync(previous)).toBe(false);
	});

	it('puts the previous site back for the first integration that claims the folder, once, under the lock', () => {
		const target = join(folder(), 'dist');
		const { previous, lock } = publishPaths(target);
		write(previous, { 'articles.json': 'published' });
		// npm run check reads the site aside without moving it.
		expect(publishedSite(target)).toBe(previous);
		const release = claimPublishFolder(target);
		expect(readFileSync(join(target, 'articles.json'), 'utf8')).toBe('published');
		expect(publishedSite(target)).toBe(target);
		expect(JSON.parse(readFileSync(lock, 'utf8')).pid).toBe(process.pid);
		// The atomic publish, claiming it after a build of changes did, gets the same lock.
		expect(claimPublishFolder(target)).toBe(release);
		release();
		expect(existsSync(lock)).toBe(false);
	});
});

describe('the scan of a published page', () => {
	it('finds script however the HTML is written, as a browser would read it', () => {
		const { executable } = scanPage(
			[
				'<img alt="x>" onerror=alert(1) src=x>',
				'<a href=" java\tscript:alert(1)">a</a>',
				'<svg><script>alert(2)</script></svg>',
				'<iframe srcdoc="x"></iframe>',
				'<a href="data:text/html,<script>alert(3)</script>">b</a>',
				'<script src="https://evil.example/x.js"></script>',
				'<meta http-equiv=refresh content="0;url=javascript:alert(4)">',
			].join(''),
			'/_astro/',
		);
		expect(executable).toEqual([
			'<img> 上的 onerror= 事件',
			'<a> 的 href 裡的 javascript: 網址',
			'寫在頁面裡的 <script>',
			'<iframe> 元素',
			'<a> 的 href 裡的 data: 網址',
			'<script src="https://evil.example/x.js">',
			'<meta http-equiv="refresh">',
		]);
	});

	it('finds script links made by SVG animation and HTML that MathML hands back to HTML (trial-39)', () => {
		const found = (html: string) => scanPage(html, '/_astro/').executable;
		expect(found('<svg><a><animate attributeName="href" values="javascript:alert(document.domain)" /><text>點擊</text></a></svg>')).toEqual([
			'改變 href 的 <animate> 動畫',
		]);
		expect(found('<svg><a><set attributeName="href" to="javascript:alert(1)" /><text>點擊</text></a></svg>')).toEqual(['改變 href 的 <set> 動畫']);
		expect(found('<svg><a><set attributeName="xlink:href" to="https://example.gov.cn/" /></a></svg>')).toEqual(['改變 xlink:href 的 <set> 動畫']);
		expect(found('<svg><animateMotion attributeName="href" from="x" to="javascript:alert(1)"/></svg>')).toEqual(['改變 href 的 <animatemotion> 動畫']);
		expect(found('<svg><set attributeName="onclick" to="alert(1)"/></svg>')).toEqual(['改變 onclick 的 <set> 動畫']);
		expect(found('<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>')).toEqual(['<a> 的 xlink:href 裡的 javascript: 網址']);
		expect(found('<svg><use href="data:image/svg+xml,<svg onload=alert(1)>"/></svg>')).toEqual(['<use> 的 href 裡的 data: 網址']);
		// The tokenizer alone reads the <style> as text; a browser leaves MathML at <img> and runs its handler.
		expect(found('<math><annotation-xml encoding="text/html"></annotation-xml><style><img src=x onerror=alert("annot")></style></math>')).toEqual([
			'<img> 上的 onerror= 事件',
		]);
		expect(found('<svg><style><img src=x onerror=alert(1)></style></svg>')).toEqual(['<img> 上的 onerror= 事件']);
		// Inside <mi> the HTML rules hold again: the <style> is text there, in a browser as here.
		expect(found('<math><mi><style><img src=x onerror=alert(1)></style></mi></math>')).toEqual([]);
		// Harmless SVG and MathML stay harmless, and animation of anything but a link or handler is left alone.
		expect(found('<svg><circle r="1"><animate attributeName="r" values="1;2"/></circle></svg><math><mi>x</mi></math>')).toEqual([]);
	});

	it('reads a page nested thousands of elements deep', () => {
		expect(scanPage(`${'<blockquote>'.repeat(5000)}<a href="javascript:x">a</a>`, '/_astro/').executable).toEqual(['<a> 的 href 裡的 javascript: 網址']);
	});

	it('accepts the site’s own script files, JSON data and pictures as data URLs', () => {
		const page =
			'<script type="module" src="/_astro/a.js"></script><script type="application/json">{"a":"\\u003c"}</script><img src="data:image/png;base64,AA" alt="x">';
		expect(scanPage(page, '/_astro/').executable).toEqual([]);
		expect(scanPage(page, '/bulletins/_astro/').executable).toEqual(['<script src="/_astro/a.js">']);
	});
});

describe('the final check of a built site', () => {
	const page = (body: string) => `<!doctype html><html><head></head><body>${body}</body></html>`;
	const check = (dir: string) =>
		checkBuiltSite({ dir, displayDir: 'dist/', base: '/', origin: 'https://example.gov.cn' }).problems.map((p) => `${p.file}: ${p.message}`);

	it('passes a complete site', () => {
		const dir = folder();
		const html = page(
			'<a href="/a/">a</a><a href="a/">a</a><a href="https://example.gov.cn/other-app/">o</a><a href="//cdn.example/">c</a><a href="#top">t</a>',
		);
		write(dir, {
			'index.html': html,
			'index.html.br': brotliCompressSync(html),
			'index.html.gz': gzipSync(html),
			'a/index.html': page(''),
			'feed.xml': '<rss><a>x</a></rss>',
			'a.json': '[1]',
		});
		expect(check(dir)).toEqual([]);
	});

	it('names every file that must not be published, and why', () => {
		const dir = folder();
		const html = page('<a href="/missing/">m</a><img src="../b.png" alt="">');
		write(dir, {
			'index.html': html,
			'index.html.br': brotliCompressSync(html).subarray(0, 10),
			'index.html.gz': Buffer.alloc(0),
			'cut.html': '<!doctype html><html><body><p>half',
			'x.html': page('<p onclick="alert(1)">x</p>'),
			'.prerender/chunk.mjs': 'export {}',
			'feed.xml': '<rss><title>a\u0001b</title></rss>',
			'a.json': '{"a":',
		});
		expect(check(dir)).toEqual([
			'dist/.prerender/chunk.mjs: 隱藏檔案不能發佈（是建置工具留下的）',
			expect.stringMatching(/^dist\/a\.json: JSON 格式不正確：/),
			'dist/cut.html: 頁面不完整（結尾缺少 </html>）',
			'dist/feed.xml: XML 格式不正確：第 1 行：XML 裡不能有字元 U+0001',
			'dist/index.html: 連結 /missing/ 指向的檔案不在網站裡',
			'dist/index.html: 連結 ../b.png 指向的檔案不在網站裡',
			'dist/index.html.br: 壓縮副本無法解壓：unexpected end of file',
			'dist/index.html.gz: 壓縮副本無法解壓：unexpected end of file',
			'dist/x.html: 頁面會執行程式：<p> 上的 onclick= 事件',
		]);
	});
});

describe('the final check with what earlier checks found', () => {
	const options = (dir: string) => ({ dir, displayDir: 'dist/', base: '/', origin: 'https://example.gov.cn' });
	const messages = (found: ReturnType<typeof checkBuiltSite>) => found.problems.map((p) => `${p.file}: ${p.message}`);
	const html = '<!doctype html><html><body><a href="/a/">a</a></body></html>';

	it('finds the same problems a fresh check finds, and checks links again every time', () => {
		const dir = folder();
		write(dir, { 'index.html': html, 'index.html.br': brotliCompressSync(html), 'a/index.html': '<!doctype html><html></html>' });
		const first = checkBuiltSite(options(dir));
		expect(messages(first)).toEqual([]);
		expect(first.learnt.pages.size).toBe(2);
		expect(first.learnt.copies.size).toBe(1);
		rmSync(join(dir, 'a'), { recursive: true });
		const again = checkBuiltSite(options(dir), first.learnt);
		expect(messages(again)).toEqual(['dist/index.html: 連結 /a/ 指向的檔案不在網站裡']);
		expect(messages(again)).toEqual(messages(checkBuiltSite(options(dir))));
	});

	it('takes a page it has seen by its bytes, and reads a changed page or copy through again', () => {
		const dir = folder();
		write(dir, { 'index.html': html, 'index.html.gz': gzipSync(html), 'a/index.html': '<!doctype html><html></html>' });
		const { learnt } = checkBuiltSite(options(dir));
		// What was remembered for these bytes is what the check uses: a planted finding shows it was not scanned again.
		const [key] = [...learnt.pages].find(([, positions]) => [...positions].some((position) => learnt.targets[position] === '/a/'))!;
		learnt.pages.set(key, Uint32Array.of(learnt.targets.push('/planted/') - 1));
		expect(messages(checkBuiltSite(options(dir), learnt))).toEqual(['dist/index.html: 連結 /planted/ 指向的檔案不在網站裡']);
		const changed = html.replace('/a/', '/b/');
		write(dir, { 'index.html': changed, 'index.html.gz': gzipSync(html) });
		expect(messages(checkBuiltSite(options(dir), learnt))).toEqual([
			'dist/index.html: 連結 /b/ 指向的檔案不在網站裡',
			'dist/index.html.gz: 壓縮副本和原檔案的內容不同',
		]);
	});

	it('knows an unchanged file by its identity without reading it, and a file written again by its bytes', () => {
		const dir = folder();
		write(dir, { 'index.html': html, 'feed.xml': '<rss></rss>', 'a/index.html': '<!doctype html><html></html>' });
		const { learnt } = checkBuiltSite(options(dir));
		expect(learnt.hashes.size).toBe(3);
		expect(learnt.whole.size).toBe(1);
		// A hash planted for the page's identity stands for bytes never seen: the check reads the page, as it would a new one.
		const identity = [...learnt.hashes.keys()].find((key) => key.startsWith('index.html\0'))!;
		const planted = { ...learnt, hashes: new Map([...learnt.hashes, [identity, 'unseen']]) };
		expect(checkBuiltSite(options(dir), planted).learnt.hashes.get(identity)).not.toBe('unseen');
		// Written again with the same bytes (another identity), the page is known by them, and an unchanged one by its identity.
		const again = checkBuiltSite(options(dir), learnt);
		expect(again.learnt.hashes.get(identity)).toBe(learnt.hashes.get(identity));
		write(dir, { 'index.html': html });
		const rewritten = checkBuiltSite(options(dir), learnt);
		expect(messages(rewritten)).toEqual([]);
		expect([...rewritten.learnt.hashes.values()].sort()).toEqual([...learnt.hashes.values()].sort());
	});

	it('keeps each link target once however many pages share it, and resolves a relative one against each page', () => {
		const dir = folder();
		const page = (links: string) => `<!doctype html><html><body><a href="/a/">a</a>${links}</body></html>`;
		write(dir, { 'index.html': page('<a href="b/">b</a>'), 'x/index.html': page('<a href="b/">b</a>'), 'a/index.html': page(''), 'b/index.html': page('') });
		const first = checkBuiltSite(options(dir));
		expect(first.learnt.targets.toSorted()).toEqual(['/a/', 'b/']);
		expect(messages(first)).toEqual(['dist/x/index.html: 連結 b/ 指向的檔案不在網站裡']);
		expect(messages(checkBuiltSite(options(dir), first.learnt))).toEqual(messages(first));
	});

	it('never remembers a page with script, so it is read through on every check', () => {
		const dir = folder();
		write(dir, { 'x.html': '<!doctype html><html><body><p onclick="alert(1)">x</p></body></html>' });
		const first = checkBuiltSite(options(dir));
		expect(first.learnt.pages.size).toBe(0);
		expect(messages(checkBuiltSite(options(dir), first.learnt))).toEqual(['dist/x.html: 頁面會執行程式：<p> 上的 onclick= 事件']);
	});
});

describe('cache entries', () => {
	it('read back exactly what was written', () => {
		const cache = contentCache(folder());
		const key = cache.key('page');
		cache.write(key, 'br', Buffer.from([1, 2, 3]));
		expect(cache.read(key, 'br')).toEqual(Buffer.from([1, 2, 3]));
		expect(cache.read(key, 'gz')).toBeUndefined();
	});

	it('give back a folder exactly as it was stored, replacing what the target held', () => {
		const cache = contentCache(folder());
		const source = folder();
		write(source, { 'pagefind-entry.json': '{}', 'fragment/a.pf_fragment': Buffer.from([0, 255]), 'index/b.pf_index': 'x' });
		const key = cache.key('bundle');
		cache.writeFolder(key, 'bundle', source);
		const target = folder();
		write(target, { 'stale.pf_meta': 'old' });
		expect(cache.readFolder(key, 'bundle', target)).toBe(true);
		expect(readdirSync(target, { recursive: true }).sort()).toEqual(['fragment', 'fragment/a.pf_fragment', 'index', 'index/b.pf_index', 'pagefind-entry.json']);
		expect(readFileSync(join(target, 'fragment/a.pf_fragment'))).toEqual(Buffer.from([0, 255]));
		expect(cache.readFolder(cache.key('another bundle'), 'bundle', target)).toBe(false);
		expect(existsSync(join(target, 'index/b.pf_index'))).toBe(true);
	});

	it.each([
		['cut short', (entry: Buffer) => entry.subarray(0, entry.length - 1)],
		['empty', () => Buffer.alloc(0)],
		['with one byte changed', (entry: Buffer) => Buffer.concat([entry.subarray(0, -1), Buffer.from([entry.at(-1)! ^ 1])])],
		['longer than written', (entry: Buffer) => Buffer.concat([entry, Buffer.from('x')])],
	])('count as missing when %s', (_how, damage) => {
		expect(openEntry(damage(sealEntry(Buffer.from('<html>…</html>'))))).toBeUndefined();
	});
});

describe('the final check names what an editor can fix', () => {
	it('names the article a broken link of its page comes from, and shows the link decoded and never cut inside an escape', () => {
		const dir = mkdtempSync(join(tmpdir(), 'bulletin-publish-'));
		folders.push(dir);
		const link = `/zh-hans/articles/2020/02/images/${encodeURI('岭背镇卫生院关于开展二〇二二年第一期免费义诊活动的通知及报名回执表格（附件一至附件三）合订本.pdf')}`;
		write(dir, { 'zh-hans/articles/2020/02/08-fuan-mask-production/index.html': `<!doctype html><html><body><a href="${link}">附件</a></body></html>` });
		const [problem, ...rest] = checkBuiltSite({ dir, displayDir: 'dist/', base: '/', origin: 'https://example.gov.cn' }).problems;
		expect(rest).toEqual([]);
		expect(problem!.file).toMatch(/^test\/fixtures\/sample-site\/articles\/2020\/02\/08-fuan-mask-production\.md$/);
		expect(problem!.message).toContain('連結 /zh-hans/articles/2020/02/images/岭背镇卫生院关于开展');
		expect(problem!.message).toContain('（在建置出的 dist/zh-hans/articles/2020/02/08-fuan-mask-production/index.html）');
		expect(problem!.message).not.toMatch(/%[0-9A-F]?(?![0-9A-F])/);
	});
});
