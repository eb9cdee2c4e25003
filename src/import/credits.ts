/** Who published, wrote and photographed a report, as found in its credit lines. */
export interface Credits {
	source?: string;
	authors: string[];
	photographers: string[];
	/** Credits the frontmatter has no field for (编辑：林晓燕, 审核：陈建华, 图片：网络), kept as a comment in it. */
	others?: string[];
}

const NAMES = /[\u3400-\u9fff·]{2,4}/g;
const names = (text: string) => text.match(NAMES) ?? [];

/** 來源:閩東日報記者 陳莉莉 文 鄭霄 圖 — a publisher, its reporters (文) and photographers (圖). */
const SOURCE_LINE = /^(?:來源|来源)[:：]\s*(.+)$/;
/** (市委報道組 鄭涵文) at the end of a paragraph — a desk and its reporter. */
const TRAILING_DESK =
	/[(（]\s*([\u3400-\u9fff]{2,10}(?:報道組|报道组|通訊員|通讯员|融媒體中心|融媒体中心|記者站|记者站))\s+([\u3400-\u9fff\s·]{2,20})\s*[)）]$/;
/** 夏斌 徐婷婷 /文 — reporters; 三沙鎮政府供圖 or 鄭霄 /圖 — photographers. */
const BYLINE = /^([\u3400-\u9fff·\s]{2,30}?)\s*[/／]\s*(文|圖|图)$/;
const PHOTO_CREDIT = /^([\u3400-\u9fff]{2,12}?)(?:供圖|供图|攝|摄)$/;

/** What each label of a WeChat-style credit line gives (no one-character 圖：, which starts a caption as often): 文字 the authors, 图片 the photographers, 供稿 the source; 编辑 and 审核 have no field. */
const LABELS: Record<string, 'author' | 'photographer' | 'source' | 'other'> = {
	...Object.fromEntries(['文字', '撰文', '作者', '記者', '记者'].map((label) => [label, 'author'])),
	...Object.fromEntries(['圖片', '图片', '攝影', '摄影'].map((label) => [label, 'photographer'])),
	...Object.fromEntries(['供稿', '圖文來源', '图文来源', '來源', '来源'].map((label) => [label, 'source'])),
	...Object.fromEntries(
		['責任編輯', '责任编辑', '責編', '责编', '編輯', '编辑', '編審', '编审', '審核', '审核', '校對', '校对', '排版', '美編', '美编']
			.concat(['初審', '初审', '複審', '复审', '終審', '终审'])
			.map((label) => [label, 'other']),
	),
};
const LABEL = new RegExp(
	`(${Object.keys(LABELS)
		.sort((a, b) => b.length - a.length)
		.join('|')})\\s*[:：]\\s*`,
	'g',
);
/** A person's name: two to four Chinese characters, or a name with a middle dot (蓬馬占·宋萨万). */
const PERSON = /^(?:[\u3400-\u9fff]{2,4}|[\u3400-\u9fff]+·[\u3400-\u9fff]+)$/;
/** Where the picture came from, not who took it: 图片：网络. */
const NOT_A_PERSON = /^(?:網絡|网络|網路|网路|網絡圖片|网络图片|資料圖|资料图|來源網絡|来源网络)$/;
/** 本文转载自公众号“福建疾控”，版权归原作者所有 — the account a reprint came from, its source. */
const REPRINT = /^(?:本文)?(?:轉載自|转载自|轉自|转自|來源於|来源于)(?:微信)?(?:公眾號|公众号)?\s*[“"「『]?([^”"」』，,。；;\s]{2,30})[”"」』]?/;

/**
 * A credit line of the labels WeChat accounts print under an article (编辑：林晓燕 审核：陈建华, 文字：郑丽华 | 图片：网络 | 编辑：吴敏,
 * （供稿：疾控科 黄钟秀）), every part of it labelled; undefined for any other line.
 */
function parseLabelledCredits(line: string): Credits | undefined {
	const inner = line.replace(/^[(（]\s*(.*?)\s*[)）]$/, '$1');
	const labels = [...inner.matchAll(LABEL)];
	if (labels.length === 0 || labels[0]!.index !== 0) return undefined;
	const credits: Required<Credits> = { source: '', authors: [], photographers: [], others: [] };
	for (const [i, label] of labels.entries()) {
		const value = inner
			.slice(label.index + label[0].length, labels[i + 1]?.index ?? inner.length)
			.replace(/[|｜丨/／]\s*$/, '')
			.trim();
		const tokens = value.split(/[\s、，,|｜丨]+/).filter(Boolean);
		const kind = LABELS[label[1]!]!;
		const people = tokens.filter((token) => PERSON.test(token.replace(/[(（].*[)）]$/, '')) && !NOT_A_PERSON.test(token));
		if (kind === 'source' && tokens.length) {
			credits.source ||= tokens[0]!;
			credits.authors.push(...tokens.slice(1).filter((t) => PERSON.test(t)));
		} else if (kind === 'author' && people.length === tokens.length && people.length) credits.authors.push(...people);
		else if (kind === 'photographer' && people.length === tokens.length && people.length) credits.photographers.push(...people);
		// An office that wrote the text (文字：磨憨镇卫生院) is its source; anything else (编辑, 图片：网络) is kept for the editor as written.
		else if (kind === 'author' && tokens.length === 1 && !credits.source) credits.source = tokens[0]!;
		else if (value) credits.others.push(`${label[1]}：${value}`);
	}
	return { ...credits, source: credits.source || undefined };
}

/** Reads a credit line in one of the common formats; undefined when the line is not one. */
export function parseCreditLine(line: string): Credits | undefined {
	const reprint = REPRINT.exec(line);
	if (reprint) return { source: reprint[1], authors: [], photographers: [] };
	const labelled = parseLabelledCredits(line);
	// A 來源 line alone is read as before, its reporters (文) and photographers (圖) after the publisher.
	if (labelled && !/^(?:來源|来源)[:：]/.test(line)) return labelled;
	const source = SOURCE_LINE.exec(line);
	if (source) {
		const [publisherPart = '', ...rest] = source[1]!.split(/\s+/);
		const publisher = publisherPart.replace(/(記者|记者|通訊員|通讯员)$/, '');
		const credits: Credits = { source: publisher || undefined, authors: [], photographers: [] };
		let pending: string[] = [];
		for (const token of rest) {
			if (/^(文|圖|图)$/.test(token)) {
				(token === '文' ? credits.authors : credits.photographers).push(...pending);
				pending = [];
			} else pending.push(...names(token));
		}
		credits.authors.push(...pending);
		return credits;
	}
	const byline = BYLINE.exec(line);
	if (byline) {
		const people = names(byline[1]!);
		return byline[2] === '文' ? { authors: people, photographers: [] } : { authors: [], photographers: people };
	}
	const photo = PHOTO_CREDIT.exec(line);
	if (photo) return { authors: [], photographers: [photo[1]!] };
	return undefined;
}

/** A desk credit written at the end of the last paragraph: the paragraph without it, and the credits. */
export function splitTrailingCredit(paragraph: string): { text: string; credits: Credits } | undefined {
	const match = TRAILING_DESK.exec(paragraph);
	if (!match) return undefined;
	return { text: paragraph.slice(0, match.index).trimEnd(), credits: { source: match[1], authors: names(match[2]!), photographers: [] } };
}

/** Credits from several lines merged in order, the first publisher winning. */
export function mergeCredits(list: Credits[]): Credits {
	return {
		source: list.find((c) => c.source)?.source,
		authors: [...new Set(list.flatMap((c) => c.authors))],
		photographers: [...new Set(list.flatMap((c) => c.photographers))],
		others: list.flatMap((c) => c.others ?? []),
	};
}
