import { describe, expect, it } from 'vitest';
import { bodyKey } from '../../src/import/same-report.ts';

describe('a report known by its text', () => {
	const body = '衞生署今日（五月六日）公布，過去二十四小時新增五宗非典型肺炎個案，其中兩宗涉及大埔廣福邨，一宗涉及深水埗石硤尾邨。';

	it('is the same whatever its pictures, punctuation width, script and line breaks', () => {
		expect(bodyKey(`${body}\n\n![口罩](./images/a.jpg)\n\n後文。`)).toBe(bodyKey(`![口罩](old/a.jpg)\n${body.replace(/，/g, ',')}\n後文。`));
		expect(bodyKey(body)).toBe(bodyKey('卫生署今日(五月六日)公布,过去二十四小时新增五宗非典型肺炎个案,其中两宗涉及大埔广福邨,一宗涉及深水埗石硖尾邨。'));
	});

	it('tells other reports apart, and says nothing of a text too short to tell', () => {
		expect(bodyKey(body)).not.toBe(bodyKey(body.replace('五宗', '六宗')));
		expect(bodyKey('完。')).toBeUndefined();
	});
});
