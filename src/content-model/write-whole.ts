import { linkSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { diskProblem } from './disk-errors.ts';
import { editorMessage } from './editor-messages.ts';

/**
 * Writes a file whole or not at all: the bytes go to a temporary file beside it, flushed to the disk, which then takes
 * the file's place in one rename, so a full disk or a killed tool never leaves a file cut short (an alert cut mid-character
 * passed the check and was published). With `create`, an existing file is never replaced and the write fails with EEXIST.
 * On failure the temporary file is removed and the error says, in the editors' language, that `shown` was not changed.
 */
export function writeWhole(file: string, data: string | Uint8Array, { create = false, shown = file }: { create?: boolean; shown?: string } = {}): void {
	const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.writing`);
	try {
		writeFileSync(temporary, data, { flag: 'w', flush: true });
		// A hard link fails if the file exists, as `wx` would: a new file never replaces one written meanwhile.
		if (create) linkSync(temporary, file);
		else renameSync(temporary, file);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw error;
		const problem = diskProblem(error);
		const reason = problem?.reason ?? (error instanceof Error ? error.message : String(error));
		throw new Error(
			[
				create
					? editorMessage(
							{ zh: '無法寫入 {file}：{reason}；沒有建立這個檔案', en: 'could not write {file}: {reason}; the file was not created' },
							{ file: shown, reason },
						)
					: editorMessage(
							{ zh: '無法寫入 {file}：{reason}；檔案沒有改動', en: 'could not write {file}: {reason}; the file was not changed' },
							{ file: shown, reason },
						),
				problem?.fix,
			]
				.filter(Boolean)
				.join(editorMessage({ zh: '。', en: '. ' })),
			{ cause: error },
		);
	} finally {
		rmSync(temporary, { force: true });
	}
}
