import type { FolderCheck } from './articles-folder.ts';
import type { Problem } from './problems.ts';
import type { ArticleData } from './schema.ts';
import { siteConfig } from './config.ts';
import { articleScript } from '../convert/detect.ts';
import { siteGlossary } from './site-glossary.ts';
import { readSiteGlossary } from './glossary-file.ts';
import { lintConversion, type LintArticle } from './conversion-lint.ts';

/** The conversion lint over every readable article of a checked folder, with the site's glossary (or the pairs `listed`) and Traditional standard. */
export function lintSiteConversion({ files }: FolderCheck, displayDir = 'content/articles', listed = readSiteGlossary()): Problem[] {
	const articles: LintArticle[] = [];
	for (const [file, { data, body, source }] of files) {
		if (!data || source === undefined) continue;
		const { lang, title, glossary } = data as ArticleData;
		articles.push({ file: `${displayDir}/${file}`, text: source, script: articleScript(lang, `${title}\n${body}`, siteConfig().defaultScript), glossary });
	}
	return lintConversion(articles, siteGlossary(listed), siteConfig().traditionalVariant);
}
