import { describe, expect, it } from 'vitest';
import { detectScript } from '../../src/convert/detect.ts';

describe('detectScript', () => {
	it('recognises Traditional text', () => {
		expect(detectScript('2月8日上午,福安市委書記葉其發再次主持召開我市疫情防控工作視頻會議')).toBe('zh-Hant');
	});
	it('recognises Simplified text', () => {
		expect(detectScript('2月8日上午,福安市委书记叶其发再次主持召开我市疫情防控工作视频会议')).toBe('zh-Hans');
	});
	it('gives up on text too short to tell', () => {
		expect(detectScript('福安')).toBeUndefined();
		expect(detectScript('會議')).toBeUndefined();
	});
	it('gives up on mixed text', () => {
		expect(detectScript('福安市委書記葉其發主持会议,部署疫情防控工作视频会议')).toBeUndefined();
	});
	it('gives up on text with no Chinese', () => {
		expect(detectScript('COVID-19 update https://example.gov.cn')).toBeUndefined();
	});
});
