// The import rules of docs/developers/architecture.md, checked by `npm run lint:deps` (part of `npm test`).
// Data flows content files → load and validate → view and render → index → publish; a module imports only its own
// layer and the layers below it, never one above.

/** Each layer: the folders it is made of, and the layers whose modules it may import besides its own. */
const layers = {
	// The list of editions, dates, XML characters: plain functions that run in Node and in the reader's browser alike.
	core: { path: '^src/core/', uses: [] },
	// The Simplified ↔ Traditional converter and its dictionaries.
	convert: { path: '^src/convert/', uses: ['core'] },
	// Load and validate: site.yaml and the other data files, articles, their schema, messages and problems.
	content: { path: '^src/(content-model/|content\\.config\\.ts$)', uses: ['core', 'convert'] },
	// What the pages show: article and taxonomy views, labels, URLs, feeds, manifests, cache keys.
	view: { path: '^src/view/', uses: ['core', 'convert', 'content'] },
	// Code that runs in the reader's browser (component scripts, the search page, the service worker) and the search
	// folder's layout it shares with the build.
	browser: { path: '^src/(browser|search|offline)/', uses: ['core'] },
	// Astro's routes, layouts, components and styles.
	render: { path: '^src/(pages|layouts|components|styles)/', uses: ['core', 'convert', 'content', 'view', 'browser'] },
	// Beside the pipeline: the importer and the web editor's configuration.
	import: { path: '^src/import/', uses: ['core', 'convert', 'content'] },
	editor: { path: '^src/editor/', uses: ['core', 'convert', 'content', 'view'] },
	// Staging, lock, integrity check and swap of the published folder.
	publish: { path: '^src/publish/', uses: ['core', 'content'] },
	// Astro's build hooks: index, service worker, precompression, publishing, the content gate, the editor.
	integrations: {
		path: '^src/integrations/',
		uses: ['core', 'convert', 'content', 'view', 'browser', 'import', 'editor', 'publish'],
	},
	config: { path: '^astro\\.config\\.mjs$', uses: ['core', 'convert', 'content', 'view', 'integrations'] },
	// Command-line tools; they may use all of src/ but never the tests.
	scripts: {
		path: '^scripts/',
		uses: ['core', 'convert', 'content', 'view', 'browser', 'import', 'editor', 'publish', 'integrations'],
	},
};

const ours = '^(src|scripts|test)/|^astro\\.config\\.mjs$';

const layerRules = Object.entries(layers).map(([name, layer]) => ({
	name: `layer-${name}`,
	comment: `${name} imports only ${[name, ...layer.uses].join(', ')}: never a layer above it, nor scripts/ or test/`,
	severity: 'error',
	from: { path: layer.path },
	to: { path: ours, pathNot: [layer.path, ...layer.uses.map((used) => layers[used].path)] },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
	forbidden: [
		...layerRules,
		{
			name: 'no-circular',
			comment: 'Modules that import each other cannot be understood, tested or moved one at a time.',
			severity: 'error',
			from: {},
			to: { circular: true },
		},
		{
			name: 'component-scripts-browser',
			comment:
				"A component's <script> (read as dynamic imports, see scripts/lint/astro-imports.ts) runs in the reader's browser: it imports browser modules only.",
			severity: 'error',
			from: { path: '\\.astro$' },
			to: { dependencyTypes: ['dynamic-import'], pathNot: layers.browser.path },
		},
		{
			name: 'browser-no-node',
			comment: "Code that runs in the reader's browser (and core, which it uses) imports no Node built-in.",
			severity: 'error',
			from: { path: [layers.browser.path, layers.core.path] },
			to: { dependencyTypes: ['core'] },
		},
		{
			name: 'browser-packages',
			comment: "The only packages the reader's browser runs: Workbox in the service worker, entities for HTML text.",
			severity: 'error',
			from: { path: [layers.browser.path, layers.core.path] },
			to: { dependencyTypes: ['npm', 'npm-dev'], pathNot: '(^|/)node_modules/(workbox-[a-z]+|entities)/' },
		},
		{
			name: 'no-orphans',
			comment: 'A module nothing imports and that imports nothing is dead code (or a tool nobody runs).',
			severity: 'error',
			from: { orphan: true, pathNot: ['\\.d\\.ts$', '(^|/)tsconfig\\.json$', '\\.(css|yaml|tsv)$'] },
			to: {},
		},
		{
			name: 'not-to-unresolvable',
			comment: 'An import that resolves to nothing fails at run time.',
			severity: 'error',
			from: {},
			to: { couldNotResolve: true, pathNot: '^astro:' },
		},
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		exclude: { path: '^(test/fixtures|dist|\\.astro)/' },
		tsConfig: { fileName: 'tsconfig.json' },
		tsPreCompilationDeps: true,
		enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
		reporterOptions: { text: { highlightFocused: true } },
	},
};
