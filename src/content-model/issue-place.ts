import { editorMessage } from './editor-messages.ts';

// A schema issue's path is zod's (`0.level`, `topics.0`, `images.2.alt`): an editor reads a list index as a number to
// count to from 0. So a list entry is named by its id, the name editors gave it, and an entry without one by its
// position in the field's list, counted from 1 (`topics 第 1 項`, "topics, item 1"); the problem's line gives the rest.

/** One step of a field's place: a field's name, and the position (from 1) of the entry of its list, if in one. */
interface Step {
	name: string;
	item?: number;
}

/**
 * The list entry an issue is in, by its id (the innermost entry that has one), and the field inside it in words: a list
 * in a field names its entry by position (`images 第 3 項的 alt`); a list at the top of a file without ids, nothing more.
 */
export function issuePlace(path: readonly PropertyKey[], value: unknown): { entry?: string; field: string } {
	let entry: string | undefined;
	let steps: Step[] = [];
	let at = value;
	for (const key of path) {
		at = at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined;
		if (typeof key === 'number') {
			const id = at !== null && typeof at === 'object' ? (at as { id?: unknown }).id : undefined;
			const last = steps.at(-1);
			if (typeof id === 'string' && id !== '') [entry, steps] = [id, []];
			else if (last && last.item === undefined) last.item = key + 1;
		} else steps.push({ name: String(key) });
	}
	return { entry, field: fieldInWords(steps) };
}

/** The steps as editors read them: `editor.repo`, `topics 第 1 項`, `images 第 3 項的 alt` ("images, item 3, alt"). */
function fieldInWords(steps: readonly Step[]): string {
	let text = '';
	let afterItem = false;
	for (const { name, item } of steps) {
		const step = item === undefined ? name : editorMessage({ zh: '{name} 第 {item} 項', en: '{name}, item {item}' }, { name, item });
		text = text === '' ? step : afterItem ? editorMessage({ zh: '{before}的 {step}', en: '{before}, {step}' }, { before: text, step }) : `${text}.${step}`;
		afterItem = item !== undefined;
	}
	return text;
}

/** A schema issue's message led by where it is: `changsha 的 level：…`, `changsha：…`, `editor.repo: …`, `topics 第 1 項: …`, or alone. */
export function placedMessage(path: readonly PropertyKey[], value: unknown, message: string): string {
	const { entry, field } = issuePlace(path, value);
	if (entry === undefined) return field ? `${field}: ${message}` : message;
	return field
		? editorMessage({ zh: '{entry} 的 {field}：{message}', en: '{field} of {entry}: {message}' }, { entry, field, message })
		: editorMessage({ zh: '{entry}：{message}', en: '{entry}: {message}' }, { entry, message });
}
