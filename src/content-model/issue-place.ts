import { editorMessage } from './editor-messages.ts';

// A schema issue's path is zod's (`0.level`, `2`): an editor reads the index of a list entry as a number to count to,
// while the problem's line already says where it is. So a list entry is named by its id, the name editors gave it.

/** The list entry an issue is in, by its id (the innermost entry that has one), and the field inside it, without indices. */
export function issuePlace(path: readonly PropertyKey[], value: unknown): { entry?: string; field: string } {
	let entry: string | undefined;
	let fields: string[] = [];
	let at = value;
	for (const key of path) {
		at = at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined;
		if (typeof key === 'number') {
			const id = at !== null && typeof at === 'object' ? (at as { id?: unknown }).id : undefined;
			if (typeof id === 'string' && id !== '') [entry, fields] = [id, []];
		} else fields.push(String(key));
	}
	return { entry, field: fields.join('.') };
}

/** A schema issue's message led by where it is: `changsha 的 level：…`, `changsha：…`, `editor.repo: …`, or alone. */
export function placedMessage(path: readonly PropertyKey[], value: unknown, message: string): string {
	const { entry, field } = issuePlace(path, value);
	if (entry === undefined) return field ? `${field}: ${message}` : message;
	return field
		? editorMessage({ zh: '{entry} 的 {field}：{message}', en: '{field} of {entry}: {message}' }, { entry, field, message })
		: editorMessage({ zh: '{entry}：{message}', en: '{entry}: {message}' }, { entry, message });
}
