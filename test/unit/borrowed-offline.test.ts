import { describe, expect, it } from 'vitest';
import { answeringPath, backTarget, editionPrefix } from '../../src/browser/borrowed-offline.ts';

// trial-41: the Simplified offline page shown by the Traditional worker linked into the Simplified edition, unreachable offline.
describe('an offline page shown at another edition’s address', () => {
	const prefixes = ['/hk/zh-hant/', '/hk/zh-hans/'];

	it('knows the edition whose worker answered from the address', () => {
		expect(editionPrefix('/hk/zh-hant/offline/', prefixes)).toBe('/hk/zh-hant/');
		expect(editionPrefix('/elsewhere/', prefixes)).toBeUndefined();
	});

	it('sends its links into the answering edition, and leaves other links alone', () => {
		expect(answeringPath('/hk/zh-hans/counties/fuan/', '/hk/zh-hans/', '/hk/zh-hant/')).toBe('/hk/zh-hant/counties/fuan/');
		expect(answeringPath('/hk/zh-hans/', '/hk/zh-hans/', '/hk/zh-hant/')).toBe('/hk/zh-hant/');
		expect(answeringPath('/favicon.svg', '/hk/zh-hans/', '/hk/zh-hant/')).toBe('/favicon.svg');
	});

	it('leads back to the page the reader switched from, only inside the answering edition of this site', () => {
		const origin = 'https://example.org';
		expect(backTarget('/hk/zh-hant/counties/fuan/?page=2', origin, '/hk/zh-hant/')).toBe('/hk/zh-hant/counties/fuan/?page=2');
		expect(backTarget(null, origin, '/hk/zh-hant/')).toBe('/hk/zh-hant/');
		expect(backTarget('//evil.example/hk/zh-hant/', origin, '/hk/zh-hant/')).toBe('/hk/zh-hant/');
		expect(backTarget('https://evil.example/hk/zh-hant/', origin, '/hk/zh-hant/')).toBe('/hk/zh-hant/');
		expect(backTarget('/hk/zh-hans/', origin, '/hk/zh-hant/')).toBe('/hk/zh-hant/');
	});
});
