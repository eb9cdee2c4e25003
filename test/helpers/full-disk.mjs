// Loaded with `node --import` (through NODE_OPTIONS): makes the disk under FULL_DISK_DIR full for this process, as a
// real full disk does to writeFileSync: the first half of the bytes is written, then the call fails with ENOSPC.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { resolve } from 'node:path';

const dir = process.env.FULL_DISK_DIR;
if (dir) {
	const original = fs.writeFileSync;
	fs.writeFileSync = function (file, data, options) {
		if (typeof file !== 'string' || !resolve(file).startsWith(resolve(dir) + '/')) return original.call(this, file, data, options);
		const bytes = Buffer.from(data);
		original.call(this, file, bytes.subarray(0, Math.floor(bytes.length / 2)), options);
		throw Object.assign(new Error(`ENOSPC: no space left on device, write`), { code: 'ENOSPC', errno: -28, syscall: 'write' });
	};
	syncBuiltinESMExports();
}
