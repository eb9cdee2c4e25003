import { z } from 'astro/zod';
import { editorMessage, messageLanguages } from './editor-messages.ts';
import { strictFields } from './known-fields.ts';
import { contentPath } from './paths.ts';
import { readYamlFile } from './yaml-file.ts';
import { scripts } from '../core/scripts.ts';
import { editionByTag, editions, type Edition } from '../core/editions.ts';
import { isTimeZone } from '../core/dates.ts';

const perScript = strictFields({ 'zh-Hant': z.string().min(1), 'zh-Hans': z.string().min(1) });
/** Text a region sets: one string in the site's default script (converted for the other edition), or both spellings. */
const regionText = z.union([z.string().trim().min(1), perScript]);

const siteConfigSchema = strictFields(
	{
		name: perScript,
		description: perScript,
		url: z.url({
			protocol: /^https?$/,
			error: () =>
				editorMessage({
					zh: 'url 必須是網站完整的 http(s) 網址，例如 https://example.gov.cn',
					en: 'url must be the absolute http(s) address of the site, e.g. https://example.gov.cn',
				}),
		}),
		base: z
			.string()
			.regex(/^\/([\w.-]+\/)*$/, {
				error: () => editorMessage({ zh: 'base 必須以「/」開頭和結尾，例如 / 或 /bulletins/', en: 'base must start and end with "/", e.g. / or /bulletins/' }),
			})
			.refine((base) => !base.split('/').some((segment) => /^\.+$/.test(segment)), {
				error: () => editorMessage({ zh: 'base 不能含有「.」或「..」段', en: 'base must not contain "." or ".." segments' }),
			})
			.default('/'),
		/** The edition `/` and the 404 page list first, by its tag (src/core/editions.ts). */
		defaultEdition: z.enum(editions.map((edition) => edition.tag) as [string, ...string[]]).default(editions[0]!.tag),
		defaultScript: z.enum(scripts).default('zh-Hant'),
		/** The language of editors' messages (check, new, import, the build); the default script when absent. Read by editor-messages.ts. */
		messages: z.enum(messageLanguages).optional(),
		traditionalVariant: z.enum(['tw', 'hk', 't']).default('tw'),
		/**
		 * Quotation marks around Chinese text in each edition's own (`edition`: “…” ‘…’ in Simplified, 「…」 『…』 in
		 * Traditional), or as the source writes them (`as-written`).
		 */
		quotationMarks: z.enum(['edition', 'as-written']).default('edition'),
		/** The region's jurisdictions, a file in content/ (counties.yaml for Ningde; another region brings its own). */
		counties: z
			.string()
			.regex(/^[\w.-]+\.ya?ml$/, {
				error: () =>
					editorMessage({ zh: '必須是 content/ 裡的 YAML 檔名，例如 counties.yaml', en: 'must be a YAML file name in content/, e.g. counties.yaml' }),
			})
			.default('counties.yaml'),
		/** The region's word for its jurisdictions (縣區, 地區, 區, 市州) and its "all" form, as menus and filters show them. */
		jurisdictions: strictFields({ name: regionText, all: regionText }).default({
			name: { 'zh-Hant': '地區', 'zh-Hans': '地区' },
			all: { 'zh-Hant': '全部地區', 'zh-Hans': '全部地区' },
		}),
		/** The issuing office, named in every page's footer and on printouts; the site's name when absent. */
		issuer: regionText.optional(),
		/**
		 * Where the web editor (/admin/, Decap CMS) saves: a Git host's repository and branch, and for GitHub the address of
		 * an OAuth client (baseUrl) or for GitLab/Gitea an OAuth application id. Without it the editor works only in
		 * `npm run dev`, saving into this folder.
		 */
		editor: strictFields({
			backend: z
				.enum(['github', 'gitlab', 'gitea'], {
					error: () => editorMessage({ zh: 'editor.backend 只能是 github、gitlab 或 gitea', en: 'editor.backend must be github, gitlab or gitea' }),
				})
				.default('github'),
			repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, {
				error: () =>
					editorMessage({
						zh: 'editor.repo 要寫成「機構/倉庫」，例如 health-office/bulletins',
						en: 'editor.repo is written "organisation/repository", e.g. health-office/bulletins',
					}),
			}),
			branch: z.string().min(1).default('main'),
			baseUrl: z.url().optional(),
			authEndpoint: z.string().min(1).optional(),
			appId: z.string().min(1).optional(),
			apiRoot: z.url().optional(),
		}).optional(),
		/** The time zone articles' times of issue are written in (an IANA name), for feeds and for what "today" is. */
		timeZone: z
			.string()
			.refine(isTimeZone, {
				error: () =>
					editorMessage({
						zh: 'timeZone 須為 IANA 時區名稱，例如 Asia/Shanghai 或 Asia/Hong_Kong',
						en: 'timeZone must be an IANA time zone name, e.g. Asia/Shanghai or Asia/Hong_Kong',
					}),
			})
			.default('Asia/Shanghai'),
	},
	// What offices call their jurisdictions file, for "did you mean counties".
	{ districts: 'counties', regions: 'counties', jurisdiction: 'jurisdictions', areas: 'counties', region: 'counties' },
);

export type SiteConfig = z.output<typeof siteConfigSchema>;
export type RegionText = z.output<typeof regionText>;

/** The validated `content/site.yaml`, read once per process (again after it changes). */
export function siteConfig(): SiteConfig {
	return readYamlFile(contentPath('site.yaml'), siteConfigSchema, () =>
		editorMessage({
			zh: 'content/site.yaml 設定兩種字體的網站名稱、url、base、defaultEdition、defaultScript、messages、traditionalVariant、quotationMarks、counties、jurisdictions、issuer、timeZone 和 editor；見 docs/operators/configuration.md',
			en: 'content/site.yaml sets the site name in both scripts, url, base, defaultEdition, defaultScript, messages, traditionalVariant, quotationMarks, counties, jurisdictions, issuer, timeZone and editor; see docs/operators/configuration.md',
		}),
	);
}

/** The edition site.yaml's `defaultEdition` names (the schema accepts only the tags of src/core/editions.ts). */
export const siteDefaultEdition = (): Edition => editionByTag(siteConfig().defaultEdition)!;

/** Every edition with the site's default edition first, for pages that speak to every reader (`/`, the 404 page). */
export function editionsInOrder(): Edition[] {
	const first = siteDefaultEdition();
	return [first, ...editions.filter((edition) => edition !== first)];
}
