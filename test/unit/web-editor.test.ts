import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/content-model/schema.ts';
import { readTaxonomy } from '../../src/content-model/taxonomies.ts';
import { cmsConfig } from '../../src/editor/cms-config.ts';
import { siteConfig } from '../../src/content-model/config.ts';
import { editorSetupScript, nativeDateValue, siteDateValue } from '../../src/editor/editor-setup.ts';

type Field = {
	name: string;
	label: string;
	widget?: string;
	required?: boolean;
	/** A pattern the value must match, and the message when it does not. */
	pattern?: [string, string];
	editor_components?: string[];
	media_folder?: string;
	public_folder?: string;
	options?: Array<{ label: string; value: string }>;
	fields?: Field[];
};
type Collection = { name: string; fields?: Field[]; files?: Array<{ name: string; file: string; fields: Field[] }>; slug?: string; media_folder?: string };

const config = cmsConfig({ site: siteConfig(), counties: readTaxonomy('counties'), topics: readTaxonomy('topics'), series: readTaxonomy('series') });
const collections = config.collections as Collection[];
const articles = collections.find((c) => c.name === 'articles')!;
const field = (name: string) => articles.fields!.find((f) => f.name === name)!;

describe('the web editor configuration', () => {
	it('offers the data files as dropdowns showing names and saving ids', () => {
		expect(field('county').options).toContainEqual({ label: '福安市', value: 'fuan' });
		expect(field('county').options).toHaveLength(readTaxonomy('counties').length);
		expect(field('topics')).toMatchObject({ widget: 'select', multiple: true, min: 1 });
		expect(field('topics').options).toContainEqual({ label: '醫療物資', value: 'medical-supplies' });
		expect(field('series').options).toContainEqual({ label: '共同戰「疫」,寧德市縣區在行動', value: 'ningde-counties-in-action' });
	});

	it('names a jurisdiction with the one above it, where the file gives parents', () => {
		const counties = [
			{ id: 'changsha', formerIds: [] as string[], name: '長沙市', short: '長沙', level: 'city', order: 0 },
			{ id: 'yuelu', formerIds: [] as string[], name: '嶽麓區', short: '嶽麓', level: 'district', order: 1, parent: 'changsha' },
		] as const;
		const levels = cmsConfig({ site: siteConfig(), counties, topics: [], series: [] }).collections as Collection[];
		expect(levels.find((c) => c.name === 'articles')!.fields!.find((f) => f.name === 'county')!.options).toEqual([
			{ label: '長沙市', value: 'changsha' },
			{ label: '嶽麓區（長沙市）', value: 'yuelu' },
		]);
	});

	it('writes only fields the article schema accepts, the required ones required, with Chinese labels', () => {
		const allowed = Object.keys(articleSchema({ counties: [], topics: [], series: [] }).shape);
		for (const f of articles.fields!) if (f.name !== 'body') expect(allowed).toContain(f.name);
		for (const name of ['title', 'date', 'county', 'topics', 'body']) expect(field(name).required).not.toBe(false);
		for (const name of ['series', 'summary', 'image', 'imageAlt', 'imageCaption', 'urgent', 'until']) expect(field(name).required).toBe(false);
		for (const f of articles.fields!) expect(f.label).toMatch(/\p{Script=Han}/u);
	});

	it('takes the time of issue and files the article where its date says, pictures in its images/ folder', () => {
		// Typed in the site's format: Decap's datetime widget showed the browser's (12/01/2026, 03:07 AM; trial-41).
		expect(field('date')).toMatchObject({ widget: 'site-date', time_format: 'HH:mm' });
		const [pattern] = field('date').pattern!;
		for (const typed of ['2020-02-08 18:30', '2020-02-08']) expect(typed).toMatch(new RegExp(pattern));
		for (const typed of ['02/08/2020, 06:30 PM', '2020-02-08T18:30', '2020-2-8']) expect(typed).not.toMatch(new RegExp(pattern));
		expect(articles.slug).toBe(
			"{{fields.date | date('YYYY')}}/{{fields.date | date('MM')}}/{{fields.date | date('DD')}}-{{fields.county}}-{{fields.date | date('HHmm')}}",
		);
		expect(articles.media_folder).toBe('images');
	});

	it('edits the alert list with the fields the alert schema has', () => {
		const alerts = collections.find((c) => c.name === 'site')!.files!.find((f) => f.name === 'alerts')!;
		expect(alerts.file).toBe('content/alerts.yaml');
		expect(alerts.fields[0]!.fields!.map((f) => f.name)).toEqual(['id', 'level', 'message', 'link', 'start', 'end']);
	});

	it('saves through the local backend of npm run dev when site.yaml names no Git host', () => {
		expect(config.backend).toEqual({ name: 'proxy', proxy_url: '/admin/api/v1/' });
		expect(config.local_backend).toEqual({ url: '/admin/api/v1/' });
		expect(config.locale).toBe('zh_Hant');
	});

	it('labels and hints a Simplified office in its own words and script, from site.yaml, with no Taiwan word', () => {
		const hans = cmsConfig({
			site: { ...siteConfig(), defaultScript: 'zh-Hans' },
			counties: readTaxonomy('counties'),
			topics: readTaxonomy('topics'),
			series: readTaxonomy('series'),
		});
		const texts: string[] = [];
		JSON.stringify(hans, (key, value: unknown) => {
			if (['label', 'label_singular', 'hint', 'description'].includes(key) && typeof value === 'string') texts.push(value);
			return value;
		});
		const all = texts.join('\n');
		expect(all).toContain('上传的图片存在本快讯旁边的 images 文件夹');
		expect(all).toContain('每篇快讯是 content/articles/ 下的一个文件');
		// Taiwan's words for files and folders, and Traditional characters in the data files' names, were shown as written.
		expect(all).not.toMatch(/资料夹|档案|檔案|資料夾/);
		expect(all).not.toMatch(/[寧區縣醫療動壽東僑經濟發開]/);
		expect(all).toContain('宁德市');
		expect(hans.locale).toBe('zh_Hans');
	});

	it('uploads attachments into the files/ folder next to the article, listed in the attachments field the build reads', () => {
		expect(field('attachments')).toMatchObject({ widget: 'list', required: false });
		expect(field('attachments').fields!.map((f) => [f.name, f.widget])).toEqual([
			['file', 'file'],
			['title', 'string'],
		]);
		expect(field('attachments').fields![0]).toMatchObject({ media_folder: 'files', public_folder: 'files' });
	});

	it('completes Decap’s own words in the office’s script: its locale and the picture component', () => {
		const hant = editorSetupScript({ defaultScript: 'zh-Hant', traditionalVariant: 'tw' });
		expect(hant).toContain('CMS.registerLocale(locale, merge(CMS.getLocale(locale) || {}, ours))');
		expect(hant).toContain('})("zh_Hant", {');
		expect(hant).toContain('"groupBy":"分組"');
		expect(hant).toContain('"richText":"排版"');
		expect(hant).toContain('"imageAlt":"圖片說明（給看不到圖片的讀者）"');
		const hans = editorSetupScript({ defaultScript: 'zh-Hans', traditionalVariant: 'tw' });
		expect(hans).toContain('})("zh_Hans", {');
		expect(hans).toContain('"chooseMultiple":"选择文件"');
		expect(hans).not.toMatch(/檔|档案|資料夾|资料夹/);
	});

	// trial-41: English and doubled or mixed words an office still saw.
	it('offers only the picture component, labels it once as optional, writes 發布 as Decap does, and no 在集合 快訊', () => {
		expect(field('body').editor_components).toEqual(['image']);
		const hant = editorSetupScript({ defaultScript: 'zh-Hant', traditionalVariant: 'tw' });
		expect(hant).toContain('"imageTitle":"滑鼠停在圖片上時顯示的文字"');
		expect(hant).toContain('"backCollection":"正在撰寫%{collectionLabel}"');
		expect(`${hant}${JSON.stringify(articles)}`).not.toContain('發佈');
	});

	// trial-42: the typed field had lost the calendar; the browser's own picker writes into it in the site's form.
	it('gives the date field a picker that reads and writes the site’s form, labelled in the office’s script', () => {
		expect(nativeDateValue('2020-02-08 18:30', true)).toBe('2020-02-08T18:30');
		expect(nativeDateValue('2020-02-08', true)).toBe('2020-02-08T00:00');
		expect(nativeDateValue('2020-02-08', false)).toBe('2020-02-08');
		expect(nativeDateValue('12/01/2026, 03:07 AM', true)).toBe('');
		expect(siteDateValue('2020-02-08T18:30')).toBe('2020-02-08 18:30');
		expect(siteDateValue('2020-02-08T18:30:15')).toBe('2020-02-08 18:30');
		expect(siteDateValue('2020-02-08')).toBe('2020-02-08');
		expect(siteDateValue('')).toBe('');
		const hant = editorSetupScript({ defaultScript: 'zh-Hant', traditionalVariant: 'tw' });
		expect(hant).toContain("type: withTime ? 'datetime-local' : 'date'");
		expect(hant).toContain('"pickDate":"選日期"');
		// The helpers run in the browser as written here: the script carries them whole, and they work there.
		const script = hant.slice(hant.indexOf('var toNative'), hant.indexOf('CMS.registerWidget'));
		expect(new Function(`${script}; return [toNative('2020-02-08 18:30', true), fromNative('2020-02-09T07:05')];`)()).toEqual([
			'2020-02-08T18:30',
			'2020-02-09 07:05',
		]);
		expect(editorSetupScript({ defaultScript: 'zh-Hans', traditionalVariant: 'tw' })).toContain('"pickDate":"选日期"');
	});
});
