/** The two scripts a bulletin is published in, as BCP 47 language tags (also the `<html lang>` of each edition). */
export const scripts = ['zh-Hant', 'zh-Hans'] as const;
export type Script = (typeof scripts)[number];

/** URL segment of an edition. */
export type EditionPath = 'zh-hant' | 'zh-hans';

/** The regional standard of the Traditional edition, as an OpenCC locale. */
export type TraditionalVariant = 'tw' | 'hk' | 't';

/** The URL segment of the edition in a script: zh-Hant → zh-hant. */
export function editionPath(script: Script): EditionPath {
	return script === 'zh-Hant' ? 'zh-hant' : 'zh-hans';
}

/** The other edition's script. */
export function otherScript(script: Script): Script {
	return script === 'zh-Hant' ? 'zh-Hans' : 'zh-Hant';
}
