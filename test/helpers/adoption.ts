import { cpSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';

/**
 * The README's adoption steps, applied to a fork's `content/` folder: the sample articles and alerts are removed, and
 * the region's site.yaml and data files (its jurisdictions file, topics, series, glossary, alerts) and articles take
 * their place. The sample's jurisdictions file goes too when the region names its own.
 */
export function applyAdoptionSteps(contentDir: string, regionDir: string): void {
	rmSync(join(contentDir, 'articles'), { recursive: true, force: true });
	rmSync(join(contentDir, 'alerts.yaml'), { force: true });
	const { counties = 'counties.yaml' } = parse(readFileSync(join(regionDir, 'site.yaml'), 'utf8')) as { counties?: string };
	if (counties !== 'counties.yaml') rmSync(join(contentDir, 'counties.yaml'), { force: true });
	for (const entry of readdirSync(regionDir)) cpSync(join(regionDir, entry), join(contentDir, entry), { recursive: true });
}
