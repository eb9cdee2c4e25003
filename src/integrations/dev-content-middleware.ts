import { defineMiddleware } from 'astro:middleware';
import { escapeText } from 'entities';
import { devContentMessage } from '../content-model/content-check.ts';
import { latestContentErrors } from './dev-content-check.ts';

/**
 * In `npm run dev`, every page shows the content errors until they are fixed: a page of its own with the lines as
 * `npm run check` prints them (Astro's page for a thrown error reads its text as Markdown, and would show a fix's
 * ![說明](./images/x.jpg) as "說明"), and Vite's client, through which the overlay opens and the page reloads once
 * the content is right (src/integrations/dev-content-check.ts).
 */
export const onRequest = defineMiddleware(async (_context, next) => {
	const errors = await latestContentErrors();
	if (errors.length === 0) return next();
	const { message, hint } = devContentMessage(errors);
	const client = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}@vite/client`;
	const page = `<!doctype html><html><head><meta charset="utf-8"><title>${escapeText(message.split('\n')[0]!)}</title><script type="module" src="${client}"></script></head><body><pre style="white-space: pre-wrap">${escapeText(message)}\n\n${escapeText(hint)}</pre></body></html>`;
	return new Response(page, { status: 500, headers: { 'content-type': 'text/html; charset=utf-8' } });
});
