import { siteConfig } from './config.ts';
import { readTaxonomy } from './taxonomies.ts';

/** Ids, names and files of this site to give as examples in help texts and hints, so a region never sees another's. */
export interface SiteExamples {
	/** The jurisdictions file in content/ (counties.yaml for Ningde; districts.yaml, jurisdictions.yaml elsewhere). */
	countiesFile: string;
	/** The region's word for its jurisdictions (縣區 for Ningde, 地區 for Hong Kong), in the site's default script. */
	jurisdiction: string;
	/** The first two jurisdictions and topics (the same one twice when the file has one). */
	counties: [{ id: string; name: string }, { id: string; name: string }];
	topics: [string, string];
	/** The issuing office in the site's default script, when site.yaml names one: the usual `source` of a bulletin. */
	source?: string;
}

/**
 * The site's own examples, read from site.yaml and the data files. A file that does not validate gives placeholders
 * (`<id>`), since help must still print; its own check reports what is wrong.
 */
export function siteExamples(): SiteExamples {
	const placeholder = { id: '<id>', name: '' };
	const read = <T>(value: () => T, fallback: T): T => {
		try {
			return value();
		} catch {
			return fallback;
		}
	};
	const site = read(() => siteConfig(), undefined);
	const counties = read(() => readTaxonomy('counties'), []);
	const topics = read(() => readTaxonomy('topics'), []).map((topic) => topic.id);
	const issuer = site?.issuer;
	const name = site?.jurisdictions.name ?? '地區';
	return {
		jurisdiction: typeof name === 'string' ? name : name[site!.defaultScript],
		countiesFile: site?.counties ?? 'counties.yaml',
		counties: [counties[0] ?? placeholder, counties[1] ?? counties[0] ?? placeholder],
		topics: [topics[0] ?? '<id>', topics[1] ?? topics[0] ?? '<id>'],
		source: issuer === undefined ? undefined : typeof issuer === 'string' ? issuer : issuer[site!.defaultScript],
	};
}
