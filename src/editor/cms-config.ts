// The web editor's (Decap CMS) configuration, generated from content/site.yaml and the data files at build time, so
// the county, topic and series dropdowns always offer exactly the ids the content check accepts, by their names.
import type { County, Series, Topic } from '../content-model/taxonomies.ts';
import { MAX_TITLE_LENGTH } from '../content-model/schema.ts';
import { regionText, toEdition } from '../view/edition.ts';
import { inOfficeWords } from '../content-model/editor-messages.ts';
import { firstEditionIn } from '../core/editions.ts';
import type { SiteConfig } from '../content-model/config.ts';
import { EDITOR_FOLDER } from '../content-model/paths.ts';

export interface EditorInputs {
	site: SiteConfig;
	counties: readonly County[];
	topics: readonly Topic[];
	series: readonly Series[];
}

/** Where the editor page and its local backend live on the site: /admin/ under the base path. */
export const adminPath = (base: string) => `${base}${EDITOR_FOLDER}`;

/** The dev server's local backend (decap-server's file-system API) for the editor, same origin as the page; with the slash the site's URLs all end in. */
const localBackendPath = (base: string) => `${adminPath(base)}api/v1/`;

/**
 * The editor's own labels and hints, written here once in Taiwan's Traditional, in the office's script, words and
 * quotation marks as its messages are: the mainland's for a Simplified office (文件夹, 文件, “紧急”, not a converted
 * 资料夹, 档案, 「紧急」), its variant's (裏, 衞) for a Traditional one.
 */
export function editorLabels(site: Pick<SiteConfig, 'defaultScript' | 'traditionalVariant'>): (zh: string) => string {
	return (zh) => inOfficeWords(zh, site.defaultScript, site.traditionalVariant);
}

/** An entry's option: its name in the office's script (`name`), its id saved. */
const option = (entry: { id: string; name: string }, name: (text: string) => string) => ({ label: name(entry.name), value: entry.id });

/** A jurisdiction's option, named with the one above it when it has one (岳麓區（長沙市）), so two levels read apart. */
function countyOptions(counties: readonly County[], name: (text: string) => string) {
	const names = new Map(counties.map((county) => [county.id, county.name]));
	return counties.map((county) => {
		const parent = county.parent === undefined ? undefined : names.get(county.parent);
		return { label: name(parent ? `${county.name}（${parent}）` : county.name), value: county.id };
	});
}

/** The name of the editor's date field (registered by editor-setup.ts), typed in the site's format. */
export const SITE_DATE_WIDGET = 'site-date';

/** The Decap CMS configuration for a site: Chinese labels in the site's default script, fields as the article schema wants them. */
export function cmsConfig({ site, counties, topics, series }: EditorInputs): Record<string, unknown> {
	const t = editorLabels(site);
	const optional = { required: false };
	// Dates in the site's format, typed (editor-setup.ts): Decap's datetime widget showed them in the browser's language.
	const dateTime = {
		widget: SITE_DATE_WIDGET,
		time_format: 'HH:mm',
		pattern: ['^\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2})?$', t('請照 2020-02-08 18:30 的樣子寫：年-月-日 時:分（時間可以不寫）')],
	};
	const dateOnly = { widget: SITE_DATE_WIDGET, time_format: false, pattern: ['^\\d{4}-\\d{2}-\\d{2}$', t('請照 2020-02-08 的樣子寫：年-月-日')] };
	const local = localBackendPath(site.base);
	// Examples and words are the region's own (its issuer, its first county, its word for them), never Ningde's.
	const edition = firstEditionIn(site.defaultScript);
	// The data files' names, in whichever script they are written, as the office's edition shows them.
	const name = (text: string) => toEdition(text, edition);
	const jurisdiction = regionText(site.jurisdictions.name, edition);
	const sourceHint = site.issuer ? `${t('例如')} ${regionText(site.issuer, edition)}` : t('發布機關或報社的名稱');
	const editor = site.editor;
	return {
		locale: site.defaultScript === 'zh-Hans' ? 'zh_Hans' : 'zh_Hant',
		site_url: new URL(site.base, site.url).href,
		display_url: new URL(site.base, site.url).href,
		// A clerk publishes through the Git host (each save is a commit the publish workflow builds); without one set in
		// site.yaml the editor saves into the project folder through `npm run dev`.
		backend: editor
			? {
					name: editor.backend,
					repo: editor.repo,
					branch: editor.branch,
					...(editor.baseUrl && { base_url: editor.baseUrl }),
					...(editor.authEndpoint && { auth_endpoint: editor.authEndpoint }),
					...(editor.appId && { app_id: editor.appId, auth_type: 'pkce' }),
					...(editor.apiRoot && { api_root: editor.apiRoot }),
					commit_messages: { create: t('新增快訊 {{slug}}'), update: t('修改 {{slug}}'), delete: t('刪除 {{slug}}'), uploadMedia: t('上傳圖片 {{path}}') },
				}
			: { name: 'proxy', proxy_url: local },
		// On the editor's own computer (localhost), `npm run dev` serves this backend and the editor uses it first.
		local_backend: { url: local },
		publish_mode: 'simple',
		// Pictures belong next to their article (below); this folder only serves the editor's 媒體 library page.
		media_folder: 'content/images',
		public_folder: '/content/images',
		collections: [
			{
				name: 'articles',
				label: t('快訊'),
				label_singular: t('快訊'),
				description: `${t('每篇快訊是 content/articles/ 下的一個檔案。存檔前請填好標題、發布時間、')}${jurisdiction}${t('和專題；有首圖就要寫圖片說明。')}`,
				folder: 'content/articles',
				create: true,
				extension: 'md',
				format: 'frontmatter',
				identifier_field: 'title',
				// The file goes where the article's date says (YYYY/MM/DD-county-HHmm.md): lowercase ASCII, as the site's URLs need.
				// The whole path is the slug because only the slug template reads the date as written; Decap's {{year}} and
				// {{month}} are the UTC ones, a day early for a bulletin issued before 08:00 in China on the 1st of a month.
				slug: "{{fields.date | date('YYYY')}}/{{fields.date | date('MM')}}/{{fields.date | date('DD')}}-{{fields.county}}-{{fields.date | date('HHmm')}}",
				path: '{{slug}}',
				// Articles sit two folders down (YYYY/MM/); the editor lists that deep.
				nested: { depth: 3 },
				// Pictures go into the images/ folder next to the article and are written as ./images/name.jpg.
				media_folder: 'images',
				public_folder: './images',
				summary: '{{date}}　{{title}}',
				sortable_fields: ['date', 'title', 'county'],
				view_groups: [{ label: jurisdiction, field: 'county' }],
				fields: [
					{ name: 'title', label: t('標題'), widget: 'string', pattern: [`^.{1,${MAX_TITLE_LENGTH}}$`, t(`標題最多 ${MAX_TITLE_LENGTH} 字`)] },
					{ name: 'date', label: t('發布時間'), hint: t('網站所在時區的日期和時間，同一天的快訊按時間排序'), default: '{{now}}', ...dateTime },
					{ name: 'county', label: jurisdiction, widget: 'select', options: countyOptions(counties, name) },
					{
						name: 'topics',
						label: t('專題'),
						widget: 'select',
						multiple: true,
						min: 1,
						options: topics.map((topic) => option(topic, name)),
						hint: t('至少選一個'),
					},
					{
						name: 'urgent',
						label: t('緊急'),
						widget: 'boolean',
						default: false,
						hint: `${t('緊急快訊排在首頁和本')}${jurisdiction}${t('頁面最前面，帶「緊急」標記')}`,
						...optional,
					},
					{ name: 'until', label: t('緊急到'), hint: t('過了這一天就不再置頂（不填就一直置頂）'), ...dateOnly, ...optional },
					{ name: 'series', label: t('系列報道'), widget: 'select', options: series.map((entry) => option(entry, name)), ...optional },
					{ name: 'summary', label: t('摘要'), widget: 'text', hint: t('一兩句話，用於列表和搜尋結果；不填就用第一段'), ...optional },
					{ name: 'source', label: t('來源'), widget: 'string', hint: sourceHint, ...optional },
					{ name: 'authors', label: t('作者'), widget: 'list', hint: t('多位作者用半形逗號「,」分開，不要用「、」'), ...optional },
					{ name: 'photographers', label: t('攝影'), widget: 'list', hint: t('多位攝影用半形逗號「,」分開，不要用「、」'), ...optional },
					{ name: 'image', label: t('首圖'), widget: 'image', choose_url: false, hint: t('上傳的圖片存在本快訊旁邊的 images 資料夾'), ...optional },
					{
						name: 'imageAlt',
						label: t('首圖說明'),
						widget: 'string',
						hint: t('有首圖就必填：用一句話描述圖片，給看不到圖片的讀者（頁面上不顯示）'),
						...optional,
					},
					{
						name: 'imageCaption',
						label: t('首圖圖說'),
						widget: 'string',
						hint: t('顯示在圖片下面的文字，例如拍攝的地點和人物；不填就不顯示'),
						...optional,
					},
					{
						name: 'attachments',
						label: t('附件'),
						label_singular: t('附件'),
						widget: 'list',
						hint: t('通知原文、報名表等給讀者下載的檔案，列在正文下面'),
						summary: '{{fields.title}}',
						fields: [
							{
								name: 'file',
								label: t('檔案'),
								widget: 'file',
								choose_url: false,
								// Next to the article, in the files/ folder the build publishes attachments from (src/content-model/attachments.ts).
								media_folder: 'files',
								public_folder: 'files',
								hint: t('PDF、Word、WPS、Excel 等；上傳的檔案存在本快訊旁邊的 files 資料夾'),
							},
							{ name: 'title', label: t('連結文字'), widget: 'string', hint: t('讀者看到的連結，例如 通知原文（PDF）') },
						],
						...optional,
					},
					{ name: 'updated', label: t('更新日期'), ...dateOnly, ...optional },
					{
						name: 'corrections',
						label: t('更正'),
						widget: 'list',
						fields: [
							{ name: 'date', label: t('日期'), ...dateOnly },
							{ name: 'note', label: t('更正內容'), widget: 'string' },
						],
						...optional,
					},
					{ name: 'draft', label: t('草稿'), widget: 'boolean', default: false, hint: t('草稿不會發布'), ...optional },
					{
						name: 'body',
						label: t('正文'),
						widget: 'markdown',
						hint: t('插入圖片時請填寫圖片說明（alt）'),
						// Pictures only: Decap's other component, a code block, is labelled in English (Code Block) and a bulletin has no code.
						editor_components: ['image'],
					},
				],
			},
			{
				name: 'site',
				label: t('網站通告'),
				files: [
					{
						name: 'alerts',
						label: t('通告'),
						file: 'content/alerts.yaml',
						description: t('每一頁頂部的通告，到結束日期後自動消失。'),
						fields: [
							{
								name: 'alerts',
								label: t('通告'),
								label_singular: t('通告'),
								widget: 'list',
								summary: '{{fields.start}}　{{fields.message}}',
								fields: [
									{ name: 'id', label: t('編號'), widget: 'string', pattern: ['^[a-z0-9-]+$', t('小寫英文字母、數字和 -，例如 mask-supply')] },
									{
										name: 'level',
										label: t('級別'),
										widget: 'select',
										options: [
											{ label: t('一般'), value: 'info' },
											{ label: t('注意'), value: 'warning' },
											{ label: t('緊急'), value: 'urgent' },
										],
									},
									{ name: 'message', label: t('內容'), widget: 'text' },
									{
										name: 'link',
										label: t('詳情連結'),
										widget: 'string',
										hint: `${t('本站的頁面，不含版本，例如')} counties/${counties[0]?.id ?? '<id>'}`,
										...optional,
									},
									{ name: 'start', label: t('開始日期'), default: '{{now}}', ...dateOnly },
									{ name: 'end', label: t('結束日期'), hint: t('不填就一直顯示'), ...dateOnly, ...optional },
								],
							},
						],
					},
				],
			},
		],
	};
}
