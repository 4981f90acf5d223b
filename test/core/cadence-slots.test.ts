// Slot expansion: local times across DST changes, month ends, leap days, every RRULE part we support,
// and bad rules as exact errors naming the series.
import { describe, expect, it } from 'vitest';
import { localToEpoch, dayNumber, isoWeek } from '../../src/core/cadence/calendar.ts';
import { parseRule } from '../../src/core/cadence/rrule.ts';
import { expandSlots, type RhythmSpec } from '../../src/core/cadence/slots.ts';
import { HubConfigSchema } from '../../src/core/schema/hub.ts';
import { parseWith } from '../../src/core/zod-issues.ts';
import { MINIMAL_HUB } from './minimal-hub.ts';

const STHLM = 'Europe/Stockholm';
const spec = (cadence: RhythmSpec['cadence'], start: string, extra: Partial<RhythmSpec> = {}): RhythmSpec => ({ cadence, start, time: '09:00', graceDays: 0, ...extra });
const dates = (s: RhythmSpec, from: string, to: string, tz = STHLM) => expandSlots(s, tz, { from, to }).map((x) => x.date);

describe('slots across DST in Europe/Stockholm', () => {
  it('keeps 09:00 local on both sides of the last Sunday of March (UTC moves from 08:00 to 07:00)', () => {
    const slots = expandSlots(spec('FREQ=WEEKLY;BYDAY=SU', '2026-03-22'), STHLM, { from: '2026-03-22', to: '2026-04-05' });
    expect(slots.map((s) => [s.date, s.time, s.at])).toEqual([
      ['2026-03-22', '09:00', '2026-03-22T09:00:00+01:00'],
      ['2026-03-29', '09:00', '2026-03-29T09:00:00+02:00'],
      ['2026-04-05', '09:00', '2026-04-05T09:00:00+02:00'],
    ]);
    expect(slots.map((s) => new Date(s.at).toISOString())).toEqual(['2026-03-22T08:00:00.000Z', '2026-03-29T07:00:00.000Z', '2026-04-05T07:00:00.000Z']);
  });

  it('keeps 09:00 local across the last Sunday of October', () => {
    const slots = expandSlots(spec('FREQ=DAILY', '2026-10-24'), STHLM, { from: '2026-10-24', to: '2026-10-26' });
    expect(slots.map((s) => s.at)).toEqual(['2026-10-24T09:00:00+02:00', '2026-10-25T09:00:00+01:00', '2026-10-26T09:00:00+01:00']);
  });

  it('moves a time inside the spring gap forward by the gap (02:30 → 03:30 CEST), as RFC 5545 says', () => {
    const slots = expandSlots(spec('FREQ=WEEKLY;BYDAY=SU', '2026-03-22', { time: '02:30' }), STHLM, { from: '2026-03-22', to: '2026-04-05' });
    expect(slots.map((s) => s.at)).toEqual(['2026-03-22T02:30:00+01:00', '2026-03-29T03:30:00+02:00', '2026-04-05T02:30:00+02:00']);
  });

  it('takes the first of the two 02:30s on the autumn night', () => {
    expect(new Date(localToEpoch(dayNumber('2026-10-25'), 150, STHLM)).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    const slots = expandSlots(spec('FREQ=WEEKLY;BYDAY=SU', '2026-10-18', { time: '02:30' }), STHLM, { from: '2026-10-18', to: '2026-11-01' });
    expect(slots.map((s) => s.at)).toEqual(['2026-10-18T02:30:00+02:00', '2026-10-25T02:30:00+02:00', '2026-11-01T02:30:00+01:00']);
  });

  it('every 14 days stays on the same weekday and local time through a DST change', () => {
    const slots = expandSlots(spec({ everyDays: 14 }, '2026-03-13', { time: '12:00' }), STHLM, { from: '2026-03-01', to: '2026-04-30' });
    expect(slots.map((s) => s.at)).toEqual(['2026-03-13T12:00:00+01:00', '2026-03-27T12:00:00+01:00', '2026-04-10T12:00:00+02:00', '2026-04-24T12:00:00+02:00']);
  });
});

describe('month ends and leap days', () => {
  it('BYMONTHDAY=31 skips months without a 31st (RFC 5545), never rolls over', () => {
    expect(dates(spec('FREQ=MONTHLY;BYMONTHDAY=31', '2026-01-01'), '2026-01-01', '2026-12-31')).toEqual(['2026-01-31', '2026-03-31', '2026-05-31', '2026-07-31', '2026-08-31', '2026-10-31', '2026-12-31']);
  });

  it('BYMONTHDAY=-1 is the last day of every month, 29 February in a leap year', () => {
    expect(dates(spec('FREQ=MONTHLY;BYMONTHDAY=-1', '2028-01-01'), '2028-01-01', '2028-04-30')).toEqual(['2028-01-31', '2028-02-29', '2028-03-31', '2028-04-30']);
  });

  it('a monthly rule started on the 31st (no BYMONTHDAY) keeps the 31st', () => {
    expect(dates(spec('FREQ=MONTHLY', '2026-01-31'), '2026-01-01', '2026-06-30')).toEqual(['2026-01-31', '2026-03-31', '2026-05-31']);
  });

  it('29 February exists only in leap years: 2028-02-29, then 2032', () => {
    expect(dates(spec('FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=29', '2026-01-01'), '2026-01-01', '2032-12-31')).toEqual(['2028-02-29', '2032-02-29']);
  });

  it('every day through the leap day, at the local time', () => {
    const slots = expandSlots(spec('FREQ=DAILY', '2028-02-28'), STHLM, { from: '2028-02-28', to: '2028-03-01' });
    expect(slots.map((s) => s.at)).toEqual(['2028-02-28T09:00:00+01:00', '2028-02-29T09:00:00+01:00', '2028-03-01T09:00:00+01:00']);
  });
});

describe('RRULE parts', () => {
  it('MONTHLY with ordinals: the first Tuesday and the last Friday', () => {
    expect(dates(spec('FREQ=MONTHLY;BYDAY=1TU,-1FR', '2026-01-01'), '2026-01-01', '2026-03-31')).toEqual(['2026-01-06', '2026-01-30', '2026-02-03', '2026-02-27', '2026-03-03', '2026-03-27']);
  });

  it('WEEKLY with INTERVAL counts weeks from the start, and the start counts only when it matches', () => {
    expect(dates(spec('FREQ=WEEKLY;INTERVAL=2;BYDAY=TH', '2026-02-05'), '2026-02-01', '2026-03-31')).toEqual(['2026-02-05', '2026-02-19', '2026-03-05', '2026-03-19']);
    expect(dates(spec('FREQ=WEEKLY;BYDAY=TU', '2026-02-04'), '2026-02-01', '2026-02-20')).toEqual(['2026-02-10', '2026-02-17']);
  });

  it('COUNT counts from the start, even before the window', () => {
    const s = spec('FREQ=WEEKLY;BYDAY=TU;COUNT=3', '2026-02-03');
    expect(dates(s, '2026-02-01', '2026-12-31')).toEqual(['2026-02-03', '2026-02-10', '2026-02-17']);
    expect(dates(s, '2026-02-12', '2026-12-31')).toEqual(['2026-02-17']);
  });

  it('UNTIL is inclusive; a series end cuts too', () => {
    expect(dates(spec('FREQ=DAILY;BYDAY=MO,WE;UNTIL=20260218', '2026-02-05'), '2026-01-01', '2026-12-31')).toEqual(['2026-02-09', '2026-02-11', '2026-02-16', '2026-02-18']);
    expect(dates(spec('FREQ=WEEKLY;BYDAY=TU', '2026-02-03', { end: '2026-02-17' }), '2026-01-01', '2026-12-31')).toEqual(['2026-02-03', '2026-02-10', '2026-02-17']);
  });

  it('BYHOUR and BYMINUTE make several slots a day', () => {
    const slots = expandSlots(spec('FREQ=WEEKLY;BYDAY=TU;BYHOUR=8,15;BYMINUTE=30', '2026-02-03'), 'UTC', { from: '2026-02-03', to: '2026-02-03' });
    expect(slots.map((s) => s.at)).toEqual(['2026-02-03T08:30:00Z', '2026-02-03T15:30:00Z']);
  });

  it('a rotation is counted from the first slot, so it stays put as the window moves', () => {
    const s = spec({ everyDays: 7 }, '2026-01-05', { rotation: ['a', 'b', 'c'] });
    expect(expandSlots(s, 'UTC', { from: '2026-01-19', to: '2026-02-02' }).map((x) => [x.date, x.index, x.promise])).toEqual([
      ['2026-01-19', 2, 'c'], ['2026-01-26', 3, 'a'], ['2026-02-02', 4, 'b'],
    ]);
  });

  it('grace sets the last day that still counts', () => {
    expect(expandSlots(spec('FREQ=WEEKLY;BYDAY=TU', '2026-02-24', { graceDays: 2 }), 'UTC', { from: '2026-02-24', to: '2026-02-24' })[0].graceUntil).toBe('2026-02-26');
  });

  it('ISO weeks', () => {
    expect([isoWeek(dayNumber('2026-01-01')), isoWeek(dayNumber('2027-01-03')), isoWeek(dayNumber('2026-06-15'))]).toEqual(['2026-W01', '2026-W53', '2026-W25']);
  });
});

describe('bad rules', () => {
  it('says what is wrong with each part', () => {
    const problem = (r: string) => {
      const p = parseRule(r);
      return p.ok ? undefined : p.problem;
    };
    expect(problem('FREQ=YEARLY')).toEqual({ expected: 'FREQ=DAILY, FREQ=WEEKLY or FREQ=MONTHLY', found: '"FREQ=YEARLY"' });
    expect(problem('FREQ=WEEKLY;INTERVAL=0')).toEqual({ expected: 'INTERVAL as a whole number from 1 to 366, e.g. FREQ=WEEKLY;INTERVAL=2;BYDAY=TH', found: '"INTERVAL=0"' });
    expect(problem('FREQ=WEEKLY;BYDAY=TUE')).toEqual({ expected: 'BYDAY as two-letter days MO, TU, WE, TH, FR, SA, SU, e.g. BYDAY=TU,TH (or 1TU, -1FR monthly)', found: '"BYDAY=TUE"' });
    expect(problem('FREQ=WEEKLY;BYDAY=1TU')).toEqual({ expected: 'a numbered day such as 1TU only with FREQ=MONTHLY (with FREQ=WEEKLY write the plain day, e.g. BYDAY=TU)', found: '"BYDAY=1TU"' });
    expect(problem('FREQ=MONTHLY;BYDAY=6TU')).toEqual({ expected: 'a day number from 1 to 5 or -1 to -5, e.g. 1TU (first Tuesday) or -1FR (last Friday)', found: '"6TU"' });
    expect(problem('FREQ=MONTHLY;BYMONTHDAY=32')).toEqual({ expected: 'BYMONTHDAY as days 1 to 31, or -1 for the last day of the month, e.g. BYMONTHDAY=15 or BYMONTHDAY=-1', found: '"BYMONTHDAY=32"' });
    expect(problem('FREQ=WEEKLY;BYMONTHDAY=1')).toEqual({ expected: 'BYMONTHDAY with FREQ=MONTHLY or FREQ=DAILY (RFC 5545 does not allow it with WEEKLY)', found: '"BYMONTHDAY=1"' });
    expect(problem('FREQ=DAILY;COUNT=3;UNTIL=20261231')).toEqual({ expected: 'COUNT or UNTIL, not both (RFC 5545)', found: 'both COUNT and UNTIL' });
    expect(problem('FREQ=DAILY;UNTIL=20260231')).toEqual({ expected: 'UNTIL as a real day written YYYYMMDD (or YYYYMMDDTHHMMSSZ), e.g. UNTIL=20261231', found: '"UNTIL=20260231"' });
    expect(problem('FREQ=WEEKLY;BYSETPOS=1')).toEqual({ expected: 'only the parts FREQ, INTERVAL, BYDAY, BYMONTHDAY, BYMONTH, BYHOUR, BYMINUTE, COUNT, UNTIL, WKST', found: '"BYSETPOS=1"' });
    expect(problem('INTERVAL=2;BYDAY=TU')).toEqual({ expected: 'a FREQ part first, e.g. FREQ=WEEKLY;BYDAY=TU', found: 'no FREQ' });
    expect(problem('FREQ=WEEKLY;FREQ=DAILY')).toEqual({ expected: 'each part once', found: 'FREQ twice' });
    expect(problem('RRULE:FREQ=WEEKLY;BYDAY=TU')).toBeUndefined();
  });

  it('are ContentErrors in content/hub.yaml naming the series, the field and the line', () => {
    const hub = structuredClone(MINIMAL_HUB) as any;
    hub.series.push({ ...hub.series[0], id: 'sensor-lab', cadence: 'FREQ=WEEKLY;INTERVAL=0;BYDAY=TH', posting: { rule: 'FREQ=HOURLY' }, rotation: ['fast'] });
    const lines: Record<string, number> = { 'series.1.cadence': 24, 'series.1.posting.rule': 27, 'series.1.rotation.0': 29 };
    const parsed = parseWith(HubConfigSchema, hub, 'content/hub.yaml', (f) => lines[f]);
    expect(parsed.ok ? [] : parsed.errors).toEqual([
      { name: 'InvalidCadence', file: 'content/hub.yaml', field: 'series.1.cadence', line: 24, expected: 'INTERVAL as a whole number from 1 to 366, e.g. FREQ=WEEKLY;INTERVAL=2;BYDAY=TH (series "sensor-lab")', found: '"FREQ=WEEKLY;INTERVAL=0;BYDAY=TH"' },
      { name: 'InvalidCadence', file: 'content/hub.yaml', field: 'series.1.posting.rule', line: 27, expected: 'FREQ=DAILY, FREQ=WEEKLY or FREQ=MONTHLY (series "sensor-lab")', found: '"FREQ=HOURLY"' },
      { name: 'UnknownPromise', file: 'content/hub.yaml', field: 'series.1.rotation.0', line: 29, expected: 'one of this series\' promises (safe) (series "sensor-lab")', found: '"fast"' },
    ]);
  });

  it('a cadence of the wrong shape keeps its own message, once, and an end before the start is named', () => {
    const hub = structuredClone(MINIMAL_HUB) as any;
    hub.series[0].cadence = { everyDays: 0 };
    hub.series[0].end = '2026-01-01';
    const parsed = parseWith(HubConfigSchema, hub, 'content/hub.yaml');
    expect(parsed.ok ? [] : parsed.errors.map((e) => [e.name, e.field, e.expected])).toEqual([
      ['TooShort', 'series.0.cadence.everyDays', 'at least 1'],
      ['EndBeforeStart', 'series.0.end', 'a day on or after start (2026-02-03) (series "how-we-did-it")'],
    ]);
  });
});
