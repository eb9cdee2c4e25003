import type { APIRoute } from 'astro';
import { pageLanguage, type Edition } from '../../core/editions.ts';
import { label } from '../../view/ui.ts';
import { siteConfig } from '../../content-model/config.ts';
import { feedStylesheet } from '../../view/feed-stylesheet.ts';
import { everyEdition } from '../../view/static-paths.ts';
import feedCss from '../../styles/feed.css?url';

export const getStaticPaths = everyEdition;

/** The edition's feed stylesheet: every feed of the edition shows through it as a readable page in the edition's script. */
export const GET: APIRoute = ({ props }) => {
	const { edition } = props as { edition: Edition };
	const text = {
		lang: pageLanguage(edition, siteConfig().traditionalVariant),
		notice: label('feedNotice', edition),
		what: label('feedWhat', edition),
		howHeading: label('feedHow', edition),
		steps: [label('feedStep1', edition), label('feedStep2', edition), label('feedStep3', edition)] as [string, string, string],
		latest: label('latest', edition),
		website: label('feedWebsite', edition),
		published: label('published', edition),
	};
	return new Response(feedStylesheet(text, feedCss, `${import.meta.env.BASE_URL}favicon.svg`), {
		headers: { 'Content-Type': 'application/xslt+xml; charset=utf-8' },
	});
};
