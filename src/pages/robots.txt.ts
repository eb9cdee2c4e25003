import type { APIRoute } from 'astro';

/** Lets every crawler in and points it at the sitemap, which lists both editions with their alternates. */
export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(`${import.meta.env.BASE_URL}sitemap-index.xml`, site).href}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
