import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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

describe('npm run alert -- add', () => {
	let folder = '';
	afterEach(() => rmSync(folder, { recursive: true, force: true }));

	/** content/alerts.yaml after `npm run alert -- add` on the sample site whose alerts file starts as `start` (absent if undefined). */
	const added = (start: string | undefined) => {
		folder = mkdtempSync(join(tmpdir(), 'alert-add-'));
		cpSync(resolve('test/fixtures/sample-site'), folder, { recursive: true });
		const file = join(folder, 'alerts.yaml');
		if (start === undefined) rmSync(file);
		else writeFileSync(file, start);
		const args = ['add', '--id', 'water', '--level', 'warning', '--message', '城关停水', '--link', 'counties/fuan', '--start', '2026-04-12'];
		const result = spawnSync(process.execPath, ['scripts/alert.ts', ...args], {
			encoding: 'utf8',
			env: { ...process.env, BULLETIN_CONTENT: folder, NO_COLOR: '1' },
		});
		expect(result.status, result.stderr).toBe(0);
		return existsSync(file) ? readFileSync(file, 'utf8') : '';
	};
	const block = (indent: string) =>
		[
			`${indent}- id: water`,
			`${indent}  level: warning`,
			`${indent}  message: 城关停水`,
			`${indent}  link: counties/fuan`,
			`${indent}  start: 2026-04-12`,
		].join('\n');

	// trial-45: added to `alerts: []`, the alert was written in brackets on one line.
	it.each([
		['alerts: []', 'alerts: []\n', `alerts:\n${block('  ')}\n`],
		['an empty list in brackets', '# 通告\n[]\n', `# 通告\n${block('')}\n`],
		[
			'a list in brackets with an alert',
			'alerts: [{ id: old, level: info, message: 舊通告, start: 2026-01-01 }]\n',
			`alerts:\n  - { id: old, level: info, message: 舊通告, start: 2026-01-01 }\n${block('  ')}\n`,
		],
		['no file', undefined, `alerts:\n${block('  ')}\n`],
	])('writes the alert one field a line whatever the file held: %s', (_case, start, written) => {
		expect(added(start)).toBe(written);
	});
});
