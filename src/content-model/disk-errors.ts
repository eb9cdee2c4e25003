import { editorMessage } from './editor-messages.ts';

/** The system's error codes for a full disk, and for a folder or file that may not be written. */
const FULL = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);
const REFUSED = new Set(['EACCES', 'EPERM', 'EROFS']);

/** The error code of a failed file-system call, if it has one. */
const codeOf = (error: unknown): string | undefined => {
	const code = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
	return typeof code === 'string' ? code : undefined;
};

/**
 * What a failed write means for an editor or operator, and what to do, in words rather than Node's `ENOSPC: no space
 * left on device, write` with a stack; undefined for an error that is not about the disk (a bug keeps its stack).
 */
export function diskProblem(error: unknown): { reason: string; fix: string } | undefined {
	const code = codeOf(error);
	if (code && FULL.has(code))
		return {
			reason: editorMessage({ zh: '磁碟已滿（{code}）', en: 'the disk is full ({code})' }, { code }),
			fix: editorMessage({ zh: '請先騰出磁碟空間（df -h 看哪裡滿了），然後再執行一次', en: 'free some disk space (df -h shows where), then run it again' }),
		};
	if (code && REFUSED.has(code))
		return {
			reason: editorMessage({ zh: '沒有寫入的權限（{code}）', en: 'writing is not permitted ({code})' }, { code }),
			fix: editorMessage({
				zh: '請確認執行的使用者可以寫入這個資料夾（ls -ld 看擁有者和權限；唯讀的磁碟要重新掛載成可寫），然後再執行一次',
				en: 'make sure the user running it may write to the folder (ls -ld shows its owner and mode; a read-only disk must be mounted writable), then run it again',
			}),
		};
	return undefined;
}
