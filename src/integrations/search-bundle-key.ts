/** Everything one search bundle's files are made from: its pages in index order and the settings Pagefind runs with. */
export interface BundleInputs {
	/** The bundle's folder name (its period), which its files do not contain but the manifest points at. */
	name: string;
	/** The bundle's pages in the order they are added to the index: URL and the hash of what Pagefind reads of the page. */
	pages: ReadonlyArray<{ url: string; indexed: string }>;
	pagefindVersion: string;
	/** PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE as Pagefind's service sees it. */
	chunkSize: string;
	/** The language Pagefind is told the pages are in (forceLanguage). */
	language: string;
	/** The version of how this project makes bundles (spacing, options, files removed), raised when that changes. */
	format: number;
}

/** The text a bundle is cached under: equal for equal inputs, different when any input (or the pages' order) differs. */
export function bundleKey(inputs: BundleInputs): string {
	// An array in a fixed order, as JSON: every string is quoted and escaped, so no two inputs run together into one text.
	return JSON.stringify([
		inputs.format,
		inputs.pagefindVersion,
		inputs.chunkSize,
		inputs.language,
		inputs.name,
		inputs.pages.map((page) => [page.url, page.indexed]),
	]);
}
