// The paths of pages inside an edition, from an id: without astro:i18n, so the config can read them (last-modified.ts).

/** The path of an article inside an edition, from its id (its file path): articles/2020/02/08-fuan-mask-production. */
export const articlePath = (id: string) => `articles/${id}`;
/** The path of a jurisdiction's listing inside an edition: counties/fuan. */
export const countyPath = (id: string) => `counties/${id}`;
/** The path of a topic's listing inside an edition: topics/medical-supplies. */
export const topicPath = (id: string) => `topics/${id}`;
/** The path of a series' listing inside an edition: series/ningde-counties-in-action. */
export const seriesPath = (id: string) => `series/${id}`;
