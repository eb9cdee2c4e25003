import { SERVICE_WORKER_FILE } from './files.ts';

/**
 * Registers the edition's service worker (next to the manifest the page links to) once the page has loaded, so it
 * never competes with the page on a slow connection. Without one (an old browser, or `astro dev`, where no build has
 * written the worker) the site reads as before, only not offline.
 */
export function registerServiceWorker(): void {
	const manifest = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
	if (!manifest || !('serviceWorker' in navigator)) return;
	const url = new URL(SERVICE_WORKER_FILE, manifest.href);
	// Another edition's offline page, which this edition's worker shows offline when the edition switch asks for it: that
	// edition's worker could not be fetched now, and the browser logs the failed attempt as an error.
	if (!location.pathname.startsWith(new URL('.', url).pathname)) return;
	addEventListener('load', () => navigator.serviceWorker.register(url).catch(() => undefined));
}
