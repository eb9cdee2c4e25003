// Decap CMS's own words (its buttons, menus, tooltips and screen-reader labels) come from its locales, and its
// Traditional and Simplified ones lack some and leave others in English (Group by, Rich Text, "Set date to now"): an
// office saw English among the Chinese. These are the missing ones, written once in Taiwan's Traditional like the
// editor's labels, shown in the office's words (editorLabels), and laid over Decap's own locale in the browser.

/** Decap's phrases, by its keys (decap-cms-locales' `en`), that its Chinese locales lack or leave in English. */
export const DECAP_PHRASES = {
	auth: { loginWithAzure: '使用 Azure 帳號登入', loginWithForgejo: '使用 Forgejo 帳號登入' },
	app: { app: { waitingBackend: '正在等待後端伺服器…' } },
	collection: {
		collectionTop: { viewAsList: '以清單顯示', viewAsGrid: '以格狀顯示', groupBy: '分組' },
		entries: { unpublishedHeader: '未發布的內容' },
		groups: { other: '其他', negateLabel: '不是%{label}' },
	},
	editor: {
		editorControl: { field: { widgetLabel: '輸入欄位' } },
		editorControlPane: {
			widget: { rangeMin: '%{fieldLabel}至少要有 %{minCount} 項', rangeMax: '%{fieldLabel}最多只能有 %{maxCount} 項' },
		},
		editorInterface: { toggleI18n: '切換多語言', togglePreview: '顯示或隱藏預覽', toggleScrollSync: '同步捲動', toggleNotes: '顯示或隱藏備註' },
		editorNotesPane: {
			title: '備註',
			emptyState: '還沒有備註。在下面寫第一則。',
			addNote: '新增備註',
			addPlaceholder: '寫備註…',
			editPlaceholder: '修改備註…',
			save: '儲存',
			cancel: '取消',
			edit: '修改',
			delete: '刪除',
			resolve: '標為已處理',
			unresolve: '標為未處理',
			confirmDelete: '確定要刪除這則備註嗎？',
			shortcut: '提示：按 Ctrl+Enter 就能新增備註',
		},
		editorToolbar: {
			// Decap's own reads 在集合 快訊 新增內容, a spaced word-for-word "Writing in 快訊 collection".
			backCollection: '正在撰寫%{collectionLabel}',
			statusInfoTooltipDraft: '這篇是草稿。要送審，把狀態改成「審核中」',
			statusInfoTooltipInReview: '這篇正在審核，不用再做什麼；審核時仍可修改。',
		},
		editorWidgets: {
			markdown: {
				richText: '排版',
				markdown: '原始碼',
				strikethrough: '刪除線',
				toggleMode: { rich: '切換到排版模式', markdown: '切換到原始碼模式' },
			},
			image: {
				chooseMultiple: '選擇圖片',
				chooseUrl: '從網址插入',
				replaceUrl: '換成網址',
				promptUrl: '輸入圖片的網址',
				addMore: '再加圖片',
				removeAll: '移除所有圖片',
			},
			file: {
				chooseUrl: '從網址插入',
				chooseMultiple: '選擇檔案',
				replaceUrl: '換成網址',
				promptUrl: '輸入檔案的網址',
				addMore: '再加檔案',
				removeAll: '移除所有檔案',
			},
			// Decap names the field by its key (date), not its label: the phrase names none.
			datetime: { setToNow: '設為現在' },
			list: { addType: '新增%{item}' },
			object: { expand: '展開', collapse: '收合' },
		},
	},
	mediaLibrary: {
		mediaLibraryCard: { copy: '複製', copyUrl: '複製網址', copyPath: '複製路徑', copyName: '複製檔名', copied: '已複製' },
		mediaLibraryModal: { close: '關閉' },
	},
	ui: {
		settingsDropdown: { account: '帳號選單' },
		toast: {
			onBackendDown: '後端伺服器無法使用，詳情：%{details}',
			noteAdded: '已新增備註',
			onFailToAddNote: '無法新增備註：%{details}',
			noteUpdated: '已更新備註',
			onFailToUpdateNote: '無法更新備註：%{details}',
			noteDeleted: '已刪除備註',
			onFailToDeleteNote: '無法刪除備註：%{details}',
			noteResolved: '備註已標為已處理',
			noteReopened: '備註已標為未處理',
			onFailToToggleNote: '無法改變備註的狀態：%{details}',
		},
	},
};

type Phrases = { [key: string]: string | Phrases };

/** Every phrase of `phrases` through `words` (the office's script and words), keys kept. */
export function phrasesIn(phrases: Phrases, words: (zh: string) => string): Phrases {
	return Object.fromEntries(Object.entries(phrases).map(([key, value]) => [key, typeof value === 'string' ? words(value) : phrasesIn(value, words)]));
}
