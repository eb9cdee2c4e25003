import { siteConfig } from '../site/config.ts';
import { DataFileError } from '../site/yaml-file.ts';
import { toSimplified } from './to-simplified.ts';

/** The script editors' messages are written in: the site's default script, Traditional while site.yaml cannot be read. */
function editorScript(): 'zh-Hant' | 'zh-Hans' {
	try {
		return siteConfig().defaultScript;
	} catch (error) {
		if (error instanceof DataFileError) return 'zh-Hant';
		throw error;
	}
}

/**
 * A message for editors, written in Traditional and shown in the site's default script; `{name}` placeholders are filled
 * with `values` exactly as given, so quoted text from a file is never converted.
 */
export function editorMessage(template: string, values: Record<string, string> = {}): string {
	const text = editorScript() === 'zh-Hans' ? toSimplified(template) : template;
	return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}
