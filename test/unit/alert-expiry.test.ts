import { describe, expect, it } from 'vitest';
import { alertExpiry, currentAlerts, type Alert } from '../../src/content-model/alerts.ts';
import { dayBefore } from '../../src/core/dates.ts';

// An operator lifting a notice with `npm run alert -- expire <id>` got `end: <today>`, and the end day is shown, so the
// notice stayed up until the next morning's rebuild. `expire` now ends it yesterday, so the next build takes it down.

describe('npm run alert -- expire', () => {
	it('ends an alert yesterday by default, so the next build no longer shows it', () => {
		expect(alertExpiry('2026-11-20', '2026-12-01')).toEqual({ end: '2026-11-30' });
		const alert: Alert = { id: 'water', level: 'warning', message: '停水', start: '2026-11-20', end: '2026-11-30' };
		expect(currentAlerts([alert], '2026-12-01')).toEqual([]);
	});

	it('ends it on the day given, that day included, and refuses a day before it starts', () => {
		expect(alertExpiry('2026-11-20', '2026-12-01', '2026-12-05')).toEqual({ end: '2026-12-05' });
		expect(alertExpiry('2026-11-20', '2026-12-01', '2026-11-19')).toEqual({ refused: '2026-11-19' });
	});

	it('removes an alert that starts today or later, which cannot end yesterday', () => {
		expect(alertExpiry('2026-12-01', '2026-12-01')).toEqual({ remove: true });
		expect(alertExpiry('2026-12-03', '2026-12-01')).toEqual({ remove: true });
	});

	it('counts the day before by the calendar', () => {
		expect(dayBefore('2020-03-01')).toBe('2020-02-29');
		expect(dayBefore('2027-01-01')).toBe('2026-12-31');
	});
});
