import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under a folder (hidden ones too) with the SHA-256 of its bytes, to compare a folder before and after. */
export function snapshot(dir: string): Record<string, string> {
	if (!existsSync(dir)) return {};
	const files: Record<string, string> = {};
	for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
		const path = join(dir, file);
		if (statSync(path).isFile()) files[file] = createHash('sha256').update(readFileSync(path)).digest('hex');
	}
	return files;
}
