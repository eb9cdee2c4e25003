import { escapeLineStart, escapeText, unescapeText } from './markdown-text.ts';
import { Document, visit } from 'yaml';
import { editorMessage } from '../content-model/editor-messages.ts';
import { articleFile } from '../content-model/slug.ts';
import type { County, Series, Topic } from '../content-model/taxonomies.ts';
import { PICTURE_LINE, pictureLine, readPage } from './blocks.ts';
import { guessCounty, guessTopics, keywordWeights, type Guess, type TopicGuess } from './guess.ts';
import { reportDate } from './report-date.ts';
import { wechatDate } from './wechat.ts';
import { fullWidthPunctuation } from './punctuation.ts';
import { isTableLine, tableLine, tableMarkdown, tableRows } from './data-table.ts';
import { splitPage, type ImportedPage } from './split.ts';
import { toSimplified } from '../convert/to-simplified.ts';

export interface ImportOptions {
	/** YYYY-MM-DD (--date): the year for dates written without one, and the date of reports that give none; without it such a report is refused. */
	date?: string;
	counties: County[];
	topics: Topic[];
	series: Series[];
	/** The topic id for reports whose topic cannot be guessed (--topic); without it such a report is refused. */
	topic?: string;
	/** Texts of the articles already in the site, so keyword weights reflect more than this one page. */
	corpus?: readonly string[];
	/** The page's file or address: a government CMS's page name dates a page that gives no date (t20121012_1050.htm). */
	address?: string;
	/** The site's time zone, into which a WeChat article's Unix time of publication is moved; Asia/Shanghai by default. */
	timeZone?: string;
}

export interface ImportedArticle {
	/** Path under content/articles/, e.g. 2020/02/08-fuan-ye-qi-fa-diao-yan-wo.md */
	file: string;
	frontmatter: Record<string, unknown>;
	paragraphs: string[];
	/** The whole file as written. */
	markdown: string;
	/** The guesses behind county and topics, printed with their confidence. */
	guesses: { county: Guess<string>; topics?: TopicGuess };
	/** What to check before publishing. */
	notes: string[];
	/** Lines kept as comments in the frontmatter: credits it has no field for (编辑：林晓燕, 审核：陈建华). */
	comments: string[];
	/** The videos of its page (a WeChat player, a 視頻號 card), which are not brought in: the editor links or describes them. */
	videos: string[];
}

/** A report the importer will not write, and why (a question for the editor, e.g. which topic). */
export interface RefusedReport {
	title: string;
	reason: string;
	/** How to fix it, when the reason alone does not say. */
	hint?: string;
	/** Its text, by which a report imported before (with --date, say) is known again. */
	body?: string;
}

/** Below this confidence a guess is reported as unsure. */
export const SURE = 0.6;

/** A picture line with its alt text and caption in full-width punctuation, its address untouched. */
function widenPicture(line: string): string {
	const [, alt = '', src = '', caption = ''] = PICTURE_LINE.exec(line)!;
	return pictureLine(fullWidthPunctuation(alt), src, fullWidthPunctuation(caption));
}

/** Compares names whatever their script and punctuation width (the series file may write 戰“疫”,寧德 with a half-width comma). */
const sameName = (a: string, b: string) => toSimplified(fullWidthPunctuation(a)) === toSimplified(fullWidthPunctuation(b));

/**
 * Turns a scraped page (plain text or saved HTML) into one Markdown article per report, with guessed metadata and notes
 * on what to check. Punctuation in Chinese text is made full-width; a report without text or without a topic is not an article.
 */
export function importPage(
	input: string,
	options: ImportOptions,
): { articles: ImportedArticle[]; refused: RefusedReport[]; dropped: ImportedPage['dropped']; series?: string; list?: boolean } {
	const text = readPage(input);
	const page = splitPage(text);
	const published = text.wechat && wechatDate(text.wechat, options.timeZone ?? 'Asia/Shanghai');
	const series = page.series && fullWidthPunctuation(page.series);
	const seriesId = series ? options.series.find((s) => sameName(s.name, series))?.id : undefined;
	const reports = page.reports.map((report) => ({
		...report,
		// The headline goes into the frontmatter, where it is text, not Markdown.
		title: fullWidthPunctuation(unescapeText(report.title)),
		// A picture's address is not text; its words are widened when it is brought in (they are Chinese text like any other).
		paragraphs: report.paragraphs.map((p) =>
			PICTURE_LINE.test(p)
				? widenPicture(p)
				: isTableLine(p)
					? tableMarkdown(tableLine(tableRows(p).map((row) => row.map(fullWidthPunctuation))))
					: escapeLineStart(fullWidthPunctuation(p)),
		),
	}));
	// A notice prints its 文号 under its title (柘卫〔2014〕23号); one the index box alone gives leads the text, as on paper.
	const number = reports.length === 1 && text.disclosure?.number ? escapeLineStart(escapeText(text.disclosure.number)) : undefined;
	if (number && reports[0]!.paragraphs.length && !reports[0]!.paragraphs.some((p) => p.includes(number))) reports[0]!.paragraphs.unshift(number);
	const weights = keywordWeights([...reports.map((r) => `${r.title}\n${r.paragraphs.join('\n')}`), ...(options.corpus ?? [])], options.topics);
	const dropped = [...page.dropped];
	const disclosure = text.disclosure;
	if (disclosure)
		dropped.unshift({
			line: disclosure.line,
			reason: editorMessage({
				zh: '政府信息公開的索引資料（生成日期、文號、發布機構已讀入）',
				en: 'the government-disclosure index box (its date, document number and office are read)',
			}),
		});
	if (text.wechat?.metaLine)
		dropped.unshift({
			line: text.wechat.metaLine,
			reason: editorMessage({ zh: '公眾號文章標題下的作者、帳號和時間', en: "the WeChat article's author, account and time under its headline" }),
		});
	const refused: RefusedReport[] = [];
	const articles: ImportedArticle[] = [];
	for (const report of reports) {
		if (report.paragraphs.length === 0) {
			dropped.push({ line: report.title, reason: editorMessage({ zh: '標題下沒有正文，未寫成文章', en: 'title without text, not made an article' }) });
			continue;
		}
		const body = report.paragraphs.join('\n');
		const refuse = (reason: string, hint?: string) => refused.push({ title: report.title, reason, hint, body });
		const county = guessCounty(report.title, body, options.counties);
		const topics = guessTopics(report.title, body, options.topics, weights);
		const topicIds = topics.value.length ? topics.value : options.topic ? [options.topic] : [];
		if (topicIds.length === 0) {
			refuse(
				editorMessage(
					{ zh: '猜不出專題（{reason}）；請用 --topic 指定，可選：{ids}', en: 'cannot guess the topic ({reason}); name it with --topic, one of: {ids}' },
					{ reason: topics.reason, ids: options.topics.map((t) => t.id).join(', ') },
				),
			);
			continue;
		}
		// The index box's 生成日期 dates the document as a metadata line would; a closing signature's date is only the text's.
		const meta = report.date ?? (reports.length === 1 ? disclosure?.date : undefined);
		const date = reportDate({
			published,
			meta,
			given: options.date,
			single: reports.length === 1,
			paragraphs: report.paragraphs,
			address: options.address,
		});
		if (!date) {
			refuse(
				editorMessage({
					zh: '找不到日期（網頁沒有標明發布時間，文中和文末落款沒有寫明年月日的日期，也沒有給 --date）；沒有日期的報道不會寫成今天',
					en: 'no date found (the page gives no publication time, the text and its signature no date with its year, and no --date was given); a report without a date is not dated today',
				}),
				editorMessage({
					zh: '查出原來的發布日期，用 --date YYYY-MM-DD 再匯入這一頁（一頁一篇時就是它的日期；合輯裡只用在沒有日期的報道上）',
					en: 'find the date it was issued and import this page again with --date YYYY-MM-DD (the date of a page of one report; in a roundup, only of reports without a date)',
				}),
			);
			continue;
		}
		const notes = [...report.notes];
		const pictures = report.paragraphs.filter((p) => PICTURE_LINE.test(p)).length;
		if (pictures === report.paragraphs.length)
			notes.push(
				editorMessage(
					{
						zh: '正文只有圖片（{count} 張），沒有文字；請把圖片裡的內容打成文字，或寫一段說明（npm run check 會提醒）',
						en: 'the text is only pictures ({count}), no words; type what they say, or write a paragraph on them (npm run check warns of it)',
					},
					{ count: pictures },
				),
			);
		if (county.confidence < SURE)
			notes.push(
				editorMessage({ zh: 'county {value} 是猜測（{reason}）', en: 'county {value} is a guess ({reason})' }, { value: county.value, reason: county.reason }),
			);
		if (topics.value.length === 0)
			notes.push(
				editorMessage(
					{ zh: 'topics {value} 取自 --topic（{reason}）', en: 'topics {value} from --topic ({reason})' },
					{ value: String(options.topic), reason: topics.reason },
				),
			);
		else if (topics.confidence < SURE)
			notes.push(
				editorMessage(
					{ zh: 'topics {value} 是猜測（{reason}）', en: 'topics {value} is a guess ({reason})' },
					{ value: topics.value.join(', '), reason: topics.reason },
				),
			);
		if (date.confidence < SURE)
			notes.push(editorMessage({ zh: 'date {value}：{reason}', en: 'date {value}: {reason}' }, { value: date.value, reason: date.reason }));
		if (series && !seriesId)
			notes.push(
				editorMessage(
					{
						zh: 'series「{series}」不在 content/series.yaml；請先加入，再填 series:',
						en: 'series "{series}" is not in content/series.yaml; add it first, then fill in series:',
					},
					{ series },
				),
			);
		const frontmatter: Record<string, unknown> = { title: report.title, date: date.value, county: county.value, topics: topicIds };
		if (seriesId) frontmatter.series = seriesId;
		// A WeChat article's author field names the office it was published for, when its text names no source.
		const source = report.credits.source ?? text.wechat?.author ?? (reports.length === 1 ? text.disclosure?.office : undefined);
		if (source) frontmatter.source = unescapeText(source);
		if (report.credits.authors.length) frontmatter.authors = report.credits.authors;
		if (report.credits.photographers.length) frontmatter.photographers = report.credits.photographers;
		const others = report.credits.others ?? [];
		const comments = others.length
			? [
					editorMessage(
						{
							zh: '署名裡本站沒有欄位的部分（請檢查，用得上的寫進正文，再刪除這一行）：{credits}',
							en: 'credits with no field here (check them, move what is useful into the text, then delete this line): {credits}',
						},
						{ credits: others.join(' ') },
					),
				]
			: [];
		articles.push({
			file: articleFile(date.value, county.value, report.title),
			frontmatter,
			paragraphs: report.paragraphs,
			markdown: articleText(frontmatter, report.paragraphs.join('\n\n'), comments),
			comments,
			guesses: { county, topics: topics.value.length ? topics : undefined },
			notes,
			// A page's videos go with its first article: a WeChat page is one.
			videos: articles.length === 0 ? (text.wechat?.videos ?? []) : [],
		});
	}
	return { articles, refused, dropped, series, list: page.list };
}

/** An article file: YAML frontmatter (lists written inline, as editors write them) and the paragraphs. */
export function articleMarkdown(frontmatter: Record<string, unknown>, paragraphs: string[]): string {
	return articleText(frontmatter, paragraphs.join('\n\n'));
}

/** An article file from frontmatter, a Markdown body and comment lines kept at the end of the frontmatter for the editor. */
export function articleText(frontmatter: Record<string, unknown>, body: string, comments: string[] = []): string {
	const doc = new Document(frontmatter);
	visit(doc, { Seq: (_key, node) => void (node.flow = true) });
	const notes = comments.map((line) => `# ${line.replace(/\s*\n\s*/g, ' ')}\n`).join('');
	return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}${notes}---\n\n${body.trim()}\n`;
}
