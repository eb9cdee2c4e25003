// Loaded with `node --import` (through NODE_OPTIONS): makes the disk under FULL_DISK_DIR full for this process, as a
// real full disk does to writeFileSync: the first half of the bytes is written, then the call fails with ENOSPC.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = process.env.FULL_DISK_DIR;
if (dir) {
	const original = fs.writeFileSync;
	fs.writeFileSync = function (file, data, options) {
		if (typeof file !== 'string' || !resolve(file).startsWith(resolve(dir) + '/')) return original.call(this, file, data, options);
		const bytes = Buffer.from(data);
		original.call(this, file, bytes.subarray(0, Math.floor(bytes.length / 2)), options);
		throw Object.assign(new Error(`ENOSPC: no space left on device, write`), { code: 'ENOSPC', errno: -28, syscall: 'write' });
	};
	// With FULL_DISK_ASYNC, fs.promises.writeFile fails too, the way Astro writes the pages it renders: the failure is
	// Astro's own, printed by Astro, not one of our hooks'.
	if (process.env.FULL_DISK_ASYNC) {
		const writeFile = fs.promises.writeFile;
		fs.promises.writeFile = async function (file, data, options) {
			const path = file instanceof URL ? fileURLToPath(file) : file;
			if (typeof path !== 'string' || !resolve(path).startsWith(resolve(dir) + '/') || !path.endsWith('.html'))
				return writeFile.call(this, file, data, options);
			throw Object.assign(new Error(`ENOSPC: no space left on device, write`), { code: 'ENOSPC', errno: -28, syscall: 'write' });
		};
	}
	syncBuiltinESMExports();
}
