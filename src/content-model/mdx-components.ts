import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse } from '@astrojs/compiler/sync';
import type { Node } from '@astrojs/compiler/types';
import { elementProblems, mdxMarkupProblems, type MarkupAttribute, type MdxMarkupProblem } from './mdx-markup.ts';
import { parseMdx, type MdxNode } from './mdx-syntax.ts';

/** An HTML element or attribute a component imported into an .mdx article writes that the allow-list does not keep. */
export interface ComponentMarkupProblem {
	/** The line of the import in the article's body (1 for the body's first). */
	line: number;
	/** The name the article imports it under (`Box`). */
	name: string;
	/** The component's file, absolute; the element's line in `markup` is a line of this file. */
	file: string;
	markup: MdxMarkupProblem;
}

/** The attributes of an element of Astro's tree; a value written as code (`{x}`) is unknown until the page is built. */
function astroAttributes(attributes: Array<{ kind: string; name: string; value: string }>): MarkupAttribute[] {
	return attributes.map(({ kind, name, value }) =>
		kind === 'spread' ? { name: `{...${name}}`, spread: true } : { name, text: kind === 'quoted' ? value : kind === 'empty' ? '' : undefined, spread: false },
	);
}

/**
 * The first HTML element or attribute on each line of an .astro component's template that the sanitiser of articles
 * would drop when the component renders inside an article, with its line in the file. A <style> or <script> without
 * attributes is Astro's to bundle (a stylesheet, a module), not HTML of the article; <slot> is what the article puts in.
 */
function astroMarkupProblems(source: string): MdxMarkupProblem[] {
	const problems: MdxMarkupProblem[] = [];
	// A stack, not recursion, as for MDX: a template may nest deep.
	const stack: Node[] = [parse(source, undefined).ast];
	while (stack.length > 0) {
		const node = stack.pop()!;
		if (node.type === 'element' || node.type === 'custom-element') {
			const bundled = (node.name === 'style' || node.name === 'script') && node.attributes.length === 0;
			if (!bundled && node.name !== 'slot') {
				for (const problem of elementProblems(node.name, astroAttributes(node.attributes), node.position?.start ?? { line: 1, column: 1 }))
					problems.push(problem);
			}
		}
		// <Fragment set:html={…}> writes HTML no element holds: unread here, and dropped from the article when it is built.
		if (node.type === 'fragment' || (node.type === 'component' && node.name === 'Fragment')) {
			const raw = node.attributes.find((attribute) => attribute.name === 'set:html');
			if (raw) {
				const { line, column } = node.position?.start ?? { line: 1, column: 1 };
				problems.push({ line, column, tag: 'Fragment', attribute: raw.kind === 'quoted' ? `set:html="${raw.value.slice(0, 40)}"` : 'set:html={…}' });
			}
		}
		if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
	}
	problems.sort((a, b) => a.line - b.line || a.column - b.column);
	return problems.filter((problem, index) => index === 0 || problems[index - 1]!.line !== problem.line);
}

/** An import of an .mdx body: what it names, from where, on which line of the body. */
interface ComponentImport {
	name: string;
	source: string;
	line: number;
}

/** The default and named imports an .mdx body's `import` lines make (the ones a component can come from). */
function importsOf(tree: MdxNode): ComponentImport[] {
	const imports: ComponentImport[] = [];
	for (const node of tree.children ?? []) {
		if (node.type !== 'mdxjsEsm') continue;
		const program = (node.data as { estree?: { body?: unknown[] } } | undefined)?.estree;
		for (const statement of (program?.body ?? []) as Array<{
			type: string;
			source?: { value?: unknown };
			specifiers?: Array<{ local?: { name?: string } }>;
			loc?: { start: { line: number } };
		}>) {
			if (statement.type !== 'ImportDeclaration' || typeof statement.source?.value !== 'string') continue;
			const line = statement.loc?.start.line ?? node.position?.start.line ?? 1;
			for (const specifier of statement.specifiers ?? []) imports.push({ name: specifier.local?.name ?? '', source: statement.source.value, line });
		}
	}
	return imports;
}

/** The imports of .astro and .mdx files in an .astro component's frontmatter, with their lines in the file. */
function astroImports(source: string): ComponentImport[] {
	const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
	return [...frontmatter.matchAll(/^\s*import\s+([\s\S]*?)\s*from\s*['"]([^'"]+)['"]/gm)].map((match) => ({
		name: match[1]!.trim(),
		source: match[2]!,
		line: 2 + frontmatter.slice(0, match.index).split('\n').length - 1 + (match[0].match(/^\s*/)![0].split('\n').length - 1),
	}));
}

/**
 * The file an import names, when it is an .astro or .mdx file of the project: relative to the importing file, or from
 * the project's root (/src/components/Box.astro, as Vite reads it); undefined for a package's.
 */
function componentFile(source: string, from: string): string | undefined {
	if (!/\.(astro|mdx)$/.test(source)) return undefined;
	if (source.startsWith('.')) return resolve(dirname(from), source);
	if (source.startsWith('/')) return existsSync(resolve(`.${source}`)) ? resolve(`.${source}`) : source;
	return undefined;
}

/** The markup problems of a component file read from disk: an .astro component's template, or another .mdx file and its own components. */
function fileMarkupProblems(file: string, seen: Set<string>): MdxMarkupProblem[] {
	let source: string;
	try {
		source = readFileSync(file, 'utf8');
	} catch {
		// A missing file is the build's to report (it names the import it cannot resolve); there is nothing to read here.
		return [];
	}
	if (file.endsWith('.astro')) {
		// The components it imports are reported on the line of their import, as an .mdx file's are.
		const nested = astroImports(source).flatMap(({ source: from, line }) => {
			const inner = componentFile(from, file);
			if (!inner || seen.has(inner)) return [];
			seen.add(inner);
			return fileMarkupProblems(inner, seen).map((markup) => ({ ...markup, line, column: 1 }));
		});
		return [...astroMarkupProblems(source), ...nested].sort((a, b) => a.line - b.line);
	}
	const parsed = parseMdx(source.replace(/^---\r?\n[\s\S]*?\r?\n---(\r?\n|$)/, (frontmatter) => frontmatter.replace(/[^\n]/g, '')));
	if (!('tree' in parsed)) return [];
	// The nested file's own components are reported on the line it imports them.
	const nested = componentMarkupProblems(parsed.tree, file, seen).map(({ line, markup }) => ({ ...markup, line }));
	return [...mdxMarkupProblems(parsed.tree), ...nested].sort((a, b) => a.line - b.line);
}

/**
 * What the components an .mdx article imports from the project's files (`import Box from '../../components/Box.astro'`,
 * or '/src/components/Box.astro') write that the sanitiser would drop from the published page, each with the line of
 * its import in the body and its line in the component. Astro components (and the components they import, and their
 * <Fragment set:html>) and other .mdx files are read; a package's component or a JSX module is not (its markup is held
 * to the allow-list all the same when the page is built).
 */
export function componentMarkupProblems(tree: MdxNode, articleFile: string, seen = new Set<string>([articleFile])): ComponentMarkupProblem[] {
	const problems: ComponentMarkupProblem[] = [];
	for (const { name, source, line } of importsOf(tree)) {
		const file = componentFile(source, articleFile);
		if (!file) continue;
		// A file imported twice (or importing the article back) is read once.
		if (seen.has(file)) continue;
		seen.add(file);
		for (const markup of fileMarkupProblems(file, seen)) problems.push({ line, name, file, markup });
	}
	return problems;
}
