import { parseDateLine } from './page-meta.ts';

/** What a 政府信息公开 page's index box says of the document (索引号 / 发布机构 / 生成日期 / 文号), its cells in pairs. */
export interface Disclosure {
	/** The box as the page wrote it, one "label：value" after another, for the log. */
	line: string;
	/** YYYY-MM-DD of 生成日期 (成文日期, 发布日期), and how it was written. */
	date?: { value: string; written: string };
	/** 文号: 柘卫〔2014〕23号. */
	number?: string;
	/** 发布机构. */
	office?: string;
}

/** A box's labels, spaces and colon left out, by what they give. */
const LABELS: Array<[RegExp, 'index' | 'date' | 'number' | 'office' | 'other']> = [
	[/^索引[号號]$/, 'index'],
	[/^(?:生成|成文|[发發]布|公[开開])日期$/, 'date'],
	[/^(?:[发發]文字[号號]|文[号號])$/, 'number'],
	[/^(?:[发發]布|[发發]文)?机构$|^(?:[发發]布|[发發]文)?機構$/, 'office'],
	[/^(?:信息分[类類]|分[类類]|名[称稱]|主[题題][词詞]|[关關][键鍵][词詞]|有效性|[体體]裁分[类類])$/, 'other'],
];

/** The label a cell is, when it is one. */
const labelOf = (cell: string) => {
	const bare = cell.replace(/[\s\u3000]+/g, '').replace(/[：:]$/, '');
	return LABELS.find(([pattern]) => pattern.test(bare))?.[1];
};

/**
 * The index box of a government-disclosure page, from its cells in reading order (索 引 号： | 005512345/2014-00012 |
 * 生成日期： | 2014-06-12 …): undefined unless two or more of its labels are there and one is 索引号, 文号 or 生成日期.
 */
export function readDisclosure(cells: readonly string[]): Disclosure | undefined {
	const found: Disclosure = { line: '' };
	const parts: string[] = [];
	let kinds = 0;
	let key = false;
	for (let i = 0; i < cells.length; i++) {
		const label = labelOf(cells[i]!);
		if (!label) continue;
		const value = (labelOf(cells[i + 1] ?? '') ? '' : (cells[i + 1] ?? '')).replace(/[\s\u3000]+/g, ' ').trim();
		kinds++;
		if (label === 'index' || label === 'number' || label === 'date') key = true;
		parts.push(`${cells[i]!.replace(/[\s\u3000]+/g, '').replace(/[:：]?$/, '：')}${value}`);
		if (!value) continue;
		i++;
		const date = label === 'date' ? parseDateLine(value) : undefined;
		if (date?.date && !found.date) found.date = { value: date.date, written: `${cells[i - 1]!.replace(/[\s\u3000]+/g, '')}${value}` };
		if (label === 'number') found.number ??= value;
		if (label === 'office') found.office ??= value;
	}
	return kinds >= 2 && key ? { ...found, line: parts.join(' ') } : undefined;
}
