// Offline, the edition switch (繁 / 简) led to the browser's own error page (trial-38): the other edition is another
// service worker's scope, and that worker is on the device only if the reader opened that edition online before.

import { FROM_PARAM } from './borrowed-offline.ts';

/** How long the switch waits for the network before it takes the device for offline. */
const PROBE_MS = 4000;

/** Whether the site answers at all: navigator.onLine says true on a dead connection (and did so in Chromium's offline mode). */
const reachable = (href: string) =>
	fetch(href, { method: 'HEAD', cache: 'no-store', signal: AbortSignal.timeout(PROBE_MS) }).then(
		() => true,
		() => false,
	);

/**
 * Where a link to another edition should go: its own address when that edition's worker is on this device (it shows
 * the page if it stored it, else its own offline page) or the site answers; else `fallback`, this edition's offline
 * address asking its worker for the other edition's offline page.
 */
async function switchTarget(href: string, fallback: string): Promise<string> {
	if (!('serviceWorker' in navigator)) return href;
	const registration = await navigator.serviceWorker.getRegistration(href).catch(() => undefined);
	if (registration?.active) return href;
	return navigator.onLine !== false && (await reachable(href)) ? href : fallback;
}

/** Sends the edition switch's plain clicks through switchTarget; a click for a new tab or window is left to the browser. */
export function keepSwitchOffline(links: Iterable<HTMLAnchorElement>): void {
	for (const link of links) {
		link.addEventListener('click', (event) => {
			const fallback = link.dataset.offline;
			if (fallback === undefined || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
			event.preventDefault();
			// The other edition's offline page, if shown, leads back here (src/browser/borrowed-offline.ts).
			const offline = new URL(fallback, location.href);
			offline.searchParams.set(FROM_PARAM, `${location.pathname}${location.search}`);
			void switchTarget(link.href, offline.href).then((target) => location.assign(target));
		});
	}
}
