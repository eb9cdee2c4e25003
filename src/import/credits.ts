/** Who published, wrote and photographed a report, as found in its credit lines. */
export interface Credits {
	source?: string;
	authors: string[];
	photographers: string[];
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

/** Reads a credit line in one of the common formats; undefined when the line is not one. */
export function parseCreditLine(line: string): Credits | undefined {
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
		authors: list.flatMap((c) => c.authors),
		photographers: list.flatMap((c) => c.photographers),
	};
}
