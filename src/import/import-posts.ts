import { readFileSync } from 'node:fs';
import { basename, dirname, posix } from 'node:path';
import { editorMessage } from '../content-model/editor-messages.ts';
import { readFrontmatter } from '../content-model/frontmatter.ts';
import { oldSiteMarkup } from '../content-model/old-site-markup.ts';
import type { Problem } from '../content-model/problems.ts';
import { articleFile } from '../content-model/slug.ts';
import type { County, Topic } from '../content-model/taxonomies.ts';
import { siteExamples } from '../content-model/site-examples.ts';
import { toSimplified } from '../convert/to-simplified.ts';
import { guessCounty, guessTopics, keywordWeights, type Guess } from './guess.ts';
import { articleText } from './import-page.ts';
import { isRefusal, readPost, type Post, type Refusal } from './post.ts';
import { bringPictures, fetchPicture, pictureSource, readPicture, type FetchLimits } from './post-images.ts';
import { mirrorRoot, outsideMirror } from './post-files.ts';
import { linkResolver, rewriteOldLinks, type LinkTarget } from './post-links.ts';
import { topicsFromTags, type TagTopics } from './tag-topics.ts';
import { separateSignature } from './signature.ts';

export interface PostImportOptions {
	counties: County[];
	topics: Topic[];
	/** The topic id for posts whose topic neither their tags nor their text give (--topic); without it they are refused. */
	topic?: string;
	/** The site's time zone, into which dates with an offset are moved. */
	timeZone: string;
	/** The old site's address (--old-url): its absolute links and root-relative pictures belong to the archive. */
	oldOrigin?: string;
	limits: FetchLimits;
	/** Texts of the articles already in the site, so keyword weights reflect more than this archive. */
	corpus?: readonly string[];
}

/** An article made from one post, with everything the editor should hear about. */
export interface PlannedArticle {
	source: string;
	/** Path under content/articles/. */
	file: string;
	markdown: string;
	frontmatter: Record<string, unknown>;
	/** Pictures to write, paths under content/articles/. */
	pictures: Array<{ file: string; bytes: Buffer }>;
	county: Guess<string>;
	topics: { ids: string[]; from: string; confidence: number };
	/** Front matter with no place in an article (also kept as comments in the file). */
	leftovers: Post['leftovers'];
	/** Shortcodes, links into the old site and a second frontmatter block left in the body: `npm run check` errors. */
	problems: Problem[];
	warnings: string[];
}

/** One post to import: where it was found (for messages and pictures next to it) and its bytes. */
export interface PostInput {
	source: string;
	bytes: Uint8Array;
	/** The folder given on the command line that holds it: no picture is taken from above it (mirrorRoot). Its own folder when not given. */
	root?: string;
}

/** Tags that name a county: they tell the county, not a topic. */
const namesCounty = (tag: string, counties: County[]) => counties.some((c) => [c.name, c.short].some((n) => toSimplified(n) === toSimplified(tag)));

/** The topics of a post: from its tags and categories, else guessed from its text, else --topic, else a question. */
function postTopics(
	post: Post,
	fromTags: TagTopics,
	options: PostImportOptions,
	weights: ReturnType<typeof keywordWeights>,
): PlannedArticle['topics'] | Refusal {
	if (fromTags.topics.length) {
		const matches = fromTags.matched.map((m) => `${m.tag} → ${m.topic}`).join(editorMessage({ zh: '，', en: ', ' }));
		return { ids: fromTags.topics, from: editorMessage({ zh: 'tags/categories：{matches}', en: 'tags/categories: {matches}' }, { matches }), confidence: 1 };
	}
	const guess = guessTopics(post.title, post.body, options.topics, weights);
	if (guess.value.length)
		return {
			ids: guess.value,
			from: editorMessage({ zh: '由內文猜測：{reason}', en: 'guessed from the text: {reason}' }, { reason: guess.reason }),
			confidence: guess.confidence,
		};
	if (options.topic) return { ids: [options.topic], from: editorMessage({ zh: '取自 --topic', en: 'from --topic' }), confidence: 1 };
	return {
		source: post.source,
		message: editorMessage({
			zh: '猜不出專題：tags/categories 和內文都沒有 content/topics.yaml 的關鍵詞',
			en: 'cannot guess the topic: neither tags/categories nor the text hold a keyword of content/topics.yaml',
		}),
		hint: editorMessage(
			{ zh: '加上 --topic 指定專題再匯入，可選：{ids}', en: 'name the topic with --topic and import again; valid ids: {ids}' },
			{ ids: options.topics.map((t) => t.id).join(', ') },
		),
	};
}

/**
 * Turns an archive's posts into articles: reads each (refusing what it cannot read), maps its fields, guesses county
 * and topics, names its file, rewrites links between posts, brings in its pictures, and lists what is left for the editor.
 */
export async function importPosts(inputs: readonly PostInput[], options: PostImportOptions): Promise<{ articles: PlannedArticle[]; refused: Refusal[] }> {
	const refused: Refusal[] = [];
	const posts: Post[] = [];
	for (const input of inputs) {
		const post = readPost(input.source, input.bytes, options.timeZone);
		if (isRefusal(post)) refused.push(post);
		else posts.push(post);
	}
	const weights = keywordWeights([...posts.map((p) => `${p.title}\n${p.body}`), ...(options.corpus ?? [])], options.topics);
	const planned: Array<{ post: Post; file: string; county: Guess<string>; topics: PlannedArticle['topics']; unplacedTags: string[] }> = [];
	const taken = new Set<string>();
	for (const post of posts) {
		const fromTags = topicsFromTags(
			post.tags.filter((tag) => !namesCounty(tag, options.counties)),
			options.topics,
		);
		const topics = postTopics(post, fromTags, options, weights);
		if ('message' in topics) {
			refused.push(topics);
			continue;
		}
		const county = guessCounty(post.title, `${post.tags.join(' ')}\n${post.body}`, options.counties);
		let file = articleFile(post.date.date, county.value, post.title);
		for (let n = 2; taken.has(file); n++) file = articleFile(post.date.date, county.value, post.title).replace(/\.md$/, `-${n}.md`);
		taken.add(file);
		planned.push({ post, file, county, topics, unplacedTags: fromTags.unmatched });
	}
	const targets: LinkTarget[] = planned.map(({ post, file }) => ({
		addresses: post.oldAddresses,
		slug: post.slug,
		name: basename(post.source).replace(/\.(md|markdown|mdown|mkd)$/i, ''),
		file,
		title: post.title,
	}));
	const resolve = linkResolver(targets, options.oldOrigin);
	const roots = new Map(inputs.map((input) => [input.source, mirrorRoot(dirname(input.source), input.root ?? dirname(input.source))]));
	const articles: PlannedArticle[] = [];
	for (const { post, file, county, topics, unplacedTags } of planned) {
		const linked = rewriteOldLinks(separateSignature(post.body), file, resolve, options.oldOrigin);
		const root = roots.get(post.source) ?? dirname(post.source);
		const pictures = await bringPictures(linked, {
			articleFile: file,
			postDir: dirname(post.source),
			root,
			oldOrigin: options.oldOrigin,
			limits: options.limits,
		});
		const warnings = [...pictures.warnings];
		if (post.dateNote) warnings.push(post.dateNote);
		// The time of issue is kept, in the site's time zone (post.date was moved into it), as `date` takes one.
		const date = post.date.time ? `${post.date.date} ${post.date.time}` : post.date.date;
		const frontmatter: Record<string, unknown> = { title: post.title, date, county: county.value, topics: topics.ids };
		if (post.authors.length) frontmatter.authors = post.authors;
		if (post.summary) frontmatter.summary = post.summary;
		if (post.draft) frontmatter.draft = true;
		if (post.updated) frontmatter.updated = post.updated;
		if (post.lang) frontmatter.lang = post.lang;
		if (post.image) {
			const source = pictureSource(post.image.src, dirname(post.source), root, options.oldOrigin);
			const got =
				source && 'outside' in source
					? { ok: false as const, reason: outsideMirror(post.image.src, root) }
					: source && ('url' in source ? await fetchPicture(source.url, options.limits) : await readPicture(source.path, options.limits));
			if (got?.ok) {
				const name = `images/${posix.basename(file, '.md')}-lead.${got.extension}`;
				pictures.files.push({ file: posix.join(posix.dirname(file), name), bytes: got.bytes });
				frontmatter.image = `./${name}`;
				if (post.image.alt) frontmatter.imageAlt = post.image.alt;
				else warnings.push(editorMessage({ zh: '題圖沒有說明文字：請填 imageAlt', en: 'the lead picture has no description: fill in imageAlt' }));
			} else {
				const reason = got && !got.ok ? got.reason : editorMessage({ zh: '找不到來源', en: 'no source found' });
				warnings.push(
					editorMessage(
						{ zh: '題圖 {src} 無法匯入：{reason}；沒有寫入 image', en: 'lead picture {src} cannot be imported: {reason}; image was not written' },
						{ src: post.image.src, reason },
					),
				);
			}
		}
		// Tags that name neither a topic nor a county have no place either; they are listed with the other leftovers.
		const leftovers = unplacedTags.length
			? [
					...post.leftovers,
					{
						key: 'tags',
						value: `[${unplacedTags.join(', ')}]`,
						hint: editorMessage(
							{ zh: '沒有對應的專題或{jurisdictions}', en: 'no matching topic or jurisdiction' },
							{ jurisdictions: siteExamples().jurisdiction },
						),
					},
				]
			: post.leftovers;
		const comments = leftovers.length
			? [
					editorMessage({
						zh: '舊網站的欄位，本站沒有對應的欄位（請檢查，用得上的移到正文或上面的欄位，再刪除這幾行）：',
						en: "the old site's fields that have no field here (check them, move what is useful into the text or the fields above, then delete these lines):",
					}),
					...leftovers.map((l) => `${l.key}: ${l.value}${l.hint ? `  ← ${l.hint}` : ''}`),
				]
			: [];
		const markdown = articleText(frontmatter, pictures.body, comments);
		const written = readFrontmatter(markdown)!;
		articles.push({
			source: post.source,
			file,
			markdown,
			frontmatter,
			pictures: pictures.files,
			county,
			topics,
			leftovers,
			problems: oldSiteMarkup(written.body, written.bodyLine, file),
			warnings,
		});
	}
	return { articles, refused };
}
