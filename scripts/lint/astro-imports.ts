// Loaded with `node --import` before dependency-cruiser, which has no reader for .astro files: it makes every read of
// an .astro file return that file's imports as lines of JavaScript, so the layer rules see a component's imports like
// any module's. What the front matter imports (run at build time) is a static `import`; what a bundled <script> imports
// (run in the reader's browser) is written as a dynamic `import()`, which the browser rules of .dependency-cruiser.cjs
// look for. Astro's own parser finds the parts; TypeScript's finds the imports.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { parse } from '@astrojs/compiler/sync';
import type { Node } from '@astrojs/compiler/types';
import ts from 'typescript';

/** The code of an .astro file that runs as a module: its front matter, and each <script> Astro bundles (one without attributes). */
function moduleCode(source: string): { build: string[]; browser: string[] } {
	const code = { build: [] as string[], browser: [] as string[] };
	const visit = (node: Node) => {
		if (node.type === 'frontmatter') code.build.push(node.value);
		if (node.type === 'element' && node.name === 'script' && node.attributes.length === 0)
			code.browser.push(node.children.map((child) => ('value' in child ? child.value : '')).join(''));
		if ('children' in node) node.children.forEach(visit);
	};
	visit(parse(source, undefined).ast);
	return code;
}

const importsOf = (code: string) => ts.preProcessFile(code, true, true).importedFiles.map((file) => JSON.stringify(file.fileName));

/** The imports of an .astro file as JavaScript: `import "…";` for the front matter's, `import("…");` for its scripts'. */
export function astroImports(source: string): string {
	const { build, browser } = moduleCode(source);
	const lines = [...build.flatMap(importsOf).map((name) => `import ${name};`), ...browser.flatMap(importsOf).map((name) => `import(${name});`)];
	return lines.map((line) => `${line}\n`).join('');
}

const readFileSync = fs.readFileSync;
fs.readFileSync = ((path: fs.PathOrFileDescriptor, options?: unknown) => {
	const text = readFileSync(path, options as BufferEncoding);
	return typeof path === 'string' && path.endsWith('.astro') ? astroImports(String(text)) : text;
}) as typeof fs.readFileSync;
syncBuiltinESMExports();
