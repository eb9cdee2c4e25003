// Loaded with `node --import` into every Node process of a build (through NODE_OPTIONS): counts how often each file
// under COUNT_READS_DIR is opened for reading through node:fs, and appends this process's counts as one JSON line to
// COUNT_READS_OUT when it exits. The test that reads them is test/build/read-once.test.ts.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = process.env.COUNT_READS_DIR;
const out = process.env.COUNT_READS_OUT;
if (dir && out) {
	const counts = new Map();
	// readFileSync opens through fs.openSync itself; only the outermost call is the caller's read.
	let depth = 0;
	const pathOf = (file) => (file instanceof URL ? fileURLToPath(file) : typeof file === 'string' || Buffer.isBuffer(file) ? resolve(String(file)) : undefined);
	const count = (file) => {
		const path = pathOf(file);
		if (path?.startsWith(dir + '/')) counts.set(path, (counts.get(path) ?? 0) + 1);
	};
	const wrap = (owner, name) => {
		const original = owner[name];
		owner[name] = function (file, ...rest) {
			if (depth === 0) count(file);
			depth++;
			try {
				return original.call(this, file, ...rest);
			} finally {
				depth--;
			}
		};
	};
	for (const name of ['readFileSync', 'openSync', 'readFile', 'open', 'createReadStream']) wrap(fs, name);
	for (const name of ['readFile', 'open']) wrap(fs.promises, name);
	syncBuiltinESMExports();
	process.on('exit', () =>
		fs.appendFileSync(out, JSON.stringify({ pid: process.pid, argv: process.argv.slice(1), counts: Object.fromEntries(counts) }) + '\n'),
	);
}
