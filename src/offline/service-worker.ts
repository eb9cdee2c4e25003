/// <reference lib="webworker" />
// The service worker of one edition (scope /zh-hant/ or /zh-hans/), bundled and given its precache list by
// src/integrations/service-worker.ts. Workbox does the caching; what is ours is the order of the fallbacks and the
// refresh after a deploy, which no Workbox recipe covers.
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { addRoute, cleanupOutdatedCaches, matchPrecache, precache, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { OTHER_EDITION_PARAM } from './files.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<PrecacheEntry | string> };

/** Pages the reader opened, kept for reading offline (the newest bulletins are precached besides). */
const PAGES = 'bulletin-pages';
const PICTURES = 'bulletin-pictures';

// The shell, the edition's home, offline and offline-search pages, its newest bulletins and the other editions'
// offline pages, listed at build time.
precache(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// A new deploy takes over at once, so no reader keeps reading an alert that has been lifted.
void self.skipWaiting();
clientsClaim();

/** The file a page's address is published as: /zh-hant/ is /zh-hant/index.html. */
const pageFile = (url: URL) => new URL(url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname, url).href;

/** A page of the edition's precache by its path inside the edition (offline/index.html). */
const precached = (path: string) => matchPrecache(new URL(path, self.registration.scope).href);

/**
 * Another edition's offline page, when the edition switch asks this edition's offline address for it (offline/?edition=
 * zh-hans): that edition has no worker on this device, so its own address would give the browser's error page.
 */
async function otherEditionOffline(url: URL): Promise<Response | undefined> {
	const other = url.searchParams.get(OTHER_EDITION_PARAM);
	if (url.pathname !== new URL('offline/', self.registration.scope).pathname || other === null || !/^[a-z0-9-]+$/.test(other)) return undefined;
	return precached(`../${other}/offline/index.html`);
}

// Search needs the network (its index is never stored): offline it says so and offers the stored bulletins, rather
// than a search page kept from an earlier visit that cannot search. Registered first: the routes below match it too.
registerRoute(
	({ request, url }) => request.mode === 'navigate' && url.pathname === new URL('search/', self.registration.scope).pathname,
	async ({ request }) => {
		try {
			return await fetch(request);
		} catch {
			return (await precached('offline/search/index.html')) ?? Response.error();
		}
	},
);

// Pages come from the network while there is one (a slow one gets 5 seconds), so a reader online always reads the
// current deploy; offline, the copy kept when the page was last opened, else the precached one, else the notice.
const pages = new NetworkFirst({ cacheName: PAGES, networkTimeoutSeconds: 5, plugins: [new ExpirationPlugin({ maxEntries: 200 })] });
registerRoute(
	({ request }) => request.mode === 'navigate',
	async (options) => {
		try {
			return await pages.handle(options);
		} catch {
			const url = new URL(options.request.url);
			return (await otherEditionOffline(url)) ?? (await matchPrecache(pageFile(url))) ?? (await precached('offline/index.html')) ?? Response.error();
		}
	},
);
// Stylesheets, scripts, the manifest and icons: from the precache (their names or revisions change with their bytes).
addRoute();
// Pictures of pages read, so an article read online shows its pictures offline too; hashed names never change.
registerRoute(
	({ request, sameOrigin }) => sameOrigin && request.destination === 'image',
	new CacheFirst({ cacheName: PICTURES, plugins: [new ExpirationPlugin({ maxEntries: 60, purgeOnQuotaError: true })] }),
);

/** Replaces every kept page with the new deploy's copy; a page that cannot be fetched now is dropped rather than kept stale. */
async function refreshPages(): Promise<void> {
	const cache = await caches.open(PAGES);
	const requests = await cache.keys();
	await Promise.all(
		requests.map(async (request) => {
			const fresh = await fetch(request.url, { cache: 'no-cache' }).catch(() => undefined);
			await (fresh?.ok ? cache.put(request, fresh) : cache.delete(request));
		}),
	);
}

self.addEventListener('activate', (event) => event.waitUntil(refreshPages()));
