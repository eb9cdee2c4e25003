import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { attachmentOutput } from '../content-model/attachments.ts';
import { publishedAttachments } from '../content-model/articles-folder.ts';
import { contentPath } from '../content-model/paths.ts';
import { editions } from '../core/editions.ts';
import { buildSitePart } from '../core/site-parts.ts';

/**
 * Copies every attachment an article links to (附件: a notice as PDF, a form as .docx) into each edition at the path
 * the article's page links to it (src/components/ArticleBody.astro): articles/2022/03/files/通知.pdf. Astro copies
 * only the pictures Markdown shows; a link to any other file is left for the site to serve. Runs after a build of
 * changes has linked in the published files, and replaces a linked copy rather than writing into the published one.
 */
export function attachments(): AstroIntegration {
	return {
		name: 'bulletin-attachments',
		hooks: {
			'astro:build:done': ({ dir }) => {
				// A shard renders some years' pages; the assembly copies every attachment once, like the shared assets.
				if (buildSitePart().kind === 'shard') return;
				const site = fileURLToPath(dir);
				for (const path of publishedAttachments(contentPath('articles'))) {
					for (const edition of editions) {
						const to = attachmentOutput(site, edition.path, path);
						mkdirSync(dirname(to), { recursive: true });
						rmSync(to, { force: true });
						copyFileSync(join(contentPath('articles'), ...path.split('/')), to);
					}
				}
			},
		},
	};
}
