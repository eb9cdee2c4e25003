import { editionConverter } from './edition.ts';
import type { Script } from './scripts.ts';

// Labels are written once in Traditional and converted like any other text. Where mainland usage differs
// in vocabulary, not just script (搜尋 → 搜索), the Simplified label is given explicitly.
const labels = {
	skipToContent: { hant: '跳至主要內容' },
	home: { hant: '首頁' },
	latest: { hant: '最新快訊' },
	counties: { hant: '縣區' },
	topics: { hant: '專題' },
	series: { hant: '系列報道' },
	allCounties: { hant: '全部縣區' },
	allTopics: { hant: '全部專題' },
	articleCount: { hant: '篇' },
	published: { hant: '發佈日期' },
	updated: { hant: '更新日期' },
	source: { hant: '來源' },
	authors: { hant: '文' },
	photographers: { hant: '圖' },
	corrections: { hant: '更正' },
	partOfSeries: { hant: '本文屬於系列報道' },
	noArticles: { hant: '暫無快訊。' },
	switchTo: { hant: '切換至' },
	mainNav: { hant: '主要導覽', hans: '主导航' },
	articlesIn: { hant: '的快訊' },
} satisfies Record<string, { hant: string; hans?: string }>;

export type LabelKey = keyof typeof labels;

/** A UI label in the edition's script. */
export function label(key: LabelKey, script: Script): string {
	const entry: { hant: string; hans?: string } = labels[key];
	return script === 'zh-Hans' && entry.hans ? entry.hans : editionConverter('zh-Hant', script)(entry.hant);
}

/** The name of each edition, written in its own script, as the edition switcher shows it. */
export const editionNames: Record<Script, { short: string; long: string }> = {
	'zh-Hant': { short: '繁', long: '繁體中文' },
	'zh-Hans': { short: '简', long: '简体中文' },
};
