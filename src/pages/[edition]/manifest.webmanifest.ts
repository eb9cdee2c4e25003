import type { APIRoute } from 'astro';
import type { Edition } from '../../core/editions.ts';
import { siteConfig } from '../../content-model/config.ts';
import { everyEdition } from '../../view/static-paths.ts';
import { editionUrl } from '../../view/urls.ts';
import { webManifest } from '../../view/web-manifest.ts';

export const getStaticPaths = everyEdition;

/** The edition's web app manifest, so a reader can install the edition on a phone's home screen. */
export const GET: APIRoute = ({ props }) => {
	const { edition } = props as { edition: Edition };
	const manifest = webManifest(siteConfig(), edition, editionUrl(edition), import.meta.env.BASE_URL);
	return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' } });
};
