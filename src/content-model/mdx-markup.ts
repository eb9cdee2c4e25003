import { sanitizeArticleHtml } from '../convert/sanitize.ts';
import type { MdxNode } from './mdx-syntax.ts';

/** An HTML element or attribute an .mdx body writes that the allow-list of articles' HTML does not keep. */
export interface MdxMarkupProblem {
	/** Its line in the body (1 for the first). */
	line: number;
	column: number;
	tag: string;
	/** The attribute as written (`href="javascript:…"`), or undefined when the element itself is not kept. */
	attribute?: string;
}

/** What an attribute of an element is, read from MDX's tree, the JavaScript of an expression or an Astro component. */
export interface MarkupAttribute {
	name: string;
	/** The value when the article writes it as text; undefined when code computes it or it is a bare name. */
	text?: string;
	spread: boolean;
}

/** JSX's and Astro's names of attributes that HTML writes otherwise (Astro renders them under HTML's). */
const HTML_NAMES: Record<string, string> = { className: 'class', htmlFor: 'for', 'class:list': 'class' };

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Whether the sanitiser of published articles keeps `<tag>` and, when given, one attribute with its value: the same
 * allow-list decides for MDX as for HTML pasted into Markdown, asked rather than copied so the two cannot drift.
 */
function kept(tag: string, attribute?: { name: string; value: string }): boolean {
	if (!/^[a-z][a-z0-9]*$/.test(tag)) return false;
	if (attribute === undefined) return sanitizeArticleHtml(`<${tag}>`).startsWith(`<${tag}`);
	if (!/^[a-z][a-z0-9-]*$/.test(attribute.name)) return false;
	return sanitizeArticleHtml(`<${tag} ${attribute.name}="${escapeAttribute(attribute.value)}">`).includes(` ${attribute.name}="`);
}

/** An HTML element's tag in JSX (`svg`, `my-box`); undefined for a component (`Chart`, `ui.Chart`) or a fragment. */
function htmlTag(name: unknown): string | undefined {
	if (typeof name !== 'string' || name === '') return undefined;
	return /^[a-z]/.test(name) ? name : undefined;
}

/** A JSX name from JavaScript's tree (`svg`, `xlink:href`, `ui.Chart`) as written. */
function jsxName(node: unknown): string {
	const n = node as { type?: string; name?: unknown; namespace?: unknown; object?: unknown; property?: unknown } | null;
	if (n?.type === 'JSXIdentifier') return String(n.name);
	if (n?.type === 'JSXNamespacedName') return `${jsxName(n.namespace)}:${jsxName(n.name)}`;
	if (n?.type === 'JSXMemberExpression') return `${jsxName(n.object)}.${jsxName(n.property)}`;
	return '';
}

/** The attributes of an element of MDX's own tree (`<svg width="300">` written in the text). */
function mdxAttributes(node: MdxNode): MarkupAttribute[] {
	return ((node.attributes ?? []) as Array<{ type: string; name?: string; value?: unknown }>).map((a) =>
		a.type === 'mdxJsxExpressionAttribute'
			? { name: '{…}', spread: true }
			: { name: a.name ?? '', text: typeof a.value === 'string' ? a.value : a.value === null ? '' : undefined, spread: false },
	);
}

/** The attributes of a JSX element written inside JavaScript (an `{…}` expression or an `export`). */
function jsxAttributes(opening: { attributes?: unknown[] }): MarkupAttribute[] {
	return ((opening.attributes ?? []) as Array<{ type: string; name?: unknown; value?: { type?: string; value?: unknown } | null }>).map((a) => {
		if (a.type === 'JSXSpreadAttribute') return { name: '{…}', spread: true };
		const text = a.value === null || a.value === undefined ? '' : a.value.type === 'Literal' && typeof a.value.value === 'string' ? a.value.value : undefined;
		return { name: jsxName(a.name), text, spread: false };
	});
}

/** The problems of one HTML element: the element itself, else each attribute the allow-list would drop. */
export function elementProblems(tag: string, attributes: MarkupAttribute[], { line, column }: { line: number; column: number }): MdxMarkupProblem[] {
	if (!kept(tag)) return [{ line, column, tag }];
	return attributes.flatMap(({ name, text, spread }) => {
		const html = HTML_NAMES[name] ?? name;
		// A value that code computes is unknown here; it is held to the allow-list when the page is built, and only
		// the attribute's name is asked about now.
		if (!spread && kept(tag, { name: html, value: text ?? 'x' })) return [];
		const written = spread ? name : text === undefined ? `${name}={…}` : `${name}="${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
		return [{ line, column, tag, attribute: written }];
	});
}

const START = { line: 1, column: 1 };

/**
 * The first HTML element or attribute on each line of an .mdx body, in its text or inside its JavaScript, that the
 * allow-list of articles' HTML would not keep (`<svg>`, `<math>`, `<style>`, `onclick=`, `href="javascript:…"`,
 * `set:html=`), with its line. Components (`<Chart>`) are not HTML: what one imported from a file writes is read by
 * mdx-components.ts, and what any renders is held to the same allow-list when the page is built.
 */
export function mdxMarkupProblems(tree: MdxNode): MdxMarkupProblem[] {
	const problems: MdxMarkupProblem[] = [];
	// A stack, not recursion: a body may nest thousands deep.
	const stack: unknown[] = [tree];
	while (stack.length > 0) {
		const node = stack.pop();
		if (Array.isArray(node)) {
			for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]);
			continue;
		}
		if (node === null || typeof node !== 'object') continue;
		const n = node as Record<string, unknown> & { type?: string };
		if (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') {
			const tag = htmlTag(n.name);
			if (tag !== undefined) problems.push(...elementProblems(tag, mdxAttributes(n as MdxNode), (n as MdxNode).position?.start ?? START));
		} else if (n.type === 'JSXElement') {
			const opening = n.openingElement as { name?: unknown; attributes?: unknown[]; loc?: { start: { line: number; column: number } } };
			const tag = htmlTag(jsxName(opening.name));
			if (tag !== undefined) problems.push(...elementProblems(tag, jsxAttributes(opening), opening.loc?.start ?? START));
		}
		for (const [key, value] of Object.entries(n)) if (key !== 'position' && key !== 'loc' && key !== 'range' && typeof value === 'object') stack.push(value);
	}
	// The first of each line: an <svg> refused needs no second line about the <animate> inside it.
	problems.sort((a, b) => a.line - b.line || a.column - b.column);
	return problems.filter((problem, index) => index === 0 || problems[index - 1]!.line !== problem.line);
}
