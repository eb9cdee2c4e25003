import type { APIRoute } from 'astro';
import { languageTag, type Script } from '../../core/scripts.ts';
import { label } from '../../view/ui.ts';
import { siteConfig } from '../../content-model/config.ts';
import { feedStylesheet } from '../../view/feed-stylesheet.ts';
import { editions } from '../../view/static-paths.ts';
import feedCss from '../../styles/feed.css?url';

export const getStaticPaths = editions;

/** The edition's feed stylesheet: every feed of the edition shows through it as a readable page in the edition's script. */
export const GET: APIRoute = ({ props }) => {
	const { script } = props as { script: Script };
	const text = {
		lang: languageTag(script, siteConfig().traditionalVariant),
		notice: label('feedNotice', script),
		what: label('feedWhat', script),
		howHeading: label('feedHow', script),
		steps: [label('feedStep1', script), label('feedStep2', script), label('feedStep3', script)] as [string, string, string],
		latest: label('latest', script),
		website: label('feedWebsite', script),
		published: label('published', script),
	};
	return new Response(feedStylesheet(text, feedCss, `${import.meta.env.BASE_URL}favicon.svg`), {
		headers: { 'Content-Type': 'application/xslt+xml; charset=utf-8' },
	});
};
