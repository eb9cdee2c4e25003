import rss from '@astrojs/rss';
import type { Article } from '../content-model/query.ts';
import { articleView } from '../editions/article-view.ts';
import type { Script } from '../editions/scripts.ts';
import { siteConfig } from './config.ts';
import { zonedIso } from './dates.ts';

/** How many of the newest articles a feed carries. */
export const FEED_SIZE = 50;

export interface FeedOptions {
	script: Script;
	title: string;
	description: string;
	/** The site's absolute address (Astro.site / context.site). */
	site: URL;
	/** The site-relative URL of the HTML page the feed follows (the channel's link). */
	page: string;
	articles: readonly Article[];
}

/** An RSS feed of the newest articles in one edition: title, link, date, summary and the updated date, in the edition's script. */
export async function editionFeed({ script, title, description, site, page, articles }: FeedOptions): Promise<Response> {
	const items = await Promise.all(
		articles.slice(0, FEED_SIZE).map(async (article) => {
			const view = await articleView(article, script);
			return {
				title: view.title,
				link: new URL(view.url, site).href,
				// The time of issue in the site's time zone; a date alone is noon, which is that day in every reader's zone.
				pubDate: new Date(view.datetime),
				description: view.summary,
				categories: [view.county.name, ...view.topics.map((t) => t.name)],
				customData: view.updated ? `<atom:updated>${zonedIso(view.updated.date, siteConfig().timeZone)}</atom:updated>` : undefined,
			};
		}),
	);
	return rss({
		title,
		description,
		site: new URL(page, site).href,
		items,
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: `<language>${script}</language>`,
		trailingSlash: true,
	});
}
