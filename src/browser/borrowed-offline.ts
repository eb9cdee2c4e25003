// Offline, the edition switch shows another edition's offline page at this edition's offline address when that edition
// has no worker on this device (src/offline/service-worker.ts). Its links into its own edition then gave Chromium's
// English error page, and its switch back led to this edition's offline page, not to the bulletin left (trial-41).

/** The search parameter carrying the page the reader switched from, so the borrowed page's switch leads back to it. */
export const FROM_PARAM = 'from';

/** The edition prefix (/zh-hant/, after any base path) a path lies in, among the editions' prefixes. */
export function editionPrefix(pathname: string, prefixes: readonly string[]): string | undefined {
	return prefixes.find((prefix) => pathname.startsWith(prefix));
}

/** A path of the borrowed edition moved into the edition whose worker answers (/zh-hans/topics/ to /zh-hant/topics/); others unchanged. */
export function answeringPath(pathname: string, own: string, answering: string): string {
	return pathname.startsWith(own) ? `${answering}${pathname.slice(own.length)}` : pathname;
}

/** Where the borrowed page's switch back leads: the page the reader came from when it lies in the answering edition, else its home. */
export function backTarget(from: string | null, origin: string, answering: string): string {
	if (from === null) return answering;
	const url = new URL(from, origin);
	return url.origin === origin && url.pathname.startsWith(answering) ? `${url.pathname}${url.search}${url.hash}` : answering;
}

/**
 * On an offline page shown at another edition's address (`own` is the page's edition prefix, `prefixes` every
 * edition's): shows the notice for the answering edition, sends every link and form into the answering edition's
 * stored pages, and the switch to that edition back to the page the reader came from. A page at its own address is left alone.
 */
export function keepBorrowedPageOffline(own: string, prefixes: readonly string[]): void {
	const answering = editionPrefix(location.pathname, prefixes);
	if (answering === undefined || answering === own) return;
	for (const notice of document.querySelectorAll<HTMLElement>('[data-borrowed-by]')) notice.hidden = notice.dataset.borrowedBy !== answering;
	const back = backTarget(new URLSearchParams(location.search).get(FROM_PARAM), location.origin, answering);
	for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
		const url = new URL(link.href);
		if (url.origin !== location.origin) continue;
		if (link.dataset.edition !== undefined && url.pathname.startsWith(answering)) link.href = back;
		else link.href = `${answeringPath(url.pathname, own, answering)}${url.search}${url.hash}`;
	}
	for (const form of document.querySelectorAll<HTMLFormElement>('form[action]')) {
		form.action = answeringPath(new URL(form.action).pathname, own, answering);
	}
}
