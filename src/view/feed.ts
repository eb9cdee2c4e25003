import rss from '@astrojs/rss';
import type { Article } from '../content-model/query.ts';
import { articleView } from './article-view.ts';
import { pageLanguage, type Edition } from '../core/editions.ts';
import { siteConfig } from '../content-model/config.ts';
import { dayOf, zonedIso } from '../core/dates.ts';
import { editionFileUrl } from './urls.ts';

/** The file name of each edition's feed stylesheet (src/pages/[edition]/feed.xsl.ts). */
const FEED_STYLESHEET = 'feed.xsl';

/** How many of the newest articles a feed carries. */
const FEED_SIZE = 50;

export interface FeedOptions {
	edition: Edition;
	title: string;
	description: string;
	/** The site's absolute address (Astro.site / context.site). */
	site: URL;
	/** The site-relative URL of the HTML page the feed follows (the channel's link). */
	page: string;
	/** The feed's own site-relative URL, which readers subscribe to. */
	feed: string;
	articles: readonly Article[];
}

/** An RSS feed of the newest articles in one edition: title, link, date, summary and the updated date, in the edition's script. */
export async function editionFeed({ edition, title, description, site, page, feed, articles }: FeedOptions): Promise<Response> {
	const items = await Promise.all(
		articles.slice(0, FEED_SIZE).map(async (article) => {
			const view = await articleView(article, edition);
			return {
				title: view.title,
				link: new URL(view.url, site).href,
				// The time of issue in the site's time zone; a date alone is noon, which is that day in every reader's zone.
				pubDate: new Date(view.datetime),
				description: view.summary,
				categories: [view.county.name, ...view.topics.map((t) => t.name)],
				// The plain date, which the feed page's stylesheet writes as 2020年2月8日 (XSLT 1.0 cannot parse pubDate).
				customData: `<dc:date>${dayOf(view.date)}</dc:date>${view.updated ? `<atom:updated>${zonedIso(view.updated.date, siteConfig().timeZone)}</atom:updated>` : ''}`,
			};
		}),
	);
	return rss({
		title,
		description,
		site: new URL(page, site).href,
		items,
		xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
		// The language the edition's pages declare (zh-Hant-HK for a Hong Kong-form edition, not the edition's zh-Hant).
		customData: `<language>${pageLanguage(edition, siteConfig().traditionalVariant)}</language><atom:link href="${new URL(feed, site).href}" rel="self" type="application/rss+xml"/>`,
		// Opened in a browser, the feed shows as a page that explains itself (src/view/feed-stylesheet.ts).
		stylesheet: editionFileUrl(edition, FEED_STYLESHEET),
		trailingSlash: true,
	});
}
