import { z } from 'astro/zod';
import { closest } from './closest.ts';
import { editorMessage } from './editor-messages.ts';

/** The message for fields a strict object does not know, each with the field meant when it can be told. */
function unknownFieldsMessage(keys: readonly string[], allowed: readonly string[], meant: Readonly<Record<string, string>>): string {
	return keys
		.map((key) => {
			// `name： 大埔區` (a full-width colon) is read by YAML as one key holding the value.
			const fullWidth = /^([\w-]+)\s*：\s*(.*)$/.exec(key);
			if (fullWidth) {
				return editorMessage(
					{
						zh: '「{key}」的冒號是全形「：」，YAML 讀成了一個欄位名；改成半形冒號加空格：{fixed}',
						en: '"{key}" has a full-width colon "：", which YAML reads as part of a field name; write a plain colon and a space: {fixed}',
					},
					{ key, fixed: `${fullWidth[1]}: ${fullWidth[2]}` },
				);
			}
			const guess = meant[key.toLowerCase()] ?? closest(key, allowed);
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

/**
 * A strict object whose unknown fields are named with the field meant: a typo (`jurisdiction:`), a word an office uses
 * for it (`meant`: `districts` for `counties`), or a full-width colon that made the value part of the name.
 */
export function strictFields<Shape extends z.ZodRawShape>(shape: Shape, meant: Readonly<Record<string, string>> = {}) {
	const allowed = Object.keys(shape);
	return z.strictObject(shape, {
		error: (issue) => (issue.code === 'unrecognized_keys' ? unknownFieldsMessage(issue.keys, allowed, meant) : undefined),
	});
}
