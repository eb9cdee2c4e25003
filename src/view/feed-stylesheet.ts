import { escapeUTF8 } from 'entities';

/** What the feed page says, in the edition's script. */
export interface FeedPageText {
	/** The page's language tag (`<html lang>`). */
	lang: string;
	notice: string;
	what: string;
	howHeading: string;
	/** The three steps to subscribe; the feed's address follows the first. */
	steps: [string, string, string];
	latest: string;
	website: string;
	published: string;
}

/**
 * An XSLT 1.0 stylesheet that shows an RSS feed in the browser as a readable page: what a feed is, how to add it to a
 * reader, and its latest items with their dates written the Chinese way. Browsers apply it through the feed's
 * `<?xml-stylesheet?>` line; feed readers ignore it. The page links one stylesheet file (no inline styles, per the CSP)
 * and the site's icon (else the browser asks for a /favicon.ico the site does not have).
 */
export function feedStylesheet(text: FeedPageText, css: string, icon: string): string {
	const t = (s: string) => escapeUTF8(s);
	// 2020-02-08 → 2020年2月8日, as formatDate() writes dates on the site's pages.
	const chineseDate = (path: string) =>
		`<xsl:value-of select="concat(number(substring(${path},1,4)),'年',number(substring(${path},6,2)),'月',number(substring(${path},9,2)),'日')"/>`;
	return `<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
<xsl:output method="html" encoding="UTF-8" doctype-system="about:legacy-compat"/>
<xsl:template match="/">
<html lang="${t(text.lang)}">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title><xsl:value-of select="/rss/channel/title"/></title>
<link rel="stylesheet" href="${t(css)}"/>
<link rel="icon" href="${t(icon)}" type="image/svg+xml"/>
</head>
<body>
<main class="wrap feed-page">
<p class="feed-notice">${t(text.notice)}</p>
<h1><xsl:value-of select="/rss/channel/title"/></h1>
<p>${t(text.what)}</p>
<section aria-labelledby="feed-how">
<h2 id="feed-how">${t(text.howHeading)}</h2>
<ol>
<li>${t(text.steps[0])}<br/><code class="feed-address"><xsl:value-of select="/rss/channel/atom:link[@rel='self']/@href"/></code></li>
<li>${t(text.steps[1])}</li>
<li>${t(text.steps[2])}</li>
</ol>
<p><a href="{/rss/channel/link}">${t(text.website)}</a></p>
</section>
<section aria-labelledby="feed-latest">
<h2 id="feed-latest">${t(text.latest)}</h2>
<ol class="plain-list">
<xsl:for-each select="/rss/channel/item">
<li class="feed-item">
<h3><a href="{link}"><xsl:value-of select="title"/></a></h3>
<p class="muted">${t(text.published)}：${chineseDate('dc:date')}</p>
<p><xsl:value-of select="description"/></p>
</li>
</xsl:for-each>
</ol>
</section>
</main>
</body>
</html>
</xsl:template>
</xsl:stylesheet>
`;
}
