import type { ImageMetadata } from 'astro';
import { getEntry } from 'astro:content';
import { summarize } from '../content-model/summary.ts';
import { getJurisdictionTree, type Article } from '../content-model/query.ts';
import { siteConfig } from '../content-model/config.ts';
import { dayOf, formatDate, formatDateTime, zonedIso } from '../core/dates.ts';
import { isUrgent, siteNow } from '../content-model/urgency.ts';
import { articlePath, countyPath, editionFileUrl, editionUrl, seriesPath, topicPath } from './urls.ts';
import { attachmentPath } from '../content-model/attachments.ts';
import { articleScript } from '../convert/detect.ts';
import { editionConverter, toEdition } from './edition.ts';
import type { Convert } from '../convert/opencc.ts';
import type { Edition } from '../core/editions.ts';
import type { Script } from '../core/scripts.ts';

export interface Link {
	id: string;
	name: string;
	url: string;
}

/** An article as one edition shows it: every reader-visible string already in that edition's script. */
export interface ArticleView {
	id: string;
	url: string;
	title: string;
	summary: string;
	/** The date as written, with its time of issue when it has one: 2020-02-08 or 2020-02-08 18:30. */
	date: string;
	/** The calendar day: 2020-02-08. */
	day: string;
	/** The instant, ISO 8601 with the site's offset, for <time datetime> and feeds. */
	datetime: string;
	/** 2020年2月8日 星期六 18:30 */
	dateText: string;
	/** Urgent when this build ran: listed first on the home and county pages, with a mark. */
	urgent: boolean;
	updated?: { date: string; text: string };
	county: Link;
	/** The jurisdictions above the article's own, from the top level down (its district's city): none in a flat file. */
	countyAbove: Link[];
	topics: Link[];
	series?: Link;
	source?: string;
	authors: string[];
	photographers: string[];
	corrections: Array<{ date: string; dateText: string; note: string }>;
	/** The lead picture, with its description (alt) and the caption printed under it, if any, in this edition's script. */
	image?: { src: ImageMetadata; alt: string; caption?: string };
	/** The files of its attachments field, each with its link text in this edition's script and its address in the edition. */
	attachments: Array<{ title: string; url: string }>;
	/** Converts text of this article (its body) into the edition, with the article's own glossary pairs. */
	convert: Convert;
}

const scriptById = new Map<string, Script>();

/** The script an article is written in: its `lang` field, else detected from title and body, else the site default. */
function sourceScript(article: Article): Script {
	let script = scriptById.get(article.id);
	if (!script) {
		script = articleScript(article.data.lang, `${article.data.title}\n${article.body ?? ''}`, siteConfig().defaultScript);
		scriptById.set(article.id, script);
	}
	return script;
}

async function link(collection: 'counties' | 'topics' | 'series', id: string, edition: Edition): Promise<Link> {
	const entry = await getEntry(collection, id);
	if (!entry) throw new Error(`${collection} entry "${id}" is missing; the content check should have caught this`);
	const path = { counties: countyPath, topics: topicPath, series: seriesPath }[collection](id);
	return { id, name: toEdition(entry.data.name, edition), url: editionUrl(edition, path) };
}

const views = new Map<string, Promise<ArticleView>>();

/**
 * The article as the edition shows it: title, summary, names, credits and corrections converted, links into
 * that edition. Computed once per article and edition, since listings, feeds and related links show it again and again.
 */
export function articleView(article: Article, edition: Edition): Promise<ArticleView> {
	const key = `${edition.path}|${article.id}`;
	let view = views.get(key);
	if (!view) views.set(key, (view = buildArticleView(article, edition)));
	return view;
}

async function buildArticleView(article: Article, edition: Edition): Promise<ArticleView> {
	const { data } = article;
	const convert = editionConverter(sourceScript(article), edition, data.glossary, article.body ?? '');
	return {
		id: article.id,
		url: editionUrl(edition, articlePath(article.id)),
		title: convert(data.title),
		summary: convert(data.summary ?? summarize(article.body ?? '')),
		date: data.date,
		day: dayOf(data.date),
		datetime: zonedIso(data.date, siteConfig().timeZone),
		dateText: formatDateTime(data.date),
		urgent: isUrgent(data, siteNow()),
		updated: data.updated ? { date: data.updated, text: formatDate(data.updated) } : undefined,
		county: await link('counties', data.county.id, edition),
		countyAbove: await Promise.all((await getJurisdictionTree()).ancestors(data.county.id).map((county) => link('counties', county.id, edition))),
		topics: await Promise.all(data.topics.map((topic) => link('topics', topic.id, edition))),
		series: data.series ? await link('series', data.series.id, edition) : undefined,
		source: data.source ? convert(data.source) : undefined,
		// One name at a time: map would hand convert the index as its list of choices (trial-40: two authors crashed the build).
		authors: data.authors.map((name) => convert(name)),
		photographers: data.photographers.map((name) => convert(name)),
		corrections: data.corrections.map((c) => ({ date: c.date, dateText: formatDate(c.date), note: convert(c.note) })),
		image: data.image
			? {
					src: data.image as ImageMetadata,
					alt: convert(data.imageAlt ?? ''),
					caption: data.imageCaption === undefined ? undefined : convert(data.imageCaption),
				}
			: undefined,
		// Published in each edition at its path under articles/, as a link in the text to it is (src/integrations/attachments.ts).
		attachments: data.attachments.flatMap(({ file, title }) => {
			const path = attachmentPath(file, article.id);
			return path === undefined ? [] : [{ title: convert(title), url: editionFileUrl(edition, `articles/${encodeURI(path)}`) }];
		}),
		convert,
	};
}
