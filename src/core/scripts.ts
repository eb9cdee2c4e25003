/** The two scripts a bulletin is written and published in, as BCP 47 language tags. */
export const scripts = ['zh-Hant', 'zh-Hans'] as const;
export type Script = (typeof scripts)[number];

/** A regional standard of Traditional text, as an OpenCC locale. */
export type TraditionalVariant = 'tw' | 'hk' | 't';

/** The other script. */
export function otherScript(script: Script): Script {
	return script === 'zh-Hant' ? 'zh-Hans' : 'zh-Hant';
}
