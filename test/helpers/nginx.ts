import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../scripts/lib/build-site.ts';

const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/** Whether Debian's nginx is installed (the real-server tests run only then; CI installs it). */
export const hasNginx = spawnSync('nginx', ['-v']).status === 0;

/** Whether nginx can serve the .br copies (Debian's libnginx-mod-http-brotli-static); without it the config's brotli line is dropped. */
export const hasBrotli = existsSync(BROTLI_MODULE);

/** A free port on the loopback interface. */
export async function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

export interface RunningNginx {
	url: string;
	stop(): Promise<void>;
}

/**
 * Starts nginx on a loopback port with the repository's server block (scripts/deploy/nginx.conf) over a built dist/,
 * under `base` the way the README tells a county office to deploy a sub-path site. `locations` are extra location
 * blocks a test adds (the web editor's test sends its local backend's requests on to decap-server).
 */
export async function startNginx(dist: string, base = '/', locations = ''): Promise<RunningNginx> {
	const prefix = mkdtempSync(join(tmpdir(), 'bulletin-nginx-'));
	const root = join(prefix, 'www');
	mkdirSync(root);
	if (base === '/') rmSync(root, { recursive: true });
	symlinkSync(dist, base === '/' ? root : join(root, base.replace(/^\/|\/$/g, '')), 'dir');
	const port = await freePort();
	const site = readFileSync(join(projectRoot, 'scripts/deploy/nginx.conf'), 'utf8')
		.replace('listen 80;', `listen 127.0.0.1:${port};`)
		.replace('root /var/www/bulletins;', `root ${root};`)
		.replace('error_page 404 /404.html;', `${locations}\n\terror_page 404 ${base}404.html;`)
		.replace('location ^~ /admin/ {', `location ^~ ${base}admin/ {`)
		.replace(hasBrotli ? '' : 'brotli_static on;', '');
	writeFileSync(join(prefix, 'site.conf'), site);
	writeFileSync(
		join(prefix, 'nginx.conf'),
		[
			hasBrotli ? `load_module ${BROTLI_MODULE};` : '',
			// Workers started by root would run as nobody and could not read the private temporary build folders.
			process.getuid?.() === 0 ? 'user root;' : '',
			'worker_processes 1;',
			`pid ${prefix}/nginx.pid;`,
			`error_log ${prefix}/error.log;`,
			'events {}',
			'http {',
			'  access_log off;',
			...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${prefix}/${t};`),
			`  include ${prefix}/site.conf;`,
			'}',
		].join('\n'),
	);
	const nginx: ChildProcess = spawn('nginx', ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'inherit' });
	const url = `http://127.0.0.1:${port}${base}`;
	const exited = new Promise((resolve) => nginx.once('exit', resolve));
	for (let i = 0; ; i++) {
		if ((await get(url).catch(() => undefined)) !== undefined) break;
		if (nginx.exitCode !== null || i === 100) throw new Error(`nginx did not start: ${readFileSync(join(prefix, 'error.log'), 'utf8')}`);
		await new Promise((r) => setTimeout(r, 50));
	}
	return {
		url,
		stop: async () => {
			if (nginx.exitCode === null) nginx.kill('SIGQUIT');
			await exited;
			rmSync(prefix, { recursive: true, force: true });
		},
	};
}

export interface RawResponse {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
}

/** A GET without any client-side decompression, so Content-Encoding and the bytes are what the server sent. */
export function get(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
	return new Promise((resolve, reject) => {
		request(url, { headers }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
		})
			.on('error', reject)
			.end();
	});
}
