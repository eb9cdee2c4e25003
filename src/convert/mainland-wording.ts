import OpenCC from 'opencc-js';
import { once } from './opencc-tables.ts';

const converter = once(() => OpenCC.Converter({ from: 'twp', to: 'cn' }));

/**
 * The project's own Traditional text, written with Taiwan's words (檔案, 資料夾, 欄位, 連結, 匯入), in Simplified with the
 * mainland's (文件, 文件夾, 字段, 链接, 导入): OpenCC's tw2sp phrases, for messages to editors only. Never for articles,
 * whose words are the office's own and go through the project's converter.
 */
export function inMainlandWords(text: string): string {
	return converter()(text);
}
