import { Document } from 'yaml';
import { z } from 'astro/zod';
import { editorMessage } from '../content-model/editor-messages.ts';
import { fullWidthPunctuation } from './punctuation.ts';
import { bodyKey } from './same-report.ts';

// The importer writes only new files, and knows a report again by the article it wrote. An article the editors deleted
// leaves nothing to know it by, so a second import of the same old site brought it back (trial-43). The record of what
// was imported stays after the article goes: a report it names is not written again unless asked (--again).

/** The record's name in the articles folder: hidden, so the content check and the build pass it over. */
export const LEDGER_FILE = '.imported.yaml';

const entrySchema = z.object({
	file: z.string(),
	title: z.string(),
	date: z.string(),
	/** The start of its text (bodyKey), by which it is known under another title or date. */
	text: z.string().optional(),
	/** The page or post it came from, for the editor. */
	from: z.string().optional(),
});
export type LedgerEntry = z.infer<typeof entrySchema>;

export const ledgerSchema = z
	.array(entrySchema)
	.nullable()
	.transform((entries) => entries ?? []);

/** The hint of a record that cannot be read. */
export const ledgerHint = () =>
	editorMessage({
		zh: '這是匯入程式記下的匯入記錄，每項有 file、title、date；改壞了可以刪掉這個檔案（刪掉後，刪除過的文章再匯入時會回來）',
		en: 'this is the importer’s record of what it imported, each entry with file, title and date; if it is broken, delete it (deleted articles then come back on the next import)',
	});

/** The entry of one article written now. */
export function ledgerEntry(file: string, title: string, date: string, body: string, from: string): LedgerEntry {
	const text = bodyKey(body);
	return { file, title, date: date.slice(0, 10), ...(text ? { text } : {}), from };
}

/** The record as written: a comment saying what it is, then the entries. */
export function ledgerText(entries: readonly LedgerEntry[]): string {
	const doc = new Document(entries);
	doc.commentBefore = ` ${editorMessage({
		zh: 'npm run import 匯入過的文章。刪除的文章再匯入時略過（npm run import -- … --again 才會再寫入）；不要手動修改。',
		en: 'articles npm run import has imported. A deleted one is skipped when imported again (npm run import -- … --again writes it); do not edit by hand.',
	})}`;
	return doc.toString({ lineWidth: 0 });
}

/** The entry of a report imported before, by its title and date or its title and text (numbered notices share an opening, not a title). */
export function importedBefore(entries: readonly LedgerEntry[], report: { title: string; date?: string; body: string }): LedgerEntry | undefined {
	const title = fullWidthPunctuation(report.title);
	const text = bodyKey(report.body);
	return entries.find(
		(entry) => fullWidthPunctuation(entry.title) === title && ((report.date && entry.date === report.date.slice(0, 10)) || (text && entry.text === text)),
	);
}
