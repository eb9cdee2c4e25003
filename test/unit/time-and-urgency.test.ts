import { describe, expect, it } from 'vitest';
import { formatDateTime, issueOrder, wallClock, zonedIso } from '../../src/core/dates.ts';
import { endsBeforeIssue, isUrgent, urgentFirst } from '../../src/content-model/urgency.ts';

describe('time of issue', () => {
	it('reads as Chinese readers write it, with the weekday and the time when there is one', () => {
		expect(formatDateTime('2020-02-08 18:30')).toBe('2020年2月8日 星期六 18:30');
		expect(formatDateTime('2020-02-09')).toBe('2020年2月9日 星期日');
		expect(formatDateTime('2021-12-31 07:05')).toBe('2021年12月31日 星期五 07:05');
	});

	it("is an instant in the site's time zone; a date alone is noon there", () => {
		expect(zonedIso('2020-02-08 18:30', 'Asia/Shanghai')).toBe('2020-02-08T18:30:00+08:00');
		expect(zonedIso('2020-02-08', 'Asia/Hong_Kong')).toBe('2020-02-08T12:00:00+08:00');
		expect(zonedIso('2020-07-08 18:30', 'America/New_York')).toBe('2020-07-08T18:30:00-04:00');
		expect(zonedIso('2020-01-08 18:30', 'America/New_York')).toBe('2020-01-08T18:30:00-05:00');
		expect(zonedIso('2020-01-08 18:30', 'America/St_Johns')).toBe('2020-01-08T18:30:00-03:30');
	});

	it('orders same-day bulletins by time, a date alone at noon', () => {
		const dates = ['2020-02-08', '2020-02-08 09:05', '2020-02-07 23:59', '2020-02-08 18:30', '2020-02-09 00:00'];
		expect([...dates].sort((a, b) => issueOrder(b).localeCompare(issueOrder(a)))).toEqual([
			'2020-02-09 00:00',
			'2020-02-08 18:30',
			'2020-02-08',
			'2020-02-08 09:05',
			'2020-02-07 23:59',
		]);
	});

	it("reads the site's wall clock at an instant", () => {
		expect(wallClock('Asia/Shanghai', new Date('2020-02-08T16:30:00Z'))).toBe('2020-02-09 00:30');
	});
});

describe('urgency', () => {
	const article = (id: string, urgent?: boolean, until?: string) => ({ id, data: { urgent, until } });

	it('lasts until the end of the until date, or until the given time', () => {
		expect(isUrgent({ urgent: true }, '2030-01-01 00:00')).toBe(true);
		expect(isUrgent({ urgent: true, until: '2020-02-15' }, '2020-02-15 23:59')).toBe(true);
		expect(isUrgent({ urgent: true, until: '2020-02-15' }, '2020-02-16 00:00')).toBe(false);
		expect(isUrgent({ urgent: true, until: '2020-02-15 12:00' }, '2020-02-15 12:01')).toBe(false);
		expect(isUrgent({ urgent: false }, '2020-02-15 12:00')).toBe(false);
	});

	it('ends before the time of issue only on an earlier day, or at an earlier hour when both give one (npm run new and the schema alike)', () => {
		expect(endsBeforeIssue('2026-12-01', '2026-12-01 08:00')).toBe(false);
		expect(endsBeforeIssue('2026-11-30', '2026-11-30 19:40')).toBe(false);
		expect(endsBeforeIssue('2026-11-30 08:00', '2026-11-30')).toBe(false);
		expect(endsBeforeIssue('2026-11-30 18:00', '2026-11-30 19:40')).toBe(true);
		expect(endsBeforeIssue('2026-11-29', '2026-11-30 00:10')).toBe(true);
		expect(endsBeforeIssue('2026-11-29 23:59', '2026-11-30')).toBe(true);
	});

	it('moves the urgent bulletins to the front, each part keeping its order', () => {
		const list = [article('a'), article('b', true), article('c'), article('d', true, '2020-01-01'), article('e', true)];
		expect(urgentFirst(list, '2020-02-08 12:00').map((a) => a.id)).toEqual(['b', 'e', 'a', 'c', 'd']);
	});
});
