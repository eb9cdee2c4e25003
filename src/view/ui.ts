import { siteConfig } from '../content-model/config.ts';
import { formatDate, formatMonthDay } from '../core/dates.ts';
import { regionText, siteText } from './edition.ts';
import { editionVariant, type Edition } from '../core/editions.ts';

// Labels are written once in Traditional and converted like any other text, in a Traditional edition into its regional
// standard (siteText). Where mainland usage differs in vocabulary, not just script (搜尋 → 搜索), the Simplified label
// is given explicitly; so is the Hong Kong label where Hong Kong's word differs from Taiwan's (網絡, not 網路; trial-46):
// OpenCC's Hong Kong tables change forms of characters, not words.
/** A label as written: in Traditional, with the Simplified and the Hong Kong wording where the words differ. */
interface Label {
	hant: string;
	hk?: string;
	hans?: string;
}

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
	attachments: { hant: '附件' },
	noArticles: { hant: '暫無快訊。' },
	switchTo: { hant: '切換至' },
	mainNav: { hant: '主要導覽', hans: '主导航' },
	articlesIn: { hant: '的快訊' },
	pagination: { hant: '分頁' },
	previousPage: { hant: '上一頁' },
	nextPage: { hant: '下一頁' },
	dateRange: { hant: '{from}至{to}' },
	archive: { hant: '按日期瀏覽' },
	archiveNav: { hant: '日期' },
	olderBulletins: { hant: '更早的快訊：按日期瀏覽全部' },
	archiveMonth: { hant: '{year}年{month}月' },
	newer: { hant: '較新一篇' },
	older: { hant: '較舊一篇' },
	related: { hant: '相關快訊' },
	share: { hant: '分享' },
	linkCopied: { hant: '已複製連結', hans: '已复制链接' },
	alert: { hant: '重要通告' },
	urgent: { hant: '緊急' },
	readMore: { hant: '詳情' },
	alertLevel_info: { hant: '通知' },
	alertLevel_warning: { hant: '注意' },
	alertLevel_urgent: { hant: '緊急' },
	alertHide: { hant: '隱藏此通告' },
	alertHideRead: { hant: '已閱讀，不再顯示' },
	feedOf: { hant: '訂閱{name}的快訊' },
	feedNotice: { hant: '這是訂閱源（RSS），不是普通網頁。' },
	feedWhat: {
		hant: '訂閱後，新聞閱讀器會自動收取這裡的最新快訊：有新快訊時閱讀器就會顯示，不必每天回到網站查看。',
		hans: '订阅后，新闻阅读器会自动接收这里的最新快讯：有新快讯时阅读器就会显示，不必每天回到网站查看。',
	},
	feedHow: { hant: '如何訂閱' },
	feedStep1: { hant: '複製這個網址：', hans: '复制这个网址：' },
	feedStep2: {
		hant: '打開手機或電腦上的新聞閱讀器（RSS 閱讀器），選擇「新增訂閱」，貼上網址。',
		hans: '打开手机或电脑上的新闻阅读器（RSS 阅读器），选择“添加订阅”，粘贴网址。',
	},
	feedStep3: { hant: '以後有新快訊時，閱讀器會自動顯示。' },
	feedWebsite: { hant: '在網站上閱讀' },
	offlineTitle: { hant: '目前離線，此頁尚未儲存', hans: '目前离线，此页尚未保存' },
	offlineBody: {
		hant: '您的裝置現在沒有網路連線，而這一頁還沒有儲存在本機，所以暫時無法閱讀。恢復連線後重新打開即可。',
		hk: '您的裝置現在沒有網絡連線，而這一頁還沒有儲存在本機，所以暫時無法閱讀。恢復連線後重新打開即可。',
		hans: '您的设备现在没有网络连接，而这一页还没有保存在本机，所以暂时无法阅读。恢复连接后重新打开即可。',
	},
	offlineStored: {
		hant: '離線時仍可閱讀：首頁、最新的 {count} 篇快訊，以及您在本機打開過的頁面。',
		hans: '离线时仍可阅读：首页、最新的 {count} 篇快讯，以及您在本机打开过的页面。',
	},
	offlineHome: { hant: '回到首頁' },
	offlineBorrowed: {
		hant: '這一版要連上網路後才能閱讀，這部裝置還沒有儲存它的頁面。本頁的連結會打開已儲存的「{short}」版頁面；點「{short}」回到您剛才讀的頁面。',
		hk: '這一版要連上網絡後才能閱讀，這部裝置還沒有儲存它的頁面。本頁的連結會打開已儲存的「{short}」版頁面；點「{short}」回到您剛才讀的頁面。',
		hans: '这一版要连上网络后才能阅读，这部设备还没有保存它的页面。本页的链接会打开已保存的“{short}”版页面；点“{short}”回到您刚才读的页面。',
	},
	offlineSearchTitle: { hant: '搜尋需要網路連線', hk: '搜尋需要網絡連線', hans: '搜索需要网络连接' },
	offlineSearchBody: {
		hant: '您的裝置現在沒有網路連線，所以暫時無法搜尋。恢復連線後再搜尋一次即可。',
		hk: '您的裝置現在沒有網絡連線，所以暫時無法搜尋。恢復連線後再搜尋一次即可。',
		hans: '您的设备现在没有网络连接，所以暂时无法搜索。恢复连接后再搜索一次即可。',
	},
	offlineSearchStored: {
		hant: '下面這些快訊已儲存在本機，離線也能閱讀；您打開過的頁面也可以。',
		hans: '下面这些快讯已保存在本机，离线也能阅读；您打开过的页面也可以。',
	},
	// The root page, which offers both editions, and the 404 page, which says so in both.
	chooseEdition: { hant: '請選擇閱讀版本。' },
	editionName: { hant: '{edition}版' },
	notFoundTitle: { hant: '找不到此頁面' },
	notFoundBody: {
		hant: '您要找的頁面不存在或已移動；如果是一篇快訊，它可能已經撤回。可以搜尋快訊，或從上方選單瀏覽。',
		hans: '您要找的页面不存在或已移动；如果是一篇快讯，它可能已经撤回。可以搜索快讯，或从上方菜单浏览。',
	},
	notFoundSearch: { hant: '搜尋全部快訊', hans: '搜索全部快讯' },
	notFoundHome: { hant: '返回{edition}版首頁' },
	movedTitle: { hant: '此快訊已移至新網址', hans: '此快讯已移至新网址' },
	movedBody: { hant: '這篇快訊的網址改了，正在前往：', hans: '这篇快讯的网址改了，正在前往：' },
	movedListingTitle: { hant: '此頁已移至新網址', hans: '此页已移至新网址' },
	movedListingBody: { hant: '這一頁的名稱或網址改了，正在前往：', hans: '这一页的名称或网址改了，正在前往：' },
	printAddress: { hant: '本頁網址' },
	printedOn: { hant: '列印日期', hans: '打印日期' },
	printQr: { hant: '本頁網址的 QR 碼', hans: '本页网址的二维码' },
	search: { hant: '搜尋', hans: '搜索' },
	searchLabel: { hant: '搜尋快訊', hans: '搜索快讯' },
	searchPlaceholder: { hant: '輸入關鍵詞：地名、人名或主題' },
	searchFilters: { hant: '篩選' },
	searchSort: { hant: '排序' },
	sortRelevance: { hant: '最相關' },
	sortNewest: { hant: '最新' },
	searchResults: { hant: '搜尋結果', hans: '搜索结果' },
	searchCount: { hant: '共 {count} 篇快訊' },
	searchCountSince: { hant: '{since}以來共 {count} 篇快訊' },
	searchNone: { hant: '找不到相關快訊，請換個關鍵詞或減少篩選條件。' },
	searchNoMatch: { hant: '找不到包含「{query}」的快訊。', hans: '找不到包含“{query}”的快讯。' },
	searchNoMatchFiltered: { hant: '在所選的篩選條件下，找不到包含「{query}」的快訊。', hans: '在所选的筛选条件下，找不到包含“{query}”的快讯。' },
	searchClearFilters: { hant: '清除篩選，搜尋全部快訊', hans: '清除筛选，搜索全部快讯' },
	searchPartial: { hant: '部分相符' },
	searchPartialNote: { hant: '以下快訊包含所搜尋的詞語，但沒有連在一起。', hans: '以下快讯包含所搜索的词语，但没有连在一起。' },
	searchOlder: { hant: '搜尋更早的快訊', hans: '搜索更早的快讯' },
	searchYears: { hant: '年份' },
	searchYear: { hant: '{year}年' },
	searchLoading: { hant: '正在載入搜尋…', hans: '正在加载搜索…' },
	searchFailed: { hant: '搜尋暫時無法使用，請稍後再試。', hans: '搜索暂时无法使用，请稍后再试。' },
	loadMore: { hant: '顯示更多', hans: '显示更多' },
	searchNeedsJs: {
		hant: '搜尋功能需要啟用 JavaScript。您也可以按{jurisdictions}或專題瀏覽全部快訊：',
		hans: '搜索功能需要启用 JavaScript。您也可以按{jurisdictions}或专题浏览全部快讯：',
	},
	searchWithin: { hant: '在{name}的快訊中搜尋', hans: '在{name}的快讯中搜索' },
	/** The trail from the top-level jurisdiction down to a district's page, for screen readers. */
	breadcrumb: { hant: '所在位置' },
	/** The name a screen reader gives the box an article's table scrolls sideways in (src/view/table-scroll.ts). */
	scrollingTable: { hant: '表格（可左右滑動）' },
	/** The same for one of several tables in an article: each box its own name. */
	scrollingTableNumbered: { hant: '第 {n} 個表格（可左右滑動）' },
	/** The heading over a city's districts and counties: 長沙市所轄市縣區. */
	countiesBelow: { hant: '{name}所轄{jurisdictions}' },
} satisfies Record<string, Label>;

// Labels that name the region's jurisdictions come from content/site.yaml, so another region never shows Ningde's 縣區.
const regionLabels = {
	counties: () => siteConfig().jurisdictions.name,
	allCounties: () => siteConfig().jurisdictions.all,
};

export type LabelKey = keyof typeof labels | keyof typeof regionLabels;

/** Every label, for the test that reads them all as residents do. */
export const labelKeys = [...Object.keys(labels), ...Object.keys(regionLabels)] as LabelKey[];

/** A UI label in the edition's script, with the region's word for its jurisdictions filled in. */
export function label(key: LabelKey, edition: Edition): string {
	if (key in regionLabels) return regionText(regionLabels[key as keyof typeof regionLabels](), edition);
	const entry: Label = labels[key as keyof typeof labels];
	if (edition.script === 'zh-Hans' && entry.hans) return fill(entry.hans, edition);
	const hongKong = edition.script === 'zh-Hant' && editionVariant(edition, siteConfig().traditionalVariant) === 'hk';
	return fill(siteText(hongKong && entry.hk ? entry.hk : entry.hant, edition), edition);
}

/** A label's text with the region's word for its jurisdictions in its place. */
function fill(text: string, edition: Edition): string {
	return text.replace('{jurisdictions}', () => label('counties', edition));
}

/** 2020年2月, in the edition's script. */
export function monthName(year: string, month: string, edition: Edition): string {
	return label('archiveMonth', edition)
		.replace('{year}', year)
		.replace('{month}', String(Number(month)));
}

/** The days from `from` to `to` (YYYY-MM-DD) in the edition's script, the year written once if it is the same: 2020年2月3日至2月18日. */
export function dateRangeName(from: string, to: string, edition: Edition): string {
	if (from === to) return formatDate(from);
	return label('dateRange', edition)
		.replace('{from}', formatDate(from))
		.replace('{to}', from.slice(0, 4) === to.slice(0, 4) ? formatMonthDay(to) : formatDate(to));
}
