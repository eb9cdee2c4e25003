import OpenCC from 'opencc-js';
import { once } from './opencc-tables.ts';

const converter = once(() => OpenCC.Converter({ from: 'twp', to: 'cn' }));

/**
 * Taiwan's words for files and builds that OpenCC's phrases convert character by character (資料檔 → 数据档, 建置, 相依套件,
 * 預設), with the mainland's, written as Taiwan would for OpenCC to finish (檔案 → 文件; a 文件 given to it would become 文档).
 * 檔 alone is a file in Taiwan (TIFF 檔, 圖片檔); 檔案 and 檔名 OpenCC knows already.
 */
const TOOL_WORDS: Record<string, string> = {
	資料檔: '數據檔案',
	設定檔: '配置檔案',
	圖片檔: '圖片檔案',
	逐檔: '逐個檔案',
	建置: '構建',
	相依套件: '依賴包',
	預設: '默認',
};
const TOOL_WORD = new RegExp(
	`${Object.keys(TOOL_WORDS)
		.sort((a, b) => b.length - a.length)
		.join('|')}|(?<=[A-Za-z0-9] ?)檔(?![案名])`,
	'g',
);

/**
 * The project's own Traditional text, written with Taiwan's words (檔案, 資料夾, 欄位, 連結, 匯入, 資料檔, 建置), in Simplified
 * with the mainland's (文件, 文件夹, 字段, 链接, 导入, 数据文件, 构建): OpenCC's tw2sp phrases and the words they miss, for
 * messages to editors only. Never for articles, whose words are the office's own and go through the project's converter.
 */
export function inMainlandWords(text: string): string {
	return converter()(text.replace(TOOL_WORD, (word) => TOOL_WORDS[word] ?? '檔案'));
}
