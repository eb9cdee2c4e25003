import { toSimplified } from '../editions/to-simplified.ts';
import type { Script } from '../editions/scripts.ts';

/**
 * Editors' messages are written once, in Traditional script; an office working in Simplified reads them converted by
 * OpenCC. Paths, ids and field names are ASCII, so `file:line:` and `county:` come through unchanged.
 */
export function editorMessages(script: Script): (text: string) => string {
	return script === 'zh-Hans' ? toSimplified : (text) => text;
}
