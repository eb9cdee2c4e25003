import { z } from 'astro/zod';
import { closest } from './closest.ts';
import { editorMessage } from './editor-messages.ts';

/** The message for fields a strict object does not know, each with the closest known field when one is near. */
function unknownFieldsMessage(keys: readonly string[], allowed: readonly string[]): string {
	return keys
		.map((key) => {
			const guess = closest(key, allowed);
			const values = { key, guess: guess ?? '', fields: allowed.join(', ') };
			return guess
				? editorMessage(
						{
							zh: '沒有「{key}」這個欄位；是不是「{guess}」？可用的欄位：{fields}',
							en: 'unknown field "{key}"; did you mean "{guess}"? Allowed fields: {fields}',
						},
						values,
					)
				: editorMessage({ zh: '沒有「{key}」這個欄位。可用的欄位：{fields}', en: 'unknown field "{key}". Allowed fields: {fields}' }, values);
		})
		.join('; ');
}

/** A strict object whose unknown fields (a typo such as `jurisdiction:`) are named with the field meant. */
export function strictFields<Shape extends z.ZodRawShape>(shape: Shape) {
	const allowed = Object.keys(shape);
	return z.strictObject(shape, {
		error: (issue) => (issue.code === 'unrecognized_keys' ? unknownFieldsMessage(issue.keys, allowed) : undefined),
	});
}
