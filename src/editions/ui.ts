import { siteConfig } from '../site/config.ts';
import { editionConverter, regionText } from './edition.ts';
import type { Script } from './scripts.ts';

// Labels are written once in Traditional and converted like any other text. Where mainland usage differs
// in vocabulary, not just script (搜尋 → 搜索), the Simplified label is given explicitly.
const labels = {
	skipToContent: { hant: '跳至主要內容' },
	home: { hant: '首頁' },
	latest: { hant: '最新快訊' },
	topics: { hant: '專題' },
	series: { hant: '系列報道' },
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
	pagination: { hant: '分頁' },
	previousPage: { hant: '上一頁' },
	nextPage: { hant: '下一頁' },
	pageOf: { hant: '第 {page} 頁,共 {pages} 頁' },
	archive: { hant: '按日期瀏覽' },
	archiveNav: { hant: '日期' },
	archiveMonth: { hant: '{year}年{month}月' },
	newer: { hant: '較新一篇' },
	older: { hant: '較舊一篇' },
	related: { hant: '相關快訊' },
	share: { hant: '分享' },
	linkCopied: { hant: '已複製連結', hans: '已复制链接' },
	alert: { hant: '重要通告' },
	readMore: { hant: '詳情' },
	feedOf: { hant: '訂閱{name}的快訊' },
	search: { hant: '搜尋', hans: '搜索' },
	searchLabel: { hant: '搜尋快訊', hans: '搜索快讯' },
	searchPlaceholder: { hant: '輸入關鍵詞,例如:口罩' },
	searchFilters: { hant: '篩選' },
	searchSort: { hant: '排序' },
	sortRelevance: { hant: '最相關' },
	sortNewest: { hant: '最新' },
	searchResults: { hant: '搜尋結果', hans: '搜索结果' },
	searchCount: { hant: '共 {count} 篇快訊' },
	searchCountSince: { hant: '{since}以來共 {count} 篇快訊' },
	searchNone: { hant: '找不到相關快訊,請換個關鍵詞或減少篩選條件。' },
	searchNoMatch: { hant: '找不到包含「{query}」的快訊。' },
	searchPartial: { hant: '部分相符' },
	searchPartialNote: { hant: '以下快訊包含所搜尋的詞語,但沒有連在一起。', hans: '以下快讯包含所搜索的词语,但没有连在一起。' },
	searchOlder: { hant: '搜尋更早的快訊', hans: '搜索更早的快讯' },
	searchYears: { hant: '年份' },
	searchYear: { hant: '{year}年' },
	searchLoading: { hant: '正在載入搜尋…', hans: '正在加载搜索…' },
	searchFailed: { hant: '搜尋暫時無法使用,請稍後再試。', hans: '搜索暂时无法使用,请稍后再试。' },
	loadMore: { hant: '顯示更多', hans: '显示更多' },
	searchNeedsJs: {
		hant: '搜尋功能需要啟用 JavaScript。您也可以按{jurisdictions}或專題瀏覽全部快訊:',
		hans: '搜索功能需要启用 JavaScript。您也可以按{jurisdictions}或专题浏览全部快讯:',
	},
	searchWithin: { hant: '在{name}的快訊中搜尋', hans: '在{name}的快讯中搜索' },
} satisfies Record<string, { hant: string; hans?: string }>;

// Labels that name the region's jurisdictions come from content/site.yaml, so another region never shows Ningde's 縣區.
const regionLabels = {
	counties: () => siteConfig().jurisdictions.name,
	allCounties: () => siteConfig().jurisdictions.all,
};

export type LabelKey = keyof typeof labels | keyof typeof regionLabels;

/** A UI label in the edition's script, with the region's word for its jurisdictions filled in. */
export function label(key: LabelKey, script: Script): string {
	if (key in regionLabels) return regionText(regionLabels[key as keyof typeof regionLabels](), script);
	const entry: { hant: string; hans?: string } = labels[key as keyof typeof labels];
	const text = script === 'zh-Hans' && entry.hans ? entry.hans : editionConverter('zh-Hant', script)(entry.hant);
	return text.replace('{jurisdictions}', () => label('counties', script));
}

/** The name of each edition, written in its own script, as the edition switcher shows it. */
export const editionNames: Record<Script, { short: string; long: string }> = {
	'zh-Hant': { short: '繁', long: '繁體中文' },
	'zh-Hans': { short: '简', long: '简体中文' },
};

/** 2020年2月, in the edition's script. */
export function monthName(year: string, month: string, script: Script): string {
	return label('archiveMonth', script)
		.replace('{year}', year)
		.replace('{month}', String(Number(month)));
}
