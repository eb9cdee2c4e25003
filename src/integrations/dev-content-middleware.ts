import { defineMiddleware } from 'astro:middleware';
import { devContentError } from '../content-model/content-check.ts';
import { latestContentErrors } from './dev-content-check.ts';

/** In `npm run dev`, every page shows the content errors (Astro's error overlay) until they are fixed. */
export const onRequest = defineMiddleware(async (_context, next) => {
	const errors = await latestContentErrors();
	if (errors.length > 0) throw devContentError(errors);
	return next();
});
