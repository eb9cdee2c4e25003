import type { APIRoute } from 'astro';
import type { Script } from '../../core/scripts.ts';
import { siteConfig } from '../../content-model/config.ts';
import { editions } from '../../view/static-paths.ts';
import { editionUrl } from '../../view/urls.ts';
import { webManifest } from '../../view/web-manifest.ts';

export const getStaticPaths = editions;

/** The edition's web app manifest, so a reader can install the edition on a phone's home screen. */
export const GET: APIRoute = ({ props }) => {
	const { script } = props as { script: Script };
	const manifest = webManifest(siteConfig(), script, editionUrl(script), import.meta.env.BASE_URL);
	return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' } });
};
