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

/**
 * The BCP 47 tag of an edition's pages (`<html lang>`): the Traditional edition names its regional standard, so a
 * Hong Kong site gets Hong Kong fonts and a screen reader's Cantonese voice where the reader has one.
 */
export function languageTag(script: Script, variant: TraditionalVariant): string {
	if (script === 'zh-Hans') return 'zh-Hans';
	return variant === 'hk' ? 'zh-Hant-HK' : variant === 'tw' ? 'zh-Hant-TW' : 'zh-Hant';
}
