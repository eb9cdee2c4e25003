import { editionPath, scripts, type Script } from '../editions/scripts.ts';

/** getStaticPaths entries for a page that exists once per edition, crossed with each item (an article, a county…). */
export function perEdition<T, P extends Record<string, string>>(items: readonly T[], params: (item: T) => P) {
	return scripts.flatMap((script: Script) => items.map((item) => ({ params: { edition: editionPath(script), ...params(item) }, props: { script, item } })));
}

/** getStaticPaths entries for a page that exists once per edition. */
export function editions() {
	return scripts.map((script: Script) => ({ params: { edition: editionPath(script) }, props: { script } }));
}
